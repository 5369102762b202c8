package hako.scaleout;

import hako.customers.Cluster;
import hako.customers.CustomerMetrics;
import hako.customers.MetricRules;
import hako.customers.MetricSnapshot;
import hako.customers.Stage;
import hako.imports.ImportError;
import hako.imports.ImportFailed;
import hako.store.Sql;
import hako.store.Variables;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The Spark job's output (hako-spark's MetricsJob OUTPUT: {@code customers/*.parquet} and
 * {@value #PROPERTIES}) loaded as the shop's metric snapshot at the job's as-of date, marked imported, so
 * that the board, the customer list and the follow-up lists read it as if Hako had computed it.
 *
 * <p>All or nothing: the output is refused, with every problem found, unless it is a customer table of
 * this shop at its as-of date under the shop's rules — the columns and types of Hako's table, no missing
 * values but the tier, one row per customer, ranks 1…N, every R counted to the same as-of date, exactly
 * the customers who bought by then in the shop's orders.
 */
public final class MetricsImport {

    /** The file in OUTPUT where the job notes its as-of date, rules and counts. */
    public static final String PROPERTIES = "hako-metrics.properties";
    /** The directory in OUTPUT holding the customer table. */
    public static final String CUSTOMERS = "customers";

    /** What was imported. */
    public record Result(LocalDate asOf, long customers) {
    }

    private static final Pattern INTEGER = Pattern.compile("TINYINT|SMALLINT|INTEGER|BIGINT");
    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),\\s*(\\d+)\\)");
    private static final Map<String, String> COLUMNS = columns();

    private MetricsImport() {
    }

    /**
     * Loads {@code output} as the snapshot at its as-of date under {@code rules} (the shop's), in place of
     * any snapshot at that date; refuses it ({@link ImportFailed}, nothing written) when it does not fit.
     * A dry run checks everything and stores nothing; the connection's customer metrics are then the
     * imported ones either way.
     */
    public static Result load(Connection c, Path output, MetricRules rules, boolean dryRun)
            throws ImportFailed, SQLException {
        Path properties = output.resolve(PROPERTIES);
        Properties job = properties(output, properties);
        LocalDate asOf = asOf(properties, job);
        String computedWith = job.getProperty("rules");
        if (!rules.toString().equals(computedWith)) {
            throw fail(properties, "rules", "the job computed with " + computedWith + ", the shop's settings are "
                    + rules + ": run the job with the shop's settings (--config hako.properties)");
        }
        Path table = output.resolve(CUSTOMERS);
        String files = table.resolve("*.parquet").toString();
        requireColumns(c, table, files);
        long customers;
        try {
            CustomerMetrics.prepare(c, asOf, rules);
            try (PreparedStatement p = c.prepareStatement(Sql.load(MetricsImport.class, "metrics_input_load.sql"))) {
                p.setString(1, files);
                p.execute();
            }
            customers = check(c, table, job);
            Sql.run(c, MetricsImport.class, "metrics_input_take.sql");
        } catch (ImportFailed | SQLException | RuntimeException e) {
            CustomerMetrics.forget(c, e);
            Sql.run(c, MetricsImport.class, "metrics_input_drop.sql");
            throw e;
        }
        if (!dryRun) {
            MetricSnapshot.store(c, asOf, rules, MetricSnapshot.Source.IMPORTED);
        }
        return new Result(asOf, customers);
    }

    private static Properties properties(Path output, Path file) throws ImportFailed {
        if (!Files.isDirectory(output)) {
            throw fail(output, null, "not a directory: name the Spark job's OUTPUT directory (with " + CUSTOMERS
                    + "/ and " + PROPERTIES + ")");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw fail(file, null, "cannot read it (" + e.getClass().getSimpleName() + "): " + output
                    + " is not the output of the Hako Spark job (hako.spark.MetricsJob)");
        }
        return p;
    }

    private static LocalDate asOf(Path file, Properties job) throws ImportFailed {
        String text = job.getProperty("as_of");
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw fail(file, "as_of", text == null ? "missing" : "\"" + text + "\" is not a date like 2024-03-31");
        }
    }

    private static void requireColumns(Connection c, Path table, String files) throws ImportFailed, SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(MetricsImport.class, "metrics_input_columns.sql"))) {
            p.setString(1, files);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    found.put(r.getString(1).toLowerCase(Locale.ROOT), r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw fail(table, null, "cannot read it as Parquet: " + oneLine(e.getMessage()));
        }
        List<ImportError> errors = new ArrayList<>();
        COLUMNS.forEach((column, expected) -> {
            String type = found.get(column);
            if (type == null) {
                errors.add(new ImportError(table.toString(), 0, column, "missing column (expected " + expected + ")"));
            } else if (!accepts(column, type)) {
                errors.add(new ImportError(table.toString(), 0, column, "is " + type + ", expected " + expected));
            }
        });
        if (!errors.isEmpty()) {
            throw new ImportFailed(errors, errors.size());
        }
    }

    private static boolean accepts(String column, String type) {
        String expected = COLUMNS.get(column);
        if (expected.startsWith("DECIMAL")) {
            var m = DECIMAL.matcher(type);
            return INTEGER.matcher(type).matches()
                    || m.matches() && Integer.parseInt(m.group(2)) <= 2
                    && Integer.parseInt(m.group(1)) - Integer.parseInt(m.group(2)) <= 16;
        }
        return expected.startsWith("BIGINT") ? INTEGER.matcher(type).matches() : expected.equals(type);
    }

    /** Checks the loaded table against the shop; returns its number of customers. */
    private static long check(Connection c, Path table, Properties job) throws ImportFailed, SQLException {
        Variables.setList(c, "hako_tier_keys", "VARCHAR", new String[] {"top1", "top10", "top20"});
        Variables.setList(c, "hako_cluster_keys", "VARCHAR",
                Arrays.stream(Cluster.values()).map(Cluster::key).toArray(String[]::new));
        Variables.setList(c, "hako_stage_keys", "VARCHAR",
                Arrays.stream(Stage.values()).map(Stage::key).toArray(String[]::new));
        List<String> problems = new ArrayList<>();
        long customers;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery(Sql.load(MetricsImport.class, "metrics_input_check.sql"))) {
            r.next();
            customers = r.getLong("customers");
            for (String column : COLUMNS.keySet()) {
                if (!column.equals("tier") && r.getLong("no_" + column) > 0) {
                    problems.add(r.getLong("no_" + column) + " rows without " + column);
                }
            }
            if (r.getLong("repeated") > 0) {
                problems.add(r.getLong("repeated") + " customer ids appear more than once, e.g. "
                        + r.getString("repeated_example"));
            }
            if (customers > 0 && (r.getLong("ranks") != customers || r.getLong("first_rank") != 1
                    || r.getLong("last_rank") != customers)) {
                problems.add("ranks are not 1 … " + customers + " once each (" + r.getLong("ranks")
                        + " distinct, from " + r.getLong("first_rank") + " to " + r.getLong("last_rank") + ")");
            }
            if (r.getLong("other_as_of") > 0) {
                problems.add(r.getLong("other_as_of") + " customers' R does not count to the as-of date "
                        + job.getProperty("as_of") + " of " + PROPERTIES + ", e.g. " + r.getString("other_as_of_example"));
            }
            for (String key : List.of("tier", "cluster", "stage")) {
                if (r.getLong("bad_" + key) > 0) {
                    problems.add(r.getLong("bad_" + key) + " rows with an unknown " + key + ", e.g. \""
                            + r.getString("bad_" + key + "_example") + "\"");
                }
            }
            if (r.getLong("unknown") > 0) {
                problems.add(r.getLong("unknown") + " customers unknown to the shop (no purchase on or before "
                        + job.getProperty("as_of") + " in its orders), e.g. " + r.getString("unknown_example"));
            }
            if (r.getLong("missing") > 0) {
                problems.add(r.getLong("missing") + " customers who bought on or before " + job.getProperty("as_of")
                        + " in the shop's orders are missing, e.g. " + r.getString("missing_example")
                        + ": was the job run on this shop's export (hako export --format parquet)?");
            }
        }
        String written = job.getProperty("customers");
        if (written != null && !written.strip().equals(Long.toString(customers))) {
            problems.add("the job wrote " + written.strip() + " customers, the files hold " + customers
                    + ": is a part file missing?");
        }
        if (!problems.isEmpty()) {
            List<ImportError> errors = problems.stream()
                    .map(p -> new ImportError(table.toString(), 0, null, p)).toList();
            throw new ImportFailed(errors, errors.size());
        }
        return customers;
    }

    private static Map<String, String> columns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("customer_id", "VARCHAR");
        m.put("frequency", "BIGINT (or a narrower integer)");
        m.put("monetary", "DECIMAL(18,2) (at most 2 decimals) or an integer");
        m.put("first_purchase", "DATE");
        m.put("last_purchase", "DATE");
        m.put("tenure_days", "BIGINT (or a narrower integer)");
        m.put("recency_days", "BIGINT (or a narrower integer)");
        m.put("rank", "BIGINT (or a narrower integer)");
        m.put("tier", "VARCHAR");
        m.put("cluster", "VARCHAR");
        m.put("stage", "VARCHAR");
        return m;
    }

    private static ImportFailed fail(Path file, String field, String message) {
        return new ImportFailed(List.of(new ImportError(file.toString(), 0, field, message)), 1);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
