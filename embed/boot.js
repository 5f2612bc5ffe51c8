// Runs before the first paint of the widget's page: applies theme= and
// embed= from the URL, so a dark or transparent frame never flashes white.
// A file, not an inline script, so a strict Content-Security-Policy allows it.
(function () {
  var q = new URLSearchParams(location.search);
  var t = q.get('theme');
  var root = document.documentElement;
  root.style.colorScheme = t === 'dark' ? 'dark' : t === 'light' ? 'light' : 'light dark';
  // Transparent only inside a frame with a forced theme: the article behind
  // it then sets the backdrop. Opened on its own, it paints its own.
  var framed = window.parent !== window;
  if (q.get('embed') === '1') root.setAttribute('data-embed', framed && (t === 'dark' || t === 'light') ? 'clear' : 'solid');
})();
