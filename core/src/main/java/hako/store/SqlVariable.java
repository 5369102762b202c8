package hako.store;

/**
 * A value a SQL script reads with {@code getvariable(name)}, cast to {@code sqlType} (DATE, INTEGER,
 * DECIMAL(18, 8), …) from the text of {@code value}: the same on DuckDB (a session variable) and in
 * hako-spark's dialect shim (a typed literal).
 */
public record SqlVariable(String name, String sqlType, Object value) {

    /** {@code CAST('value' AS sqlType)}: the value as a literal of its type, for engines without variables. */
    public String literal() {
        return value == null ? "CAST(NULL AS " + sqlType + ")"
                : "CAST('" + value.toString().replace("'", "''") + "' AS " + sqlType + ")";
    }
}
