package hako.web.customers;

import hako.segments.AnalysisRow;
import hako.segments.ClvCondition;
import hako.segments.MemberQuery;
import hako.segments.MemberSort;
import hako.segments.Segment;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the customer list shows: the as-of date, a segment, a search, a sort and a page. Builds the
 * links of the page (sort headers, pages, export) so that each keeps every other part.
 */
record ListFilter(LocalDate asOf, Segment segment, String search, MemberSort sort, int page) {

    /** Customers per page. */
    static final int PAGE_SIZE = 50;

    MemberQuery query(boolean searchEmails) {
        return new MemberQuery(asOf, segment, search, searchEmails);
    }

    /** The same narrowed to the customers of an analysis table's row (null: not narrowed). */
    ListFilter withRow(AnalysisRow row) {
        return row == null ? this : new ListFilter(asOf, segment.withRow(row), search, sort, page);
    }

    ListFilter onPage(int n) {
        return new ListFilter(asOf, segment, search, sort, n);
    }

    /** The list with this filter, on {@code n}. */
    public String pageHref(int n) {
        return link("/customers", sort, n);
    }

    /** The same customers as CSV, in the list's order. */
    public String exportHref() {
        return link("/customers/export", sort, 1);
    }

    /**
     * The link of a sortable column header: first click sorts by its first order, a second click by
     * its other order; always back to page 1.
     */
    public SortLink sortLink(String column) {
        SortColumn col = SortColumn.valueOf(column);
        boolean first = sort == col.first();
        boolean second = sort == col.second() && col.second() != col.first();
        MemberSort next = first ? col.second() : col.first();
        String state = first ? col.firstArrow() : second ? col.secondArrow() : "";
        return new SortLink(link("/customers", next, 1), state, first || second);
    }

    /** For the audit log and the page heading: "既存客維持 · TOP10%以内 · 検索「山田」". */
    public String describe(Locale locale) {
        String text = segment.describe(locale);
        if (search != null) {
            text += "ja".equals(locale.getLanguage()) ? " · 検索「" + search + "」" : " · search \"" + search + "\"";
        }
        return text;
    }

    private String link(String path, MemberSort order, int n) {
        StringBuilder b = new StringBuilder(path);
        param(b, "stage", segment.stage() == null ? null : segment.stage().key());
        param(b, "cluster", segment.cluster() == null ? null : segment.cluster().key());
        param(b, "tier", segment.tier() == null ? null : segment.tier().key());
        param(b, "fMin", segment.fMin());
        param(b, "fMax", segment.fMax());
        param(b, "rMin", segment.rMin());
        param(b, "rMax", segment.rMax());
        param(b, "group", segment.group() == null ? null : segment.group().key());
        param(b, "first", segment.firstMonth());
        ClvCondition clv = segment.clv();
        param(b, "risk", clv.risk() == null ? null : clv.risk().key());
        param(b, "aliveMin", clv.aliveMin());
        param(b, "aliveMax", clv.aliveMax());
        param(b, "clvMin", clv.clvMin());
        param(b, "clvMax", clv.clvMax());
        rowFields().forEach((name, value) -> param(b, name, value));
        param(b, "q", search);
        param(b, "sort", order == MemberSort.RANK ? null : order.key());
        param(b, "page", n <= 1 ? null : n);
        param(b, "asOf", asOf);
        return b.toString();
    }

    /** The parameters of {@link RowParams} for the segment's analysis row (hidden fields of the filter form). */
    public Map<String, String> rowFields() {
        Map<String, String> f = new LinkedHashMap<>();
        if (segment.row() instanceof AnalysisRow.Entry e) {
            f.put("level", e.level().key());
            f.put("entry", e.item());
        } else if (segment.row() instanceof AnalysisRow.Path p) {
            f.put("level", p.level().key());
            f.put("journey", p.group());
            for (int i = 0; i < p.items().size(); i++) {
                f.put("path" + (i + 1), p.items().get(i));
            }
        }
        return f;
    }

    /** Form encoding: a space becomes +, a + becomes %2B, as the server reads it back. */
    private static void param(StringBuilder b, String name, Object value) {
        if (value != null) {
            b.append(b.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    /** A column header's link; {@code arrow} shows the current order of the column, if it is the one. */
    record SortLink(String href, String arrow, boolean active) {
    }

    /** The sortable columns and their two orders. */
    enum SortColumn {
        ID(MemberSort.CUSTOMER_ID, MemberSort.CUSTOMER_ID, "▲", "▲"),
        F(MemberSort.FREQUENCY_DESC, MemberSort.FREQUENCY_ASC, "▼", "▲"),
        M(MemberSort.MONETARY_DESC, MemberSort.MONETARY_ASC, "▼", "▲"),
        FIRST(MemberSort.FIRST_PURCHASE_DESC, MemberSort.FIRST_PURCHASE_ASC, "▼", "▲"),
        R(MemberSort.RECENCY_ASC, MemberSort.RECENCY_DESC, "▲", "▼"),
        RANK(MemberSort.RANK, MemberSort.RANK, "▲", "▲"),
        P_ALIVE(MemberSort.P_ALIVE_ASC, MemberSort.P_ALIVE_DESC, "▲", "▼"),
        CLV(MemberSort.CLV_DESC, MemberSort.CLV_ASC, "▼", "▲");

        private final MemberSort first;
        private final MemberSort second;
        private final String firstArrow;
        private final String secondArrow;

        SortColumn(MemberSort first, MemberSort second, String firstArrow, String secondArrow) {
            this.first = first;
            this.second = second;
            this.firstArrow = firstArrow;
            this.secondArrow = secondArrow;
        }

        MemberSort first() {
            return first;
        }

        MemberSort second() {
            return second;
        }

        String firstArrow() {
            return firstArrow;
        }

        String secondArrow() {
            return secondArrow;
        }
    }
}
