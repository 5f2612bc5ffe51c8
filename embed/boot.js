// Runs before the first paint of the widget's page: sends a reader to the
// page of their language, and applies theme= and embed= from the URL, so a
// dark or transparent frame never flashes white.
// A file, not an inline script, so a strict Content-Security-Policy allows it.
(function () {
  var q = new URLSearchParams(location.search);
  var root = document.documentElement;
  // Each language has its own page, named by the <link rel="alternate"
  // hreflang> links above this script (none in the offline file, which
  // carries every language). `?lang=` (the last one, as the widget reads it)
  // that names another language's page goes there: links and embeds
  // published before the pages existed keep working. Without one, the
  // English page (x-default) sends a browser that prefers another language
  // to its page. The tag is read as domain::locale::Locale::from_tag reads it.
  var page = function (lang) {
    return document.querySelector('link[rel=alternate][hreflang="' + lang + '"]');
  };
  var tagOf = function (tag) {
    var parts = String(tag || '').trim().toLowerCase().replace(/_/g, '-').split('-');
    var region = parts.slice(1).filter(function (p) { return p.length === 2 || p.length === 3; })[0];
    if (parts[0] === 'en' || parts[0] === 'it') return parts[0];
    if (parts[0] === 'pt') return !region || region === 'br' ? 'pt-BR' : 'pt-PT';
    return null;
  };
  var here = root.lang;
  if (page(here)) {
    var want = tagOf(q.getAll('lang').pop());
    var home = page('x-default');
    if (!want && home && home.href === page(here).href) {
      var langs = navigator.languages || [];
      for (var i = 0; i < langs.length && !want; i++) want = tagOf(langs[i]);
    }
    var there = want && want !== here && page(want);
    if (there) {
      location.replace(there.href + location.search + location.hash);
      return;
    }
  }
  var t = q.get('theme');
  root.style.colorScheme = t === 'dark' ? 'dark' : t === 'light' ? 'light' : 'light dark';
  // Transparent only inside a frame with a forced theme: the article behind
  // it then sets the backdrop. Opened on its own, it paints its own.
  var framed = window.parent !== window;
  if (q.get('embed') === '1') root.setAttribute('data-embed', framed && (t === 'dark' || t === 'light') ? 'clear' : 'solid');
})();
