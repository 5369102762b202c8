package hako.segments;

import hako.store.Sql;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

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

    /** Whether there is a search ({@code members_search.sql}). */
    boolean searches() {
        return search != null;
    }

    /** Whether the segment reads the CLV scores. */
    boolean readsScores() {
        return segment.clv().any();
    }

    /**
     * Binds the parameters of {@code members_filter.sql}, of the analysis row's filter when there is one,
     * of {@code members_clv.sql} when the segment reads the scores, and of {@code members_search.sql}
     * when there is a search, starting at {@code first}; returns the next index.
     */
    int bind(PreparedStatement p, int first) throws SQLException {
        int i = first;
        p.setObject(i++, asOf);
        i = twice(p, i, segment.stage() == null ? null : segment.stage().key());
        i = twice(p, i, segment.cluster() == null ? null : segment.cluster().key());
        i = twice(p, i, segment.tier() == null ? null : segment.tier().tierLevel());
        i = twice(p, i, segment.fMin());
        i = twice(p, i, segment.fMax());
        i = twice(p, i, segment.rMin());
        i = twice(p, i, segment.rMax());
        i = twice(p, i, segment.group() == null ? null : segment.group().key());
        i = twice(p, i, segment.firstMonth() == null ? null : segment.firstMonth().atDay(1));
        i = bindRow(p, i, segment.row());
        ClvCondition clv = segment.clv();
        if (clv.any()) {
            i = twice(p, i, clv.risk() == null ? null : clv.risk().key());
            i = twice(p, i, clv.aliveMin());
            i = twice(p, i, clv.aliveMax());
            i = twice(p, i, clv.clvMin());
            i = twice(p, i, clv.clvMax());
        }
        if (searches()) {
            p.setObject(i++, search);
            p.setBoolean(i++, searchEmails);
            p.setObject(i++, search);
        }
        return i;
    }

    /** The SQL appended to {@code members_filter.sql} for the segment's analysis row, if any. */
    String rowFilter() {
        if (segment.row() == null) {
            return "";
        }
        return Sql.load(MemberQuery.class, segment.row() instanceof AnalysisRow.Entry ? "members_entry.sql"
                : "members_path.sql");
    }

    /** The parameters of {@link #rowFilter()}. */
    private static int bindRow(PreparedStatement p, int first, AnalysisRow row) throws SQLException {
        int i = first;
        if (row instanceof AnalysisRow.Entry e) {
            p.setString(i++, e.level().key());
            p.setString(i++, e.item());
        } else if (row instanceof AnalysisRow.Path x) {
            p.setString(i++, x.group());
            p.setString(i++, x.level().key());
            p.setObject(i++, p.getConnection().createArrayOf("VARCHAR", x.items().toArray()));
        }
        return i;
    }

    private static int twice(PreparedStatement p, int i, Object value) throws SQLException {
        p.setObject(i, value);
        p.setObject(i + 1, value);
        return i + 2;
    }
}
