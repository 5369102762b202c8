package hako.segments;

import hako.store.Sql;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Which customers of the snapshot at {@code asOf} to list: a segment and an optional search over id,
 * name and — only for those allowed to see it — email.
 *
 * @param search       text to look for (any case), blank for none
 * @param searchEmails whether the search may match email addresses
 */
public record MemberQuery(LocalDate asOf, Segment segment, String search, boolean searchEmails) {

    public MemberQuery {
        search = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether there is a search. */
    boolean searches() {
        return search != null;
    }

    /**
     * The WHERE conditions on the snapshot {@code m} (its CLV columns included): only
     * those the query sets, each constant text of {@code members_conditions.sql} joined by AND; bind their values
     * with {@link #bind}.
     */
    String where() {
        Map<String, String> text = Sql.fragments(MemberQuery.class, "members_conditions.sql");
        StringJoiner where = new StringJoiner("\n  AND ");
        for (Condition c : conditions()) {
            where.add(text.get(c.name()));
        }
        return where.toString();
    }

    /** Binds the values of {@link #where()}'s conditions, starting at {@code first}; returns the next index. */
    int bind(PreparedStatement p, int first) throws SQLException {
        int i = first;
        for (Condition c : conditions()) {
            for (Object value : c.values()) {
                p.setObject(i++, value instanceof List<?> items
                        ? p.getConnection().createArrayOf("VARCHAR", items.toArray()) : value);
            }
        }
        return i;
    }

    /** One condition of {@code members_conditions.sql} by name, and the values of its parameters in order. */
    private record Condition(String name, List<Object> values) {
    }

    private List<Condition> conditions() {
        List<Condition> all = new ArrayList<>();
        all.add(new Condition("as_of", List.of(asOf)));
        if (segment.stage() != null) {
            all.add(new Condition("stage", List.of(segment.stage().key())));
        }
        if (segment.cluster() != null) {
            all.add(new Condition("cluster", List.of(segment.cluster().key())));
        }
        if (segment.tier() != null) {
            all.add(new Condition("tier", List.of(segment.tier().tierLevel())));
        }
        optional(all, "f_min", segment.fMin());
        optional(all, "f_max", segment.fMax());
        optional(all, "r_min", segment.rMin());
        optional(all, "r_max", segment.rMax());
        if (segment.group() != null) {
            all.add(new Condition("group", List.of(segment.group().key())));
        }
        if (segment.firstMonth() != null) {
            all.add(new Condition("first_month", List.of(segment.firstMonth().atDay(1))));
        }
        if (segment.row() instanceof AnalysisRow.Entry e) {
            all.add(new Condition("entry", List.of(e.level().key(), e.item())));
        } else if (segment.row() instanceof AnalysisRow.Path x) {
            all.add(new Condition("path", List.of(x.group(), x.level().key(), List.copyOf(x.items()))));
        }
        ClvCondition clv = segment.clv();
        if (clv.risk() != null) {
            all.add(new Condition("risk", List.of(clv.risk().key())));
        }
        optional(all, "alive_min", clv.aliveMin());
        optional(all, "alive_max", clv.aliveMax());
        optional(all, "clv_min", clv.clvMin());
        optional(all, "clv_max", clv.clvMax());
        if (searches()) {
            all.add(searchEmails ? new Condition("search_email", List.of(search, search))
                    : new Condition("search", List.of(search)));
        }
        return all;
    }

    private static void optional(List<Condition> all, String name, Object value) {
        if (value != null) {
            all.add(new Condition(name, List.of(value)));
        }
    }
}
