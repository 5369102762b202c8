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
 * How customers spread over F, M and R: counts per band, the bands above the highest occupied one
 * left out (a shop whose best customer spent ￥80,000 shows no empty ￥1,000,000+ bar).
 */
public record Distributions(List<BandCount> frequency, List<BandCount> monetary, List<BandCount> recency) {

    public Distributions {
        frequency = List.copyOf(frequency);
        monetary = List.copyOf(monetary);
        recency = List.copyOf(recency);
    }

    /** Reads the distributions of the snapshot stored at {@code asOf}, R bands following {@code rules}. */
    public static Distributions read(Connection c, LocalDate asOf, MetricRules rules) throws SQLException {
        BandScale f = BandScale.FREQUENCY;
        BandScale m = BandScale.MONETARY;
        BandScale r = BandScale.recency(rules);
        long[] fCounts = new long[f.size()];
        long[] mCounts = new long[m.size()];
        long[] rCounts = new long[r.size()];
        try (PreparedStatement p = c.prepareStatement(Sql.load(Distributions.class, "distributions.sql"))) {
            p.setObject(1, asOf);
            p.setObject(2, c.createArrayOf("BIGINT", f.lows()));
            p.setObject(3, c.createArrayOf("BIGINT", m.lows()));
            p.setObject(4, c.createArrayOf("BIGINT", r.lows()));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long[] counts = switch (rs.getString("measure")) {
                        case "f" -> fCounts;
                        case "m" -> mCounts;
                        default -> rCounts;
                    };
                    counts[rs.getInt("band") - 1] = rs.getLong("customers");
                }
            }
        }
        return new Distributions(counted(f, fCounts), counted(m, mCounts), counted(r, rCounts));
    }

    private static List<BandCount> counted(BandScale scale, long[] counts) {
        int last = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                last = i;
            }
        }
        List<BandCount> result = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            result.add(new BandCount(scale.get(i), counts[i]));
        }
        return result;
    }
}
