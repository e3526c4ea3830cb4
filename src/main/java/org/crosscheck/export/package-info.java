/**
 * The CSV export: {@link org.crosscheck.export.CsvExporter} writes documents.csv, mentions.csv,
 * claims.csv and facts.csv from a {@link org.crosscheck.project.ProjectSnapshot}, review decisions
 * applied. RFC 4180, UTF-8, a header row, text cells made safe for spreadsheets
 * ({@link org.crosscheck.export.SpreadsheetSafe}), and all-or-nothing: files are written aside and
 * moved into place only when all four are complete.
 */
package org.crosscheck.export;
