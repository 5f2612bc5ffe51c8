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
   basis, price, hours, step, lang, theme, embed. */
(function () {
  if (window.deepseekCostExplainerHost) return;
  window.deepseekCostExplainerHost = true;
  // What was asked of a frame that has not yet said it is ready (its first
  // state message): sent again then, so nothing asked early is lost.
  var ready = new WeakSet();
  var asked = new WeakMap();
  var post = function (frame, options) {
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ 'deepseek-cost-explainer': options }, new URL(frame.src, location.href).origin);
    }
  };
  window.DeepSeekCostExplainer = {
    set: function (target, options) {
      if (!target || !options || typeof options !== 'object') return;
      if (target.tagName === 'IFRAME') {
        if (!ready.has(target)) asked.set(target, Object.assign(asked.get(target) || {}, options));
        post(target, options);
        return;
      }
      for (var name in options) {
        if (Object.prototype.hasOwnProperty.call(options, name)) target.setAttribute(name, String(options[name]));
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
        if (asked.has(frame)) post(frame, asked.get(frame));
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
