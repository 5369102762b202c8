package hako.clv;

/**
 * P(alive) by frequency (repeat purchase days, rows) and recency (weeks since the last purchase, columns) for a
 * customer whose first purchase was {@code tWeeks} weeks before the end of calibration. One-time buyers are
 * not shown: BG/NBD holds them alive with probability 1, as they cannot have dropped out after a repeat.
 */
public record AliveMatrix(double tWeeks, int[] frequencies, int[] recencyWeeks, double[][] pAlive) {

    static AliveMatrix of(BgNbd m, double tWeeks, int maxFrequency, int columns) {
        int[] frequencies = new int[maxFrequency];
        for (int i = 0; i < maxFrequency; i++) {
            frequencies[i] = i + 1;
        }
        int step = Math.max(1, (int) Math.ceil(tWeeks / columns));
        int n = (int) Math.floor(tWeeks / step) + 1;
        int[] recency = new int[n];
        for (int j = 0; j < n; j++) {
            recency[j] = j * step;
        }
        double[][] p = new double[maxFrequency][n];
        for (int i = 0; i < maxFrequency; i++) {
            for (int j = 0; j < n; j++) {
                p[i][j] = m.pAlive(frequencies[i], tWeeks - recency[j], tWeeks);
            }
        }
        return new AliveMatrix(tWeeks, frequencies, recency, p);
    }
}
