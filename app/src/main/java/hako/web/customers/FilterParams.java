package hako.web.customers;

import hako.analyses.groups.CustomerGroup;
import hako.clv.ChurnRisk;
import hako.customers.Cluster;
import hako.customers.Stage;
import hako.segments.ClvCondition;
import hako.segments.MemberSort;
import hako.segments.Segment;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The customer list's parameters as the URL gives them (the board links use the same names), read
 * as text so that a tampered value gets a plain message instead of a type error.
 */
record FilterParams(String stage, String cluster, String tier, String fMin, String fMax, String rMin, String rMax,
                    String group, String first, String q, String sort, String page, String asOf, String risk,
                    String aliveMin, String aliveMax, String clvMin, String clvMax) {

    /** Longest search text kept; longer input is cut, not refused. */
    static final int SEARCH_MAX = 100;

    /**
     * The filter these parameters ask for at {@code date} (the as-of date already resolved).
     *
     * @throws IllegalArgumentException with a message in the page's language for a value that cannot be read
     */
    ListFilter read(LocalDate date, MessageSourceAccessor text) {
        Long fFrom = count(fMin, "F", text);
        Long fTo = count(fMax, "F", text);
        Long rFrom = count(rMin, "R", text);
        Long rTo = count(rMax, "R", text);
        requireOrder(fFrom, fTo, "F", text);
        requireOrder(rFrom, rTo, "R", text);
        Segment segment = new Segment(stage(text), cluster(cluster, "cluster", text), tier(text), fFrom, fTo,
                rFrom, rTo, group(text), firstMonth(text), clv(text));
        String search = blank(q) ? null : q.strip();
        if (search != null && search.length() > SEARCH_MAX) {
            search = search.substring(0, SEARCH_MAX);
        }
        return new ListFilter(date, segment, search, MemberSort.ofKey(blank(sort) ? null : sort.strip()),
                pageNumber());
    }

    /** The conditions on the CLV scores: churn-risk band, P(alive) in percent, CLV in whole yen. */
    private ClvCondition clv(MessageSourceAccessor text) {
        ChurnRisk band = null;
        if (!blank(risk)) {
            band = Arrays.stream(ChurnRisk.values()).filter(r -> r.key().equals(risk.strip())).findFirst()
                    .orElseThrow(() -> unknown("risk", risk, Arrays.stream(ChurnRisk.values()).map(ChurnRisk::key), text));
        }
        String alive = text.getMessage("customers.col.p_alive");
        Long aFrom = count(aliveMin, alive, text);
        Long aTo = count(aliveMax, alive, text);
        for (Long v : new Long[] {aFrom, aTo}) {
            if (v != null && v > 100) {
                throw new IllegalArgumentException(text.getMessage("customers.bad.percent", new Object[] {alive, v}));
            }
        }
        requireOrder(aFrom, aTo, alive, text);
        String clv = text.getMessage("customers.col.clv");
        Long cFrom = count(clvMin, clv, text);
        Long cTo = count(clvMax, clv, text);
        requireOrder(cFrom, cTo, clv, text);
        return new ClvCondition(band, aFrom, aTo, cFrom, cTo);
    }

    private Stage stage(MessageSourceAccessor text) {
        if (blank(stage)) {
            return null;
        }
        for (Stage s : Stage.values()) {
            if (s.key().equals(stage.strip())) {
                return s;
            }
        }
        throw unknown("stage", stage, Arrays.stream(Stage.values()).map(Stage::key), text);
    }

    private CustomerGroup group(MessageSourceAccessor text) {
        if (blank(group)) {
            return null;
        }
        try {
            return CustomerGroup.ofKey(group);
        } catch (IllegalArgumentException e) {
            throw unknown("group", group, Arrays.stream(CustomerGroup.values()).map(CustomerGroup::key), text);
        }
    }

    /** The first-purchase month, written 2024-03. */
    private YearMonth firstMonth(MessageSourceAccessor text) {
        if (blank(first)) {
            return null;
        }
        try {
            return YearMonth.parse(first.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text.getMessage("customers.bad.month", new Object[] {shown(first)}));
        }
    }

    private Cluster tier(MessageSourceAccessor text) {
        Cluster t = cluster(tier, "tier", text);
        if (t != null && t.tierLevel() == 0) {
            throw unknown("tier", tier, java.util.stream.Stream.of("top1", "top10", "top20"), text);
        }
        return t;
    }

    private static Cluster cluster(String value, String name, MessageSourceAccessor text) {
        if (blank(value)) {
            return null;
        }
        for (Cluster c : Cluster.values()) {
            if (c.key().equals(value.strip())) {
                return c;
            }
        }
        throw unknown(name, value, Arrays.stream(Cluster.values()).map(Cluster::key), text);
    }

    private static IllegalArgumentException unknown(String name, String value,
                                                    java.util.stream.Stream<String> allowed,
                                                    MessageSourceAccessor text) {
        return new IllegalArgumentException(text.getMessage("customers.bad.choice",
                new Object[] {name, shown(value), allowed.collect(Collectors.joining(", "))}));
    }

    private static Long count(String value, String name, MessageSourceAccessor text) {
        if (blank(value)) {
            return null;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(text.getMessage("customers.bad.number", new Object[] {name, shown(value)}));
    }

    private static void requireOrder(Long min, Long max, String name, MessageSourceAccessor text) {
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException(text.getMessage("customers.bad.range", new Object[] {name, min, max}));
        }
    }

    /** The page asked for, 1 when missing or unreadable: a bad page number is not worth an error. */
    private int pageNumber() {
        try {
            return blank(page) ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** For messages: the value as typed, cut short. */
    static String shown(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
