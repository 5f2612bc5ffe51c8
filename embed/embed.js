/* DeepSeek cost explainer, host script: include once in an article. It sizes
   every widget iframe (iframe[data-deepseek-cost-explainer]) to its content,
   matching a message to the frame whose window sent it, and tells the frame
   it is sized. Anything else is ignored: other shapes, other frames, absurd
   heights.
   It also gives the article one helper to drive a widget, framed or not:
     DeepSeekCostExplainer.set(target, { preset: 'fleet' })
   where target is a widget's iframe (it gets the options as a message, sent
   to the frame's own origin only) or a <deepseek-cost-explainer> element
   (it gets them as attributes). The options are the URL's: preset, gpus,
   basis, price, hours, step, lang, theme, embed. Load this script before
   calling it (not async). */
(function () {
  if (window.deepseekCostExplainerHost) return;
  window.deepseekCostExplainerHost = true;
  // The options, in the order they apply (a story step, a preset, the
  // basis, then values, then how the widget is shown), each a string or a
  // finite number; nothing else reaches a widget.
  var ORDER = ['step', 'preset', 'basis', 'gpus', 'price', 'hours', 'lang', 'theme', 'embed'];
  var clean = function (options) {
    var out = {};
    ORDER.forEach(function (k) {
      var v = Object.prototype.hasOwnProperty.call(options, k) ? options[k] : undefined;
      if (typeof v === 'string' || (typeof v === 'number' && isFinite(v))) out[k] = v;
    });
    return out;
  };
  // What was asked of a frame since it last said it is ready (its first
  // state message, after a load or a reload for its language, theme or
  // layout): asked again then, in order, so nothing asked early is lost.
  var ready = new WeakSet();
  var queued = new WeakMap();
  var post = function (frame, options) {
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ 'deepseek-cost-explainer': options }, new URL(frame.src, location.href).origin);
    }
    if ('lang' in options || 'theme' in options || 'embed' in options) ready.delete(frame);
  };
  window.DeepSeekCostExplainer = {
    set: function (target, options) {
      if (!target || !options || typeof options !== 'object') return;
      var o = clean(options);
      if (target.tagName === 'IFRAME') {
        if (!ready.has(target)) queued.set(target, (queued.get(target) || []).concat([o]));
        post(target, o);
      } else if (target.localName === 'deepseek-cost-explainer') {
        for (var name in o) target.setAttribute(name, String(o[name]));
      }
    }
  };
  var frameOf = function (source) {
    var frames = document.querySelectorAll('iframe[data-deepseek-cost-explainer]');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  };
  addEventListener('message', function (e) {
    var d = e.data;
    if (d && typeof d === 'object' && d['deepseek-cost-explainer-state']) {
      var frame = frameOf(e.source);
      if (frame && !ready.has(frame)) {
        ready.add(frame);
        var asked = queued.get(frame) || [];
        queued.delete(frame);
        asked.forEach(function (o) { post(frame, o); });
      }
      return;
    }
    var h = d && typeof d === 'object' ? d['deepseek-cost-explainer-height'] : null;
    if (typeof h !== 'number' || !(h > 0 && h < 100000)) return;
    var frame = frameOf(e.source);
    if (frame) {
      frame.style.height = Math.ceil(h) + 'px';
      // The frame then takes the layout's own height, not the snippet's.
      e.source.postMessage({ 'deepseek-cost-explainer-sized': true }, '*');
    }
  });
})();
