package hako.segments;

import hako.clv.ClvScore;
import hako.clv.ClvScores;
import hako.customers.Cluster;
import hako.customers.Stage;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts, pages and streams the customers a {@link MemberQuery} selects from a stored snapshot. Counts
 * and pages filter the snapshot alone (a search looks in the master by itself) and join the master to
 * the page's own rows only, so both stay fast at a million customers.
 */
public final class Members {

    private static final String COLUMNS = "SELECT m.customer_id, c.name, c.email, m.frequency, m.monetary,"
            + " m.first_purchase, m.last_purchase, m.tenure_days, m.recency_days, m.rank, m.tier, m.cluster, m.stage ";

    private static final String SCORE_COLUMNS = ", s.p_alive, s.expected_30, s.expected_90, s.expected_365,"
            + " s.next_order_date, s.expected_aov, s.clv_365, s.churn_risk ";

    /** Receives members one at a time. */
    @FunctionalInterface
    public interface Sink {
        void accept(Member member) throws java.io.IOException;
    }

    private Members() {
    }

    public static long count(Connection c, MemberQuery query) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM " + from(query, null) + " WHERE "
                + where(query))) {
            query.bind(p, 1);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * One page, {@code limit} members from {@code offset}, in {@code sort} order: the page's rows are
     * picked from the snapshot alone, then their names (and emails) looked up in the master by id,
     * instead of joining the whole master.
     */
    public static List<Member> page(Connection c, MemberQuery query, MemberSort sort, long offset, int limit,
                                    boolean withEmail) throws SQLException {
        List<Member> picked = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT m.* FROM " + from(query, sort) + " WHERE "
                + where(query) + " ORDER BY " + sort.orderBy() + " LIMIT ? OFFSET ?")) {
            int i = query.bind(p, 1);
            p.setInt(i++, limit);
            p.setLong(i, offset);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    picked.add(member(r, null, null));
                }
            }
        }
        if (picked.isEmpty()) {
            return picked;
        }
        Map<String, String[]> master = master(c, picked);
        List<Member> page = new ArrayList<>(picked.size());
        for (Member m : picked) {
            String[] known = master.getOrDefault(m.customerId(), new String[2]);
            page.add(m.withMaster(known[0], withEmail ? known[1] : null));
        }
        return page;
    }

    /**
     * Name and email by customer id, for the customers given. The ids are written into the SQL as
     * quoted literals (quotes doubled, so any id is safe): DuckDB pushes a list of constants into the
     * scan, while bound parameters are compared row by row, four times slower at a million customers.
     */
    private static Map<String, String[]> master(Connection c, List<Member> members) throws SQLException {
        Map<String, String[]> master = new HashMap<>();
        String in = members.stream().map(m -> "'" + m.customerId().replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT customer_id, name, email FROM customers WHERE customer_id IN (" + in
                     + ")")) {
            while (r.next()) {
                master.put(r.getString(1), new String[] {r.getString(2), r.getString(3)});
            }
        }
        return master;
    }

    /** Every member in {@code sort} order, streamed (for exports). */
    public static long forEach(Connection c, MemberQuery query, MemberSort sort, boolean withEmail, Sink sink)
            throws SQLException, java.io.IOException {
        return stream(c, query, sort, withEmail, false, (m, score) -> sink.accept(m));
    }

    /** Receives members with their CLV scores at the snapshot's date (null when not scored). */
    @FunctionalInterface
    public interface ScoredSink {
        void accept(Member member, ClvScore score) throws java.io.IOException;
    }

    /** Every member in {@code sort} order with the CLV scores stored for the snapshot's date, streamed (exports). */
    public static long forEachScored(Connection c, MemberQuery query, MemberSort sort, boolean withEmail,
                                     ScoredSink sink) throws SQLException, java.io.IOException {
        return stream(c, query, sort, withEmail, true, sink);
    }

    private static long stream(Connection c, MemberQuery query, MemberSort sort, boolean withEmail, boolean scored,
                               ScoredSink sink) throws SQLException, java.io.IOException {
        long n = 0;
        try (PreparedStatement p = c.prepareStatement(COLUMNS + (scored ? SCORE_COLUMNS : "")
                + "FROM " + (scored ? Sql.load(Members.class, "members_scored.sql") : from(query, sort))
                + " LEFT JOIN customers c ON c.customer_id = m.customer_id WHERE " + where(query)
                + " ORDER BY " + sort.orderBy())) {
            query.bind(p, 1);
            p.setFetchSize(10_000);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sink.accept(member(r, withEmail), scored && r.getObject("p_alive") != null ? ClvScores.score(r) : null);
                    n++;
                }
            }
        }
        return n;
    }

    /** One customer of the snapshot at {@code asOf}, or null when they have no purchase by then. */
    public static Member find(Connection c, LocalDate asOf, String customerId, boolean withEmail) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(COLUMNS
                + "FROM customer_metrics m LEFT JOIN customers c ON c.customer_id = m.customer_id"
                + " WHERE m.as_of = ? AND m.customer_id = ?")) {
            p.setObject(1, asOf);
            p.setString(2, customerId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? member(r, withEmail) : null;
            }
        }
    }

    /**
     * The snapshot {@code m}, with the CLV scores stored for its date as {@code s} when the segment or the
     * order reads them (only then: the join costs time at a million customers).
     */
    private static String from(MemberQuery query, MemberSort sort) {
        return query.readsScores() || (sort != null && sort.readsScores())
                ? Sql.load(Members.class, "members_scored.sql") : "customer_metrics m";
    }

    /** The WHERE conditions on the snapshot {@code m}: constant SQL text, every value is bound. */
    private static String where(MemberQuery query) {
        return Sql.load(Members.class, "members_filter.sql") + query.rowFilter()
                + (query.readsScores() ? Sql.load(Members.class, "members_clv.sql") : "")
                + (query.searches() ? Sql.load(Members.class, "members_search.sql") : "");
    }

    private static Member member(ResultSet r, boolean withEmail) throws SQLException {
        return member(r, r.getString("name"), withEmail ? r.getString("email") : null);
    }

    private static Member member(ResultSet r, String name, String email) throws SQLException {
        String tier = r.getString("tier");
        return new Member(r.getString("customer_id"), name, email,
                r.getLong("frequency"), r.getBigDecimal("monetary"), r.getObject("first_purchase", LocalDate.class),
                r.getObject("last_purchase", LocalDate.class), r.getLong("tenure_days"), r.getLong("recency_days"),
                r.getLong("rank"), tier == null ? null : Cluster.ofKey(tier), Cluster.ofKey(r.getString("cluster")),
                Stage.ofKey(r.getString("stage")));
    }
}
