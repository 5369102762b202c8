package hako.web.analyses;

import hako.analyses.cohorts.AcquisitionCost;
import hako.analyses.cohorts.CpoMonth;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The board's leak flag: the latest complete month before the as-of date, when its CPO exceeds the
 * 12-month LTV. Read from the cohorts page's result; the board never waits long for it: on a large shop
 * the first view starts the computation and the flag appears on a later view.
 */
@Component
public class LeakCheck {

    private static final Duration BOARD_WAIT = Duration.ofMillis(400);

    private final DataSource db;
    private final AnalysisMemory memory;

    LeakCheck(DataSource db, AnalysisMemory memory) {
        this.db = db;
        this.memory = memory;
    }

    /** The leaking month to flag at {@code asOf}, if the latest complete month leaks. */
    public Optional<CpoMonth> latestLeak(LocalDate asOf) throws SQLException {
        try (Connection c = db.getConnection()) {
            if (!AcquisitionCost.hasSpend(c)) {
                return Optional.empty();
            }
        }
        YearMonth complete = asOf.equals(YearMonth.from(asOf).atEndOfMonth()) ? YearMonth.from(asOf)
                : YearMonth.from(asOf).minusMonths(1);
        return memory.get(CohortsController.key(asOf),
                AnalysisMemory.onFacts(asOf, c -> CohortsController.read(c, asOf)), BOARD_WAIT)
                .flatMap(v -> v.cost().month(complete)).filter(CpoMonth::leaks);
    }
}
