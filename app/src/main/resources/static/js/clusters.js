// The clusters page's charts: each [data-chart] element holds its data as JSON (see ChartData.java).
// A bar or heatmap cell with a link opens the customer list of the customers it counts.
(function () {
  var INK = '#1c2430', MUTED = '#5a6472', LINE = '#d9dee5', BRAND = '#2563a8';
  var FONT = getComputedStyle(document.documentElement).fontFamily;

  function number(n) {
    return Number(n).toLocaleString('en-US');
  }

  function heatmap(d) {
    return {
      textStyle: { fontFamily: FONT },
      grid: { left: 8, right: 16, top: 22, bottom: 30, containLabel: true },
      tooltip: {
        formatter: function (p) {
          return d.yAxis + ' ' + d.rows[p.value[1]] + '<br>' + d.xAxis + ' ' + d.columns[p.value[0]]
            + '<br><b>' + number(p.value[2]) + d.unit + '</b>';
        }
      },
      xAxis: { type: 'category', data: d.columns, name: d.xAxis, nameLocation: 'middle', nameGap: 24,
        axisLabel: { color: INK }, nameTextStyle: { color: MUTED }, splitArea: { show: true } },
      yAxis: { type: 'category', data: d.rows, inverse: true, name: d.yAxis, nameLocation: 'start', nameGap: 8,
        axisLabel: { color: INK }, nameTextStyle: { color: MUTED, align: 'left' }, splitArea: { show: true } },
      visualMap: { show: false, min: 0, max: Math.max(d.max, 1), inRange: { color: ['#f4f7fb', '#9ec1e6', '#1f3a5f'] } },
      series: [{
        type: 'heatmap', data: cells(d),
        label: { show: true, formatter: function (p) { return number(p.value[2]); },
          color: INK, textBorderColor: '#fff', textBorderWidth: 2 },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: INK, borderWidth: 1 } },
        cursor: 'pointer'
      }]
    };
  }

  // Dark cells get white numbers, light ones dark numbers.
  function cells(d) {
    return d.cells.map(function (c) {
      var dark = c[2] > d.max * 0.55;
      return { value: c, label: { color: dark ? '#fff' : INK, textBorderWidth: dark ? 0 : 2 } };
    });
  }

  function bars(d) {
    return {
      textStyle: { fontFamily: FONT },
      grid: { left: 8, right: 12, top: 12, bottom: 26, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: function (p) { return d.tips[p.dataIndex] + '<br><b>' + number(p.value) + d.unit + '</b>'; }
      },
      xAxis: { type: 'category', data: d.labels, name: d.axis, nameLocation: 'middle', nameGap: 24,
        axisLabel: { color: INK, interval: 0, hideOverlap: true, fontSize: 11 }, nameTextStyle: { color: MUTED },
        axisLine: { lineStyle: { color: LINE } } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: MUTED }, splitLine: { lineStyle: { color: LINE } } },
      series: [{
        type: 'bar', data: d.values, barCategoryGap: '15%',
        itemStyle: { color: BRAND, borderRadius: [3, 3, 0, 0] },
        cursor: d.links.length ? 'pointer' : 'default'
      }]
    };
  }

  function link(d, p) {
    if (p.componentType !== 'series') { return null; }
    if (d.kind === 'heatmap') { return d.links[p.value[1] * d.columns.length + p.value[0]]; }
    return d.links.length ? d.links[p.dataIndex] : null;
  }

  window.hakoCharts(function (d) { return d.kind === 'heatmap' ? heatmap(d) : bars(d); }, function (chart, d) {
    chart.on('click', function (p) {
      var to = link(d, p);
      if (to) { window.location.href = to; }
    });
  });
})();
