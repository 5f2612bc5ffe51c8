//! The pure core of the DeepSeek training-cost explainer: the cost model,
//! exact money, presets, citations, the URL and embed contracts, languages
//! and every sentence. It depends on no browser crate (Cargo enforces that),
//! so all of it is tested natively.
//!
//! The modules are declared in layers, and each uses only modules declared
//! before it (`tests/layers.rs`), so there is no cycle:
//! units → inputs → data → analysis → classroom → state → contracts.

// Units: quantities as types, languages, words, numbers in sentences and
// as Intl writes them.
pub mod units;
pub mod locale;
pub mod messages;
pub mod glossary;
pub mod quantity;
pub mod scale;
pub mod text;
pub mod numerals;

// The reader's inputs and their totals.
pub mod inputs;

// Data: the cited rows, the cited values of each input, the scenarios.
pub mod facts;
pub mod cited;
pub mod presets;
pub mod corrections;

// Analysis of a scenario.
pub mod bridge;
pub mod uncertainty;
pub mod claim;
pub mod track;

// The classroom's story.
pub mod classroom;

// The URL's contract: what a query (or a host page) asks of the inputs.
pub mod url;

// The state and its reducer.
pub mod state;

// The embeds' contract: presentation, snippets, and the state they report.
pub mod embed;

// The worksheet's QR code (only the QR module calls it).
pub mod qr;

// Each language's page, written at build time (only xtask calls it).
pub mod pages;

// The embed builder's choices and words (only the builder module, and the
// share bar's link to it, use it).
pub mod builder;
