package hako.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import hako.store.Sql;
import org.apache.spark.SparkException;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Hako's orders read from Parquet into the temporary view {@code orders} that metrics.sql reads,
 * after checking what Hako's own orders table guarantees: the five columns with their types, no
 * missing values but customer_id, one row per order id. One pass over the data and one over the order
 * ids, which also find the first and last dates.
 */
final class OrdersInput {

    /** What one pass over the orders found. */
    record Read(long orders, LocalDate first, LocalDate last) {
    }

    private static final List<String> COLUMNS = List.of("order_id", "customer_id", "order_date", "amount", "cancelled");
    private static final Map<String, String> EXPECTED = Map.of("order_id", "STRING", "customer_id", "STRING",
            "order_date", "DATE", "amount", "DECIMAL(18, 2) or narrower, or an integer", "cancelled", "BOOLEAN");

    private OrdersInput() {
    }

    /**
     * Registers {@code path} as the view {@code orders}, refusing input Hako would not have stored, a file
     * Spark cannot read as Parquet, and an order id that appears more than once.
     */
    static Read register(SparkSession spark, String path) throws BadInput {
        try {
            return read(spark, path);
        } catch (Exception e) {
            // Scala declares no exceptions: javac cannot see that Spark throws these here.
            if (e instanceof AnalysisException || e instanceof SparkException) {
                throw new BadInput("cannot read Parquet orders at " + path + ": " + cause(e));
            }
            throw e;
        }
    }

    private static Read read(SparkSession spark, String path) throws BadInput {
        StructType schema = spark.read().parquet(path).schema();
        requireColumns(path, schema);
        spark.read().parquet(path).createOrReplaceTempView("hako_input_orders");
        // ordered_at: the analyses' purchases (hako_bought) carry it; nothing the job computes reads it.
        spark.sql("SELECT order_id, customer_id, order_date, CAST(amount AS DECIMAL(18, 2)) AS amount, cancelled,"
                + " CAST(NULL AS TIMESTAMP) AS ordered_at FROM hako_input_orders").createOrReplaceTempView("orders");
        spark.sparkContext().setJobDescription("hako: check the orders");
        Row r = spark.sql(Sql.load(OrdersInput.class, "orders_check.sql")).first();
        List<String> missing = new ArrayList<>();
        for (int i = 3; i < 7; i++) {
            if (r.getLong(i) > 0) {
                missing.add(r.getLong(i) + " rows without " + List.of("order_id", "order_date", "amount", "cancelled")
                        .get(i - 3));
            }
        }
        if (!missing.isEmpty()) {
            throw new BadInput(path + ": " + String.join(", ", missing) + " (only customer_id may be empty)");
        }
        if (r.getLong(0) == 0) {
            throw new BadInput(path + " holds no orders");
        }
        if (r.getLong(7) > 0) {
            throw new BadInput(path + ": order_id " + r.getString(8) + " appears " + r.getLong(9) + " times"
                    + (r.getLong(7) > 1 ? " (and " + (r.getLong(7) - 1) + " more order ids more than once)" : "")
                    + ": Hako's orders hold one row per order");
        }
        return new Read(r.getLong(0), r.getDate(1).toLocalDate(), r.getDate(2).toLocalDate());
    }

    /** The innermost message of {@code e}, on one line. */
    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static void requireColumns(String path, StructType schema) throws BadInput {
        List<String> problems = new ArrayList<>();
        for (String column : COLUMNS) {
            StructField field = find(schema, column);
            if (field == null) {
                problems.add("missing column " + column);
            } else if (!accepts(column, field.dataType())) {
                problems.add("column " + column + " is " + field.dataType().sql() + ", expected " + EXPECTED.get(column));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInput(path + ": " + String.join("; ", problems)
                    + " (the columns of hako export --format parquet: " + String.join(", ", COLUMNS) + ")");
        }
    }

    private static StructField find(StructType schema, String column) {
        for (StructField f : schema.fields()) {
            if (f.name().equalsIgnoreCase(column)) {
                return f;
            }
        }
        return null;
    }

    private static boolean accepts(String column, DataType type) {
        return switch (column) {
            case "order_id", "customer_id" -> type.equals(DataTypes.StringType);
            case "order_date" -> type.equals(DataTypes.DateType);
            case "cancelled" -> type.equals(DataTypes.BooleanType);
            default -> type instanceof DecimalType d ? d.scale() <= 2 && d.precision() - d.scale() <= 16
                    : type.equals(DataTypes.IntegerType) || type.equals(DataTypes.LongType)
                    || type.equals(DataTypes.ShortType) || type.equals(DataTypes.ByteType);
        };
    }
}
