/**
 * Importing a shop's exports: order histories (one row per order line or per order), a customers
 * master and a products master, in UTF-8 or Shift_JIS, with English or Japanese headers.
 *
 * <p>DuckDB reads each file into a staging table as text; set-based SQL then parses, validates and
 * merges it. One import is one transaction: any error leaves the database as it was.
 */
package hako.imports;
