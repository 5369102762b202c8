package hako.segments;

import hako.customers.Cluster;
import hako.customers.Stage;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Counts, pages and streams the customers a {@link MemberQuery} selects from a stored snapshot. */
public final class Members {

    /** Receives members one at a time. */
    @FunctionalInterface
    public interface Sink {
        void accept(Member member) throws java.io.IOException;
    }

    private Members() {
    }

    public static long count(Connection c, MemberQuery query) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) " + query.from())) {
            query.bind(p, 1);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** One page, {@code limit} members from {@code offset}, in {@code sort} order. */
    public static List<Member> page(Connection c, MemberQuery query, MemberSort sort, long offset, int limit,
                                    boolean withEmail) throws SQLException {
        List<Member> page = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(chosen(query, sort, " LIMIT ? OFFSET ?"))) {
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

    /** Every member in {@code sort} order, streamed (for exports). */
    public static long forEach(Connection c, MemberQuery query, MemberSort sort, boolean withEmail, Sink sink)
            throws SQLException, java.io.IOException {
        long n = 0;
        try (PreparedStatement p = c.prepareStatement(chosen(query, sort, ""))) {
            query.bind(p, 1);
            p.setFetchSize(10_000);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sink.accept(member(r, withEmail));
                    n++;
                }
            }
        }
        return n;
    }

    /** One customer of the snapshot at {@code asOf}, or null when they have no purchase by then. */
    public static Member find(Connection c, LocalDate asOf, String customerId, boolean withEmail) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(page(
                "SELECT * FROM customer_metrics WHERE as_of = ? AND customer_id = ?", ""))) {
            p.setObject(1, asOf);
            p.setString(2, customerId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? member(r, withEmail) : null;
            }
        }
    }

    /** The members {@code query} selects in {@code sort} order, with {@code limit} after the ORDER BY. */
    private static String chosen(MemberQuery query, MemberSort sort, String limit) {
        String order = " ORDER BY " + sort.orderBy();
        return page("SELECT m.* " + query.from() + order + limit, order);
    }

    /** Joins the master's name and email to the chosen rows (constant SQL text, never values). */
    private static String page(String chosen, String order) {
        return Sql.load(Members.class, "members_page.sql").replace(":chosen", chosen) + order;
    }

    private static Member member(ResultSet r, boolean withEmail) throws SQLException {
        String tier = r.getString("tier");
        return new Member(r.getString("customer_id"), r.getString("name"), withEmail ? r.getString("email") : null,
                r.getLong("frequency"), r.getBigDecimal("monetary"), r.getObject("first_purchase", LocalDate.class),
                r.getObject("last_purchase", LocalDate.class), r.getLong("tenure_days"), r.getLong("recency_days"),
                r.getLong("rank"), tier == null ? null : Cluster.ofKey(tier), Cluster.ofKey(r.getString("cluster")),
                Stage.ofKey(r.getString("stage")));
    }
}
