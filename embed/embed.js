/* DeepSeek cost explainer, host script: include once in an article. It sizes
   every widget iframe (iframe[data-deepseek-cost-explainer]) to its content,
   matching a message to the frame whose window sent it, and tells the frame
   it is sized. Anything else is ignored: other shapes, other frames, absurd
   heights. */
(function () {
  if (window.deepseekCostExplainerHost) return;
  window.deepseekCostExplainerHost = true;
  addEventListener('message', function (e) {
    var d = e.data;
    var h = d && typeof d === 'object' ? d['deepseek-cost-explainer-height'] : null;
    if (typeof h !== 'number' || !(h > 0 && h < 100000)) return;
    var frames = document.querySelectorAll('iframe[data-deepseek-cost-explainer]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.ceil(h) + 'px';
        // The frame then takes the layout's own height, not the snippet's.
        e.source.postMessage({ 'deepseek-cost-explainer-sized': true }, '*');
        return;
      }
    }
  });
})();
