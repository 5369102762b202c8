package hako.clv;

import java.time.LocalDate;

/**
 * Cumulative repeat purchase days of the calibration customers through a week, actual and expected by
 * BG/NBD (each customer from their own first purchase day).
 *
 * @param week 1 for the first seven days from the first customer's first purchase
 * @param lastDay the week's last day
 * @param inHoldout whether the week ends after the calibration end
 */
public record TrackingWeek(int week, LocalDate lastDay, boolean inHoldout, long actual, double expected) {
}
