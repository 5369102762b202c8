// The analyses pages: every [data-chart] holds an ECharts option as JSON (built by Chart.java). A chart
// with "links" opens the customer list of the point clicked. A page still computing looks again.
(function () {
  var FONT = getComputedStyle(document.documentElement).fontFamily;

  function number(v, unit) {
    if (v === null || v === undefined || v === '-') { return '—'; }
    return Number(v).toLocaleString('en-US', { maximumFractionDigits: 1 }) + (unit || '');
  }

  function value(p) {
    return Array.isArray(p.value) ? p.value[2] : p.value;
  }

  // Units come as text (a tooltip's valueFormatter, a label's or heatmap tooltip's "unit"): numbers are
  // written with separators here, which ECharts' text templates cannot do.
  function prepare(o) {
    o.textStyle = { fontFamily: FONT };
    if (o.tooltip && typeof o.tooltip.valueFormatter === 'string') {
      var unit = o.tooltip.valueFormatter;
      o.tooltip.valueFormatter = function (v) { return number(v, unit); };
    }
    if (o.tooltip && o.tooltip.unit !== undefined) {
      var tipUnit = o.tooltip.unit;
      o.tooltip.formatter = function (p) {
        return o.yAxis.data[p.value[1]] + ' · ' + o.xAxis.data[p.value[0]] + '<br><b>' + number(p.value[2], tipUnit) + '</b>';
      };
    }
    (o.series || []).forEach(function (s) {
      if (s.label && s.label.unit !== undefined) {
        var labelUnit = s.label.unit;
        s.label.formatter = function (p) { return number(value(p), labelUnit); };
      }
    });
    return o;
  }

  function link(o, p) {
    if (!o.links || !o.links.length || p.componentType !== 'series' || p.seriesIndex !== 0) { return null; }
    if (o.linkBy === 'row') { return o.links[p.value[1]]; }
    return o.links[p.dataIndex];
  }

  function draw(el) {
    var o = JSON.parse(el.getAttribute('data-chart'));
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(prepare(o));
    chart.on('click', function (p) {
      var to = link(o, p);
      if (to) { window.location.href = to; }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-drawn', 'true');
  }

  function start() {
    var wait = document.querySelector('[data-recheck]');
    if (wait) {
      setTimeout(function () { window.location.reload(); }, Number(wait.getAttribute('data-recheck')));
    }
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
