package hako.clusters;

import hako.customers.MetricRules;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Customers by R band (rows, most recent first) × F band (columns), every cell present: where the
 * one-time buyers sit in time, and how many frequent buyers are slipping away.
 */
public record RfmHeatmap(BandScale recency, BandScale frequency, long[][] counts) {

    /** Reads the heatmap of the snapshot stored at {@code asOf}, R bands following {@code rules}. */
    public static RfmHeatmap read(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        BandScale recency = BandScale.heatmapRecency(rules);
        BandScale frequency = BandScale.HEATMAP_FREQUENCY;
        long[][] counts = new long[recency.size()][frequency.size()];
        try (PreparedStatement p = c.prepareStatement(Sql.load(RfmHeatmap.class, "heatmap.sql"))) {
            p.setObject(1, asOf);
            p.setObject(2, c.createArrayOf("BIGINT", recency.lows()));
            p.setObject(3, c.createArrayOf("BIGINT", frequency.lows()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    counts[r.getInt("r_band") - 1][r.getInt("f_band") - 1] = r.getLong("customers");
                }
            }
        }
        return new RfmHeatmap(recency, frequency, counts);
    }

    /** Customers in R band {@code row} and F band {@code column}. */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /** Every cell, row by row. */
    public List<HeatCell> cells() {
        List<HeatCell> cells = new ArrayList<>();
        for (int row = 0; row < recency.size(); row++) {
            for (int column = 0; column < frequency.size(); column++) {
                cells.add(new HeatCell(recency.get(row), frequency.get(column), counts[row][column]));
            }
        }
        return cells;
    }

    /** The largest cell count (the colour scale's top). */
    public long max() {
        long max = 0;
        for (long[] row : counts) {
            for (long n : row) {
                max = Math.max(max, n);
            }
        }
        return max;
    }

    public long total() {
        long total = 0;
        for (long[] row : counts) {
            for (long n : row) {
                total += n;
            }
        }
        return total;
    }
}
