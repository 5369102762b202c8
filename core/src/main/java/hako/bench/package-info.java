/**
 * The benchmark: Hako's import and customer metrics timed beside the same work done by raw
 * DuckDB SQL in the same run, reported as ratios. A command, never a timed unit test.
 */
package hako.bench;
