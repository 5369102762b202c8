package hako.spark;

import hako.analyses.AnalysisQuery;
import hako.store.Sql;
import hako.store.SqlVariable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs one of Hako's DuckDB scripts on Spark SQL, statement by statement, so that both engines execute
 * the same text. The shim is small and closed: {@code getvariable('x')} becomes the variable's typed
 * literal, {@code SET VARIABLE x = expr} evaluates expr once, a {@code TEMP TABLE} becomes a checkpointed
 * temporary view and {@code DROP TABLE} drops it, and the {@code hako_} macros are expanded with
 * Spark's own definitions ({@code hako/spark/metrics_macros.sql}) and DuckDB's table macro of the
 * analyses' purchases ({@code hako/analyses/purchases.sql}). Anything else runs as written.
 */
final class SparkDialect {

    private static final Pattern GET_VARIABLE = Pattern.compile("(?i)getvariable\\(\\s*'(\\w+)'\\s*\\)");
    private static final Pattern SET_VARIABLE = Pattern.compile("(?is)SET\\s+VARIABLE\\s+(\\w+)\\s*=\\s*(.+)");
    private static final Pattern TEMP_TABLE = Pattern.compile(
            "(?is)CREATE\\s+OR\\s+REPLACE\\s+TEMP\\s+TABLE\\s+(\\w+)\\s+AS\\s+(.+)");
    private static final Pattern DROP_TABLE = Pattern.compile("(?is)DROP\\s+TABLE\\s+(\\w+)");

    private final SparkSession spark;
    private final SqlMacros macros;
    private final Map<String, String> literals = new HashMap<>();

    SparkDialect(SparkSession spark, List<SqlVariable> variables) {
        this.spark = spark;
        List<String> definitions = new ArrayList<>(Sql.statements(SparkDialect.class, "metrics_macros.sql"));
        definitions.addAll(Sql.statements(AnalysisQuery.class, "purchases.sql"));
        this.macros = SqlMacros.of(definitions);
        for (SqlVariable v : variables) {
            literals.put(v.name().toLowerCase(Locale.ROOT), v.literal());
        }
    }

    /** Runs every statement of {@code name} in the package of {@code owner}, in order. */
    void run(Class<?> owner, String name) {
        for (String statement : Sql.statements(owner, name)) {
            execute(statement);
        }
    }

    /**
     * Runs every statement of {@code name} in the package of {@code owner} but the last, a query, and
     * returns that query's rows (not yet computed).
     */
    Dataset<Row> query(Class<?> owner, String name) {
        List<String> statements = Sql.statements(owner, name);
        for (String statement : statements.subList(0, statements.size() - 1)) {
            execute(statement);
        }
        return spark.sql(translate(statements.get(statements.size() - 1)));
    }

    /** Runs one statement. */
    void execute(String statement) {
        spark.sparkContext().setJobDescription("hako: " + statement.strip().replaceAll("\\s+", " ")
                .replaceAll("^(.{0,60}).*", "$1"));
        Matcher m;
        if ((m = SET_VARIABLE.matcher(statement)).matches()) {
            Dataset<Row> value = spark.sql("SELECT " + translate(m.group(2)));
            String type = value.schema().fields()[0].dataType().sql();
            Object v = value.first().get(0);
            literals.put(m.group(1).toLowerCase(Locale.ROOT),
                    new SqlVariable(m.group(1), type, v instanceof BigDecimal d ? d.toPlainString() : v).literal());
        } else if ((m = TEMP_TABLE.matcher(statement)).matches()) {
            // Computed once, now, as DuckDB does; checkpointed rather than cached, so that dropping the
            // tables it was made from cannot make Spark compute it again from the orders.
            spark.sql(translate(m.group(2))).localCheckpoint(true).createOrReplaceTempView(m.group(1));
        } else if ((m = DROP_TABLE.matcher(statement)).matches()) {
            spark.catalog().dropTempView(m.group(1));
        } else {
            spark.sql(translate(statement));
        }
    }

    /** The Spark SQL text of a statement or expression: variables as literals, macros expanded. */
    String translate(String sql) {
        Matcher m = GET_VARIABLE.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String literal = literals.get(m.group(1).toLowerCase(Locale.ROOT));
            if (literal == null) {
                throw new IllegalStateException("the SQL reads variable " + m.group(1) + ", which is not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(literal));
        }
        m.appendTail(out);
        return macros.expand(out.toString());
    }
}
