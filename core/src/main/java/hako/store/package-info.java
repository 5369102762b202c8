/**
 * The shop's embedded DuckDB database: opening a file, applying the numbered schema migrations,
 * loading the SQL text that lives beside the classes that run it, and telling a user plainly
 * when another Hako process holds the file.
 */
package hako.store;
