// Draws the dashboard's charts from the data each card carries (data-spec, written by
// routes/dashboard.py), again whenever HTMX swaps in a card with other filters.
(function () {
  "use strict";

  // the colours the report pages give errors, warnings and notes (style.css)
  var SEVERITY_COLOURS = { "错误": "#c00", "警告": "#d90", "提示": "#06c" };

  function escape(text) {
    return String(text).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  var VISIBLE_BARS = 12;  // more categories than this (many units or rules) scroll with a slider

  function axisOption(spec, series) {
    var many = spec.categories.length > VISIBLE_BARS;
    return {
      dataZoom: many ? [{ type: "slider", startValue: 0, endValue: VISIBLE_BARS - 1, height: 16, bottom: 4 }] : [],
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 16, right: 24, top: 40, bottom: many ? 32 : 8, containLabel: true },
      xAxis: { type: "category", data: spec.categories,
               axisLabel: { interval: 0, rotate: spec.categories.length > 4 ? 30 : 0, width: 120, overflow: "truncate" } },
      yAxis: { type: "value", name: spec.unit || "" },
      series: series
    };
  }

  function option(spec) {
    if (spec.type === "pie") {
      var data = spec.series[0].data.map(function (pair) { return { name: pair[0], value: pair[1] }; });
      return {
        tooltip: { trigger: "item", formatter: function (item) {
          return item.marker + escape(item.name) + "：" + item.value + " 份（" + item.percent + "%）";
        } },
        legend: { bottom: 0 },
        series: [{ type: "pie", name: spec.series[0].name, radius: ["35%", "65%"], data: data,
                   label: { formatter: "{b}\n{c} 份" } }]
      };
    }
    if (spec.type === "stack") {
      var o = axisOption(spec, spec.series.map(function (s) {
        return { type: "bar", stack: "findings", name: s.name, data: s.data, itemStyle: { color: SEVERITY_COLOURS[s.name] } };
      }));
      o.tooltip.extraCssText = "white-space: normal; max-width: 26em;";
      o.tooltip.formatter = function (items) {
        var at = items[0].dataIndex;
        var head = "<b>" + escape(spec.categories[at]) + "</b> " + escape(spec.names[at] || "");
        return [head].concat(items.map(function (i) { return i.marker + escape(i.seriesName) + "：" + i.value; })).join("<br>");
      };
      return o;
    }
    return axisOption(spec, spec.series.map(function (s) {
      return { type: spec.type, name: s.name, data: s.data, connectNulls: false,
               label: { show: spec.type === "bar", position: "top" } };
    }));
  }

  function drawNew() {
    document.querySelectorAll("[data-chart]").forEach(function (element) {
      if (!echarts.getInstanceByDom(element)) {
        echarts.init(element).setOption(option(JSON.parse(element.dataset.spec)));
      }
    });
  }

  document.addEventListener("DOMContentLoaded", drawNew);
  // A card swapped out takes its chart with it; the card swapped in is drawn once it has settled.
  document.addEventListener("htmx:beforeSwap", function (event) {
    event.detail.target.querySelectorAll("[data-chart]").forEach(function (element) {
      var chart = echarts.getInstanceByDom(element);
      if (chart) chart.dispose();
    });
  });
  document.addEventListener("htmx:afterSettle", drawNew);
  window.addEventListener("resize", function () {
    document.querySelectorAll("[data-chart]").forEach(function (element) {
      var chart = echarts.getInstanceByDom(element);
      if (chart) chart.resize();
    });
  });
})();
