package hako.analyses.decomposition;

import hako.analyses.AnalysisQuery;
import hako.analyses.facts.AnalysisFacts;
import hako.store.Variables;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sales decomposed per month from {@code from} to {@code to}, every month present (a month without
 * sales has zeros), three rows per month: all, new and existing buyers.
 */
public record SalesDecomposition(LocalDate asOf, YearMonth from, YearMonth to, List<DecompositionRow> rows) {

    public SalesDecomposition {
        rows = List.copyOf(rows);
    }

    /**
     * Reads the months {@code from}–{@code to} at {@code asOf}; {@code to} may not pass the as-of month.
     */
    public static SalesDecomposition read(Connection c, LocalDate asOf, YearMonth from, YearMonth to)
            throws SQLException {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        if (to.isAfter(YearMonth.from(asOf))) {
            throw new IllegalArgumentException("--to " + to + " is after the as-of date " + asOf);
        }
        AnalysisFacts.use(c, asOf);
        Variables.set(c, "hako_decomposition_from", "DATE", from.atDay(1).toString());
        Variables.set(c, "hako_decomposition_to", "DATE", to.atDay(1).toString());
        List<DecompositionRow> read = AnalysisQuery.list(c, SalesDecomposition.class, "decomposition.sql", asOf,
                r -> new DecompositionRow(YearMonth.from(r.getObject("month", LocalDate.class)),
                        Buyers.ofKey(r.getString("buyers")), r.getObject("w_from", LocalDate.class),
                        r.getObject("w_to", LocalDate.class), r.getObject("ly_from", LocalDate.class),
                        r.getObject("ly_to", LocalDate.class),
                        new Factors(r.getLong("customers"), r.getLong("orders"), r.getBigDecimal("sales")),
                        new Factors(r.getLong("customers_ly"), r.getLong("orders_ly"), r.getBigDecimal("sales_ly")),
                        Set.of()));
        return new SalesDecomposition(asOf, from, to, withStreaks(read, from));
    }

    /** Marks the two-month streaks, then drops the month before {@code from} that was read only for them. */
    private static List<DecompositionRow> withStreaks(List<DecompositionRow> read, YearMonth from) {
        Map<Buyers, DecompositionRow> previous = new EnumMap<>(Buyers.class);
        List<DecompositionRow> rows = new ArrayList<>();
        for (DecompositionRow row : read) {
            DecompositionRow before = previous.put(row.buyers(), row);
            if (row.month().isBefore(from)) {
                continue;
            }
            Set<Factor> up = EnumSet.noneOf(Factor.class);
            for (Factor f : Factor.values()) {
                if (before != null && row.trend(f) == Trend.UP && before.trend(f) == Trend.UP) {
                    up.add(f);
                }
            }
            rows.add(row.withTwoMonthsUp(up));
        }
        return rows;
    }

    /** The rows of one kind of buyer, month by month. */
    public List<DecompositionRow> of(Buyers buyers) {
        return rows.stream().filter(r -> r.buyers() == buyers).toList();
    }

    /** The month's row for {@code buyers}. */
    public DecompositionRow at(YearMonth month, Buyers buyers) {
        return rows.stream().filter(r -> r.month().equals(month) && r.buyers() == buyers).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for " + month + " " + buyers.key()));
    }
}
