// Hako's pages: CSRF token on every htmx request, and small behaviours without inline scripts.
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    e.detail.headers[header.content] = token.content;
  }
});
// An htmx request the server refused shows its message instead of failing silently.
document.addEventListener('htmx:responseError', function (e) {
  var box = document.getElementById('flash');
  if (box) {
    box.textContent = e.detail.xhr.responseText && e.detail.xhr.responseText.length < 400
      ? e.detail.xhr.responseText : ('HTTP ' + e.detail.xhr.status);
    box.hidden = false;
  }
});
// Elements with data-close remove the element they name (dialogs, panels).
document.addEventListener('click', function (e) {
  var t = e.target.closest('[data-close]');
  if (t) {
    var el = document.getElementById(t.getAttribute('data-close'));
    if (el) { el.innerHTML = ''; }
  }
});
// Charts (clusters, CLV): each [data-chart] element holds its data as JSON; options(d) turns it into ECharts
// options and onChart(chart, d), if given, adds behaviour. Drawn elements get data-drawn="true".
window.hakoCharts = function (options, onChart) {
  function draw(el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(options(d));
    if (onChart) { onChart(chart, d); }
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-drawn', 'true');
  }
  function start() {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-chart]').forEach(draw);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
};
