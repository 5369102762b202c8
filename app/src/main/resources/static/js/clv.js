// The /clv page's charts: each [data-chart] element holds its data as JSON (see ClvCharts.java).
(function () {
  var INK = '#1c2430', MUTED = '#5a6472', LINE = '#d9dee5', ACTUAL = '#2563a8', EXPECTED = '#d9822b';
  var FONT = getComputedStyle(document.documentElement).fontFamily;

  function axis(name, data) {
    return { type: 'category', data: data, name: name, nameLocation: 'middle', nameGap: 26,
      axisLabel: { color: INK }, nameTextStyle: { color: MUTED }, axisLine: { lineStyle: { color: LINE } } };
  }

  function values() {
    return { type: 'value', axisLabel: { color: MUTED }, splitLine: { lineStyle: { color: LINE } } };
  }

  function base(d) {
    return { textStyle: { fontFamily: FONT }, grid: { left: 8, right: 16, top: 34, bottom: 30, containLabel: true },
      tooltip: { trigger: 'axis' }, legend: { top: 0, data: [d.actualName, d.expectedName] } };
  }

  function holdout(d) {
    var o = base(d);
    o.xAxis = axis(d.xAxis, d.labels);
    o.yAxis = values();
    o.series = [
      { name: d.actualName, type: 'bar', data: d.actual, itemStyle: { color: ACTUAL } },
      { name: d.expectedName, type: 'bar', data: d.expected, itemStyle: { color: EXPECTED } }
    ];
    return o;
  }

  function tracking(d) {
    var o = base(d);
    o.xAxis = axis(d.xAxis, d.weeks);
    o.xAxis.axisLabel.interval = 'auto';
    o.yAxis = values();
    var expected = { name: d.expectedName, type: 'line', data: d.expected, showSymbol: false,
      lineStyle: { color: EXPECTED, type: 'dashed', width: 2 }, itemStyle: { color: EXPECTED } };
    if (d.holdoutFrom) {
      expected.markLine = { symbol: 'none', label: { formatter: d.holdoutName, color: MUTED },
        lineStyle: { color: MUTED, type: 'dotted' }, data: [{ xAxis: d.holdoutFrom }] };
    }
    o.series = [
      { name: d.actualName, type: 'line', data: d.actual, showSymbol: false, lineStyle: { color: ACTUAL, width: 2 },
        itemStyle: { color: ACTUAL } },
      expected
    ];
    return o;
  }

  function matrix(d) {
    return {
      textStyle: { fontFamily: FONT },
      grid: { left: 8, right: 16, top: 10, bottom: 30, containLabel: true },
      tooltip: { formatter: function (p) {
        return d.yAxis + ' ' + d.rows[p.value[1]] + ', ' + d.xAxis + ' ' + d.columns[p.value[0]]
          + '<br><b>' + p.value[2].toFixed(1) + '%</b>';
      } },
      xAxis: axis(d.xAxis, d.columns),
      yAxis: { type: 'category', data: d.rows, name: d.yAxis, nameLocation: 'middle', nameGap: 28,
        axisLabel: { color: INK }, nameTextStyle: { color: MUTED } },
      visualMap: { show: false, min: 0, max: 100, inRange: { color: ['#fdecea', '#f6d58a', '#9fd1af', '#1d6b39'] } },
      series: [{ type: 'heatmap', data: d.cells,
        label: { show: true, fontSize: 10, color: INK, formatter: function (p) { return Math.round(p.value[2]); } },
        itemStyle: { borderColor: '#fff', borderWidth: 1 } }]
    };
  }

  var KINDS = { holdout: holdout, tracking: tracking, matrix: matrix };

  window.hakoCharts(function (d) { return KINDS[d.kind](d); });
})();
