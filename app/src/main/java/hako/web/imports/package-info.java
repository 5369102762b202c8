/**
 * Importing in the browser: CSV files are uploaded into a private folder, their detected encoding,
 * kind and column mapping are shown for a person to confirm or correct, and the import then runs in
 * the background (one at a time) with its progress and its report or errors on a polled page. The
 * import itself is {@link hako.imports.Importer}'s: one transaction, nothing half-imported.
 */
package hako.web.imports;
