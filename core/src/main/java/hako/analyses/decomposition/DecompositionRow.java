package hako.analyses.decomposition;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * One month for one kind of buyer: its window ({@code from}–{@code to}, the month cut at as-of), the
 * window a year earlier, both windows' factors, and the factors above last year in this month and the
 * one before ({@code twoMonthsUp}, the target of step 9).
 */
public record DecompositionRow(YearMonth month, Buyers buyers, LocalDate from, LocalDate to, LocalDate yearAgoFrom,
                               LocalDate yearAgoTo, Factors now, Factors yearAgo, Set<Factor> twoMonthsUp) {

    public DecompositionRow {
        twoMonthsUp = Set.copyOf(twoMonthsUp);
    }

    /** This month's factor ÷ a year earlier's, or null when either is undefined or a year earlier is 0. */
    public Double ratio(Factor factor) {
        Double a = now.value(factor);
        Double b = yearAgo.value(factor);
        return a == null || b == null || b == 0 ? null : a / b;
    }

    public Trend trend(Factor factor) {
        return Trend.of(ratio(factor));
    }

    /** Whether the factor was above last year in this month and the month before. */
    public boolean twoMonthsUp(Factor factor) {
        return twoMonthsUp.contains(factor);
    }

    DecompositionRow withTwoMonthsUp(Set<Factor> factors) {
        return new DecompositionRow(month, buyers, from, to, yearAgoFrom, yearAgoTo, now, yearAgo, factors);
    }
}
