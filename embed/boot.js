// Runs before the first paint of the widget's page: sends a reader to the
// page of their language, keeps the prerendered default view from showing
// numbers that are not the URL's, and applies theme= and embed= from the
// URL, so a dark or transparent frame never flashes white.
// Each page carries it inline (domain::pages::inline_blocking), so the first
// paint waits for no second request; content-security-policy.txt allows it
// by its hash. The offline file inlines it too.
(function () {
  var q = new URLSearchParams(location.search);
  var root = document.documentElement;
  // Each language has its own page, named by the <link rel="alternate"
  // hreflang> links above this script (none in the offline file, which
  // carries every language). `?lang=` (the last one, as the widget reads it)
  // that names another language's page goes there: links and embeds
  // published before the pages existed keep working. Without one, the
  // English page (x-default) sends a browser that prefers another language
  // to its page. The links are the only list of languages: a tag is read
  // among them as domain::locale::read_tag reads it (any region of a
  // language with one page; else language-region, language-*, then the
  // language, each matched against a link's hreflang or data-dce-also).
  var page = function (lang) {
    return document.querySelector('link[rel=alternate][hreflang="' + lang + '"]');
  };
  var links = document.querySelectorAll('link[rel=alternate][hreflang][title]');
  var tagOf = function (tag) {
    var parts = String(tag || '').trim().toLowerCase().replace(/_/g, '-').split('-');
    var region = parts.slice(1).filter(function (p) { return p.length === 2 || p.length === 3; })[0];
    var keys = region ? [parts[0] + '-' + region, parts[0] + '-*', parts[0]] : [parts[0]];
    for (var k = 0; k < keys.length; k++) {
      for (var i = 0; i < links.length; i++) {
        var also = (links[i].getAttribute('data-dce-also') || '').split(' ');
        if (keys[k] && (links[i].hreflang.toLowerCase() === keys[k] || also.indexOf(keys[k]) >= 0)) return links[i].hreflang;
      }
    }
    return null;
  };
  var here = root.lang;
  // A language's embed page (embed.html, beside its page) holds the article
  // layout, which embed=1 asks for; its page holds the long form.
  var embedPage = root.hasAttribute('data-dce-embed-page');
  var compact = q.get('embed') === '1' || (embedPage && !q.has('embed'));
  if (page(here)) {
    var want = tagOf(q.getAll('lang').pop());
    var home = page('x-default');
    if (!want && home && home.href === page(here).href) {
      var langs = navigator.languages || [];
      for (var i = 0; i < langs.length && !want; i++) want = tagOf(langs[i]);
    }
    var there = page(want || here);
    if (there && ((want || here) !== here || compact !== embedPage)) {
      location.replace(there.href + (compact ? 'embed.html' : '') + location.search + location.hash);
      return;
    }
  }
  // A state other than the page's own: its prerendered view is not it, so
  // its place is kept and its numbers hidden until the wasm renders.
  var keys = ['preset', 'gpus', 'basis', 'price', 'hours', 'step', 'predict', 'present', 'embed', 'theme'];
  for (var k = 0; k < keys.length; k++) {
    if (q.has(keys[k]) && !(keys[k] === 'embed' && embedPage)) root.setAttribute('data-dce-pending', '');
  }
  var t = q.get('theme');
  root.style.colorScheme = t === 'dark' ? 'dark' : t === 'light' ? 'light' : 'light dark';
  // Transparent only inside a frame with a forced theme: the article behind
  // it then sets the backdrop. Opened on its own, it paints its own.
  var framed = window.parent !== window;
  if (compact) root.setAttribute('data-embed', framed && (t === 'dark' || t === 'light') ? 'clear' : 'solid');
  // A frame fills its snippet's height (main.css) until the article's
  // embed.js, sizing it, says so; only the parent window is heard.
  if (compact && framed) {
    root.setAttribute('data-frame-fill', '');
    addEventListener('message', function (e) {
      var d = e.data;
      if (e.source === window.parent && d && typeof d === 'object' && d['deepseek-cost-explainer-sized'] === true) {
        root.removeAttribute('data-frame-fill');
      }
    });
  }
})();
