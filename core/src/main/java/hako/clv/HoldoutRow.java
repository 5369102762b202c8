package hako.clv;

/**
 * Calibration versus holdout for the customers with one calibration frequency: mean purchase days in the
 * holdout, actual and as BG/NBD expected them at the end of calibration.
 *
 * @param frequency repeat purchase days in calibration; the last row counts {@code frequency} and more
 * @param orMore whether this is that last row
 */
public record HoldoutRow(int frequency, boolean orMore, long customers, double actual, double expected) {

    public String label() {
        return orMore ? frequency + "+" : Integer.toString(frequency);
    }
}
