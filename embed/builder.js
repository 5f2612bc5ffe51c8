// The embed builder's page (builder.html): starts its module, which renders
// the builder (builder/src/lib.rs). A file, not an inline script, so the
// page runs under the widget's strict Content-Security-Policy.
import init from './deepseek-cost-explainer-builder.js';

init();
