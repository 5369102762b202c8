package hako.bench;

import hako.store.ShopDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.hipparchus.random.RandomDataGenerator;

/**
 * A shop whose customers buy exactly as BG/NBD and Gamma-Gamma say, with CDNOW's published parameters: each
 * customer's rate λ ~ Gamma(r, α) per week and dropout p ~ Beta(a, b) after every repeat purchase, mean spend
 * ν ~ Gamma(q, γ) and each purchase's value ~ Gamma(p, ν). First purchases spread over the first 12 weeks,
 * orders through 78 weeks, as in CDNOW. A fit should recover the parameters, which the benchmark reports.
 */
final class SimulatedShop {

    static final double R = 0.243;
    static final double ALPHA = 4.414;
    static final double A = 0.793;
    static final double B = 2.426;
    static final double P = 6.25;
    static final double Q = 3.74;
    static final double GAMMA = 15.44;
    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final int ACQUISITION_DAYS = 84;
    static final int DAYS = 78 * 7;

    private SimulatedShop() {
    }

    /** Writes the orders of {@code customers} simulated customers into a new database at {@code file}. */
    static Connection create(Path file, int customers, long seed) throws SQLException {
        Connection db = ShopDatabase.open(file);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TEMP TABLE simulated (customer BIGINT, day INTEGER, cents BIGINT)");
        }
        RandomDataGenerator random = new RandomDataGenerator(seed);
        try (DuckDBAppender a = db.unwrap(DuckDBConnection.class).createAppender("temp", "main", "simulated")) {
            for (int c = 0; c < customers; c++) {
                simulate(random, c, a);
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO orders SELECT 'S' || row_number() OVER (), 'C' || customer,"
                    + " DATE '" + START + "' + day + INTERVAL 12 HOUR, DATE '" + START + "' + day,"
                    + " CAST(cents AS DECIMAL(18, 2)) / 100, false, NULL, 1 FROM simulated");
            s.execute("INSERT INTO imports VALUES (1, 'orders', 'simulated', 0, 0, current_timestamp::TIMESTAMP)");
            s.execute("DROP TABLE simulated");
        }
        return db;
    }

    private static void simulate(RandomDataGenerator random, int customer, DuckDBAppender a) throws SQLException {
        double rate = random.nextGamma(R, 1 / ALPHA);
        double dropout = random.nextBeta(A, B);
        double meanSpend = random.nextGamma(Q, 1 / GAMMA);
        double day = random.nextInt(0, ACQUISITION_DAYS - 1);
        order(a, customer, day, random.nextGamma(P, 1 / meanSpend));
        while (true) {
            day += random.nextExponential(1 / rate) * 7;
            if (day >= DAYS) {
                return;
            }
            order(a, customer, day, random.nextGamma(P, 1 / meanSpend));
            if (random.nextUniform(0, 1) < dropout) {
                return;
            }
        }
    }

    private static void order(DuckDBAppender a, int customer, double day, double value) throws SQLException {
        a.beginRow();
        a.append((long) customer);
        a.append((int) day);
        a.append(Math.max(1, Math.round(value * 100)));
        a.endRow();
    }
}
