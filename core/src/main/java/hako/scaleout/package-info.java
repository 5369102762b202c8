/**
 * The hand-off to a distributed engine for shops that outgrow one machine: Hako's normalised orders
 * written as Parquet for the Spark job (module hako-spark), which runs the same metrics SQL.
 */
package hako.scaleout;
