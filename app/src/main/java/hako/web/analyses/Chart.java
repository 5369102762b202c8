package hako.web.analyses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECharts options built on the server and written as JSON into a {@code data-chart} attribute, drawn by
 * analyses.js. {@code links}, when present, are the customer lists of the first series' points, in order.
 */
final class Chart {

    static final String INK = "#1c2430";
    static final String MUTED = "#5a6472";
    static final String LINE = "#d9dee5";
    static final String BRAND = "#2563a8";
    static final String DOWN = "#b42318";
    static final List<String> PALETTE = List.of("#2563a8", "#0f7b7b", "#b4540a", "#7a3e9d", "#2f7a32", "#8a8f98");

    private Chart() {
    }

    /** A series of a line or bar chart, on the left value axis (0) or the right one (1). */
    record Series(String name, String type, List<?> data, int axis) {
        Series(String name, String type, List<?> data) {
            this(name, type, data, 0);
        }
    }

    /** Lines (or bars) over categories, with an optional dashed reference line at {@code mark}. */
    static Map<String, Object> xy(List<String> x, List<Series> series, String yName, Double mark, String unit) {
        Map<String, Object> o = base();
        o.put("tooltip", Map.of("trigger", "axis", "valueFormatter", unit));
        o.put("legend", Map.of("top", 0, "textStyle", Map.of("color", INK)));
        o.put("grid", Map.of("left", 8, "right", 16, "top", 34, "bottom", 8, "containLabel", true));
        o.put("xAxis", Map.of("type", "category", "data", x, "axisLabel", Map.of("color", INK)));
        Map<String, Object> left = Map.of("type", "value", "name", yName, "scale", true,
                "nameTextStyle", Map.of("color", MUTED), "axisLabel", Map.of("color", MUTED),
                "splitLine", Map.of("lineStyle", Map.of("color", LINE)));
        Series second = series.stream().filter(one -> one.axis() == 1).findFirst().orElse(null);
        o.put("yAxis", second == null ? left : List.of(left, Map.of("type", "value", "name", second.name(),
                "nameTextStyle", Map.of("color", MUTED), "axisLabel", Map.of("color", MUTED),
                "splitLine", Map.of("show", false))));
        List<Map<String, Object>> s = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series one = series.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", one.name());
            m.put("type", one.type());
            m.put("data", one.data());
            m.put("connectNulls", false);
            m.put("yAxisIndex", one.axis());
            m.put("itemStyle", Map.of("color", PALETTE.get(i % PALETTE.size())));
            if (i == 0 && mark != null) {
                m.put("markLine", Map.of("silent", true, "symbol", "none", "label", Map.of("show", false),
                        "lineStyle", Map.of("color", MUTED, "type", "dashed"), "data", List.of(Map.of("yAxis", mark))));
            }
            s.add(m);
        }
        o.put("series", s);
        return o;
    }

    /** Horizontal bars, one per category, largest first as given. */
    static Map<String, Object> bars(List<String> categories, List<?> values, String unit, List<String> links) {
        Map<String, Object> o = base();
        o.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow"), "valueFormatter", unit));
        o.put("grid", Map.of("left", 8, "right", 40, "top", 8, "bottom", 8, "containLabel", true));
        o.put("yAxis", Map.of("type", "category", "data", categories, "inverse", true,
                "axisLabel", Map.of("color", INK, "width", 180, "overflow", "truncate")));
        o.put("xAxis", Map.of("type", "value", "axisLabel", Map.of("color", MUTED),
                "splitLine", Map.of("lineStyle", Map.of("color", LINE))));
        o.put("series", List.of(Map.of("type", "bar", "data", values, "itemStyle", Map.of("color", BRAND),
                "label", Map.of("show", true, "position", "right", "color", INK, "unit", unit),
                "cursor", links.isEmpty() ? "default" : "pointer")));
        o.put("links", links);
        return o;
    }

    /**
     * A heatmap of {@code cells} [column, row, value] (null value: no cell), {@code min}–{@code max} from light
     * to dark, each cell labelled with its value and {@code unit}.
     */
    static Map<String, Object> heatmap(List<String> columns, List<String> rows, List<Object[]> cells, double min,
                                       double max, String xName, String unit, List<String> links) {
        Map<String, Object> o = base();
        o.put("tooltip", Map.of("position", "top", "unit", unit));
        o.put("grid", Map.of("left", 8, "right", 8, "top", 24, "bottom", 24, "containLabel", true));
        o.put("xAxis", Map.of("type", "category", "data", columns, "name", xName, "nameLocation", "middle",
                "nameGap", 22, "splitArea", Map.of("show", true), "axisLabel", Map.of("color", INK)));
        o.put("yAxis", Map.of("type", "category", "data", rows, "inverse", true, "splitArea", Map.of("show", true),
                "axisLabel", Map.of("color", INK)));
        o.put("visualMap", Map.of("show", false, "min", min, "max", Math.max(max, min + 1e-9), "calculable", false,
                "inRange", Map.of("color", List.of("#f4f7fb", "#9ec1e6", "#1f3a5f"))));
        o.put("series", List.of(Map.of("type", "heatmap", "data", cells, "itemStyle",
                Map.of("borderColor", "#fff", "borderWidth", 1),
                "label", Map.of("show", true, "fontSize", 10, "unit", unit, "color", INK,
                        "textBorderColor", "#fff", "textBorderWidth", 2),
                "cursor", links.isEmpty() ? "default" : "pointer")));
        o.put("links", links);
        o.put("linkBy", "row");
        return o;
    }

    /** A Sankey diagram: nodes by name (with a display label), links source → target with a value. */
    static Map<String, Object> sankey(List<Map<String, Object>> nodes, List<Map<String, Object>> links) {
        Map<String, Object> o = base();
        o.put("tooltip", Map.of("trigger", "item"));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "sankey");
        s.put("data", nodes);
        s.put("links", links);
        s.put("nodeAlign", "left");
        s.put("left", 8);
        s.put("right", 150);
        s.put("top", 8);
        s.put("bottom", 8);
        s.put("nodeGap", 6);
        s.put("draggable", false);
        s.put("emphasis", Map.of("focus", "adjacency"));
        s.put("lineStyle", Map.of("color", "gradient", "opacity", 0.35));
        s.put("label", Map.of("color", INK, "fontSize", 11));
        o.put("series", List.of(s));
        return o;
    }

    private static Map<String, Object> base() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("animation", false);
        o.put("color", PALETTE);
        return o;
    }
}
