// The host page's side of the embedding contract (PROTOCOL.md §6): calls are queued
// in a plain array until widget.js loads, then run by the widget. No inline script,
// so the page's CSP stays strict.
window.tripAgent = window.tripAgent || [];

document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target.closest('[data-trip-agent-open],[data-trip-agent-ask]') : null;
  if (!target) return;
  window.tripAgent.push(['open']);
  var question = target.getAttribute('data-trip-agent-ask');
  if (question) window.tripAgent.push(['send', question]);
});
