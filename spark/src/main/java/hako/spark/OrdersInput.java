package hako.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * missing values but customer_id. One pass over the data, which also finds the first and last dates.
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

    /** Registers {@code path} as the view {@code orders}, refusing input Hako would not have stored. */
    static Read register(SparkSession spark, String path) throws BadInput {
        StructType schema;
        try {
            schema = spark.read().parquet(path).schema();
        } catch (Exception e) {
            // Scala declares no exceptions: the compiler cannot see AnalysisException thrown here.
            if (e instanceof AnalysisException) {
                throw new BadInput("cannot read Parquet orders at " + path + ": " + e.getMessage());
            }
            throw e;
        }
        requireColumns(path, schema);
        spark.read().parquet(path).createOrReplaceTempView("hako_input_orders");
        spark.sql("SELECT order_id, customer_id, order_date, CAST(amount AS DECIMAL(18, 2)) AS amount, cancelled"
                + " FROM hako_input_orders").createOrReplaceTempView("orders");
        Row r = spark.sql("SELECT count(*), min(order_date), max(order_date), count_if(order_id IS NULL),"
                + " count_if(order_date IS NULL), count_if(amount IS NULL), count_if(cancelled IS NULL)"
                + " FROM orders").first();
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
        return new Read(r.getLong(0), r.getDate(1).toLocalDate(), r.getDate(2).toLocalDate());
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
