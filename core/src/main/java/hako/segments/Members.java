package hako.segments;

import hako.clv.ClvScores;
import hako.customers.Cluster;
import hako.customers.Stage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts and pages the customers a {@link MemberQuery} selects from a stored snapshot ({@link MemberExport}
 * writes them all). Counts, pages and searches read the snapshot alone, which keeps the names, emails and
 * lower-case search text of the master as they were when it was taken, so they stay fast at a million
 * customers.
 */
public final class Members {

    private Members() {
    }

    public static long count(Connection c, MemberQuery query) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM customer_metrics m WHERE "
                + query.where())) {
            query.bind(p, 1);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * One page, {@code limit} members from {@code offset}, in {@code sort} order, with the names, emails and CLV
     * scores the snapshot keeps: one ORDER BY … LIMIT over the snapshot, for which DuckDB reads the wide columns
     * (names, emails) of the page's own rows only, never the customers master or the scores table.
     */
    public static List<Member> page(Connection c, MemberQuery query, MemberSort sort, long offset, int limit,
                                    boolean withEmail) throws SQLException {
        List<Member> page = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT m.* FROM customer_metrics m WHERE "
                + query.where() + " ORDER BY " + sort.orderBy() + " LIMIT ? OFFSET ?")) {
            int i = query.bind(p, 1);
            p.setInt(i++, limit);
            p.setLong(i, offset);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    page.add(member(r, withEmail));
                }
            }
        }
        return page;
    }

    /**
     * The statement selecting {@code columns} of every member in {@code sort} order; bind with
     * {@link MemberQuery#bind}.
     */
    static String select(String columns, MemberQuery query, MemberSort sort) {
        return columns + " FROM customer_metrics m WHERE " + query.where() + " ORDER BY " + sort.orderBy();
    }

    /** One customer of the snapshot at {@code asOf}, or null when they have no purchase by then. */
    public static Member find(Connection c, LocalDate asOf, String customerId, boolean withEmail) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT m.* FROM customer_metrics m"
                + " WHERE m.as_of = ? AND m.customer_id = ?")) {
            p.setObject(1, asOf);
            p.setString(2, customerId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? member(r, withEmail) : null;
            }
        }
    }

    private static Member member(ResultSet r, boolean withEmail) throws SQLException {
        String tier = r.getString("tier");
        return new Member(r.getString("customer_id"), r.getString("name"), withEmail ? r.getString("email") : null,
                r.getLong("frequency"), r.getBigDecimal("monetary"), r.getObject("first_purchase", LocalDate.class),
                r.getObject("last_purchase", LocalDate.class), r.getLong("tenure_days"), r.getLong("recency_days"),
                r.getLong("rank"), tier == null ? null : Cluster.ofKey(tier), Cluster.ofKey(r.getString("cluster")),
                Stage.ofKey(r.getString("stage")), r.getObject("p_alive") == null ? null : ClvScores.score(r));
    }
}
