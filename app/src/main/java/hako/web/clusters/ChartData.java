package hako.web.clusters;

import java.util.List;

/** What the page's charts draw, written as JSON into a {@code data-chart} attribute for clusters.js. */
sealed interface ChartData {

    /**
     * A histogram.
     *
     * @param labels the axis labels, short
     * @param tips   each bar's band written out in full, for its tooltip
     * @param links  the customer list of each bar, or empty where the list has no such filter (M)
     */
    record Bars(String kind, String axis, String unit, List<String> labels, List<String> tips, List<Long> values,
                List<String> links) implements ChartData {
    }

    /**
     * The R × F heatmap: {@code cells} are [F column, R row, customers], {@code links} row by row;
     * rows run from the most recent.
     */
    record Heat(String kind, String xAxis, String yAxis, String unit, List<String> columns, List<String> rows,
                List<long[]> cells, List<String> links, long max) implements ChartData {
    }
}
