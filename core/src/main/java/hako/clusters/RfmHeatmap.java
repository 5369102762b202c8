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
 * Customers by R band (rows, most recent first) × F band (columns): where the one-time buyers sit in
 * time, and how many frequent buyers are slipping away.
 *
 * @param cells every cell, row by row, empty ones included
 */
public record RfmHeatmap(BandScale recency, BandScale frequency, List<HeatCell> cells) {

    public RfmHeatmap {
        cells = List.copyOf(cells);
        if (cells.size() != recency.size() * frequency.size()) {
            throw new IllegalArgumentException("a heatmap needs one cell per R band and F band");
        }
    }

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
        List<HeatCell> cells = new ArrayList<>();
        for (int row = 0; row < recency.size(); row++) {
            for (int column = 0; column < frequency.size(); column++) {
                cells.add(new HeatCell(recency.get(row), frequency.get(column), counts[row][column]));
            }
        }
        return new RfmHeatmap(recency, frequency, cells);
    }

    /** Customers in R band {@code row} and F band {@code column}. */
    public long count(int row, int column) {
        return cells.get(row * frequency.size() + column).customers();
    }

    /** Customers of the cells lying wholly within {@code recency} and {@code frequency}. */
    public long within(Band recency, Band frequency) {
        return cells.stream().filter(c -> inside(c.recency(), recency) && inside(c.frequency(), frequency))
                .mapToLong(HeatCell::customers).sum();
    }

    /** The largest cell count (the colour scale's top). */
    public long max() {
        return cells.stream().mapToLong(HeatCell::customers).max().orElse(0);
    }

    public long total() {
        return cells.stream().mapToLong(HeatCell::customers).sum();
    }

    private static boolean inside(Band band, Band range) {
        return band.low() >= range.low()
                && (range.isOpen() || (!band.isOpen() && band.high() <= range.high()));
    }
}
