package hako.analyses.cohorts;

import hako.analyses.AnalysisQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CPO per month with acquisition spend, against the 12-month LTV: "are we paying more for a new
 * customer than they bring back?" The board calls {@link #read} and shows {@link #leaks()}.
 */
public record AcquisitionCost(LocalDate asOf, BigDecimal pooledLtv12, List<CpoMonth> months) {

    public AcquisitionCost {
        months = List.copyOf(months);
    }

    /** Every month with imported spend, up to the as-of month. */
    public static AcquisitionCost read(Connection c, LocalDate asOf) throws SQLException {
        return of(Cohorts.read(c, asOf, 12), c);
    }

    /** The same from cohorts already read at the as-of date. */
    public static AcquisitionCost of(Cohorts cohorts, Connection c) throws SQLException {
        record Spend(YearMonth month, String channel, BigDecimal amount) {
        }
        Map<YearMonth, Map<String, BigDecimal>> spend = new TreeMap<>();
        for (Spend s : AnalysisQuery.list(c, AcquisitionCost.class, "spend.sql", cohorts.asOf(),
                r -> new Spend(YearMonth.from(r.getObject("month", LocalDate.class)), r.getString("channel"),
                        r.getBigDecimal("amount")))) {
            spend.computeIfAbsent(s.month(), m -> new TreeMap<>()).put(s.channel(), s.amount());
        }
        Optional<BigDecimal> pooled = cohorts.pooledLtv12();
        List<CpoMonth> months = new ArrayList<>();
        spend.forEach((month, channels) -> months.add(month(month, channels, cohorts, pooled)));
        return new AcquisitionCost(cohorts.asOf(), pooled.orElse(null), months);
    }

    private static CpoMonth month(YearMonth month, Map<String, BigDecimal> channels, Cohorts cohorts,
                                  Optional<BigDecimal> pooled) {
        BigDecimal total = channels.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<CohortSummary> cohort = cohorts.summary(month);
        long newCustomers = cohort.map(CohortSummary::customers).orElse(0L);
        BigDecimal cpo = newCustomers == 0 ? null
                : total.divide(BigDecimal.valueOf(newCustomers), 2, RoundingMode.HALF_UP);
        boolean own = cohort.map(CohortSummary::complete).orElse(false);
        BigDecimal ltv = own ? cohort.get().ltv12() : pooled.orElse(null);
        Boolean leak;
        if (total.signum() > 0 && newCustomers == 0) {
            leak = true;
        } else if (cpo == null || ltv == null) {
            leak = null;
        } else {
            leak = cpo.compareTo(ltv) > 0;
        }
        return new CpoMonth(month, channels, total, newCustomers, cpo, ltv, own, leak);
    }

    /** Whether any acquisition spend was imported: without it there is no CPO to compare. */
    public static boolean hasSpend(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery(Sql.load(AcquisitionCost.class, "has_spend.sql"))) {
            r.next();
            return r.getBoolean(1);
        }
    }

    /** The month of {@code month}, when spend was imported for it. */
    public Optional<CpoMonth> month(YearMonth month) {
        return months.stream().filter(m -> m.month().equals(month)).findFirst();
    }

    /** The months where CPO exceeds the 12-month LTV (or spend bought no customer). */
    public List<CpoMonth> leaks() {
        return months.stream().filter(CpoMonth::leaks).toList();
    }
}
