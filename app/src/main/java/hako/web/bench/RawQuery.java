package hako.web.bench;

import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * The raw DuckDB queries a page stands on, written by hand over the stored customer table: what a
 * page cannot be faster than. Timed a number of times on one connection; p95 in milliseconds.
 */
public record RawQuery(String script, LocalDate asOf) {

    /** The board's numbers: customers per stage. */
    public static RawQuery board(LocalDate asOf) {
        return new RawQuery("raw_board.sql", asOf);
    }

    /** A customer-list page: the count and the first 50 of one stage in rank order. */
    public static RawQuery customerList(LocalDate asOf) {
        return new RawQuery("raw_customer_list.sql", asOf);
    }

    /** A customer-list page sorted by predicted CLV: the count of one stage and its 50 highest CLVs. */
    public static RawQuery customerListByClv(LocalDate asOf) {
        return new RawQuery("raw_customer_list_clv_sort.sql", asOf);
    }

    /** A customer-list page filtered by churn risk: the count of high-risk customers and the first 50. */
    public static RawQuery customerListByRisk(LocalDate asOf) {
        return new RawQuery("raw_customer_list_clv_filter.sql", asOf);
    }

    /** A customer search for 中山 in ids, names and emails: the count and the first 50 in rank order. */
    public static RawQuery customerSearch(LocalDate asOf) {
        return new RawQuery("raw_customer_search.sql", asOf);
    }

    double p95Millis(DataSource db, int runs) throws SQLException {
        List<String> statements = Sql.statements(RawQuery.class, script);
        double[] times = new double[runs];
        try (Connection c = db.getConnection()) {
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                for (String sql : statements) {
                    try (PreparedStatement p = c.prepareStatement(sql)) {
                        p.setObject(1, asOf);
                        try (ResultSet r = p.executeQuery()) {
                            while (r.next()) {
                                r.getObject(1);
                            }
                        }
                    }
                }
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return times[(int) Math.ceil(runs * 0.95) - 1];
    }
}
