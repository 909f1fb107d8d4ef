/**
 * Tabular export: CSV and XLSX files of a transcript and its analytics.
 *
 * <p>Tables ({@link io.github.amivoicetoolkit.exporters.table.ExportTable}): {@code summary} (job
 * information and totals), {@code speakers} (analytics), {@code utterances} (with every speaker in each),
 * {@code turns}, {@code tokens} and {@code sentiment} (when the result has it); their columns are
 * defined in {@code docs/figures.md} ({@code #utterances-table}, {@code #turns-table}). Absent values
 * are empty cells, never {@code -1} or {@code NaN}; times come as milliseconds and as {@code
 * HH:MM:SS.mmm}. An {@link io.github.amivoicetoolkit.exporters.table.ExportInput} is what both
 * exporters write from.
 *
 * <pre>{@code
 * Transcript transcript = new TranscriptReader().read(file)
 *     .withSpeakerNames(SpeakerNames.parse("speaker0=山田,speaker1=佐藤"));   // --speakers
 * ExportInput input = ExportInput.builder(transcript)
 *     .stats(TranscriptStats.of(transcript))                             // speakers and summary tables
 *     .build();
 * Set<ExportTable> tables = ExportTable.parseList("summary,speakers,utterances,turns");   // --tables
 *
 * // call.summary.csv, call.speakers.csv, ... in out/ (--to csv --csv rfc4180 -o out)
 * List<Path> csv = new CsvExporter(CsvOptions.builder().dialect(CsvDialect.RFC4180).tables(tables).build())
 *     .write(input, out, "call");
 * // out/call.xlsx, one sheet a table (--to xlsx)
 * Path xlsx = new XlsxExporter(XlsxOptions.builder().tables(tables).build())
 *     .write(input, out.resolve("call.xlsx"));
 * }</pre>
 *
 * <p>{@link io.github.amivoicetoolkit.exporters.table.CsvDialect#SPREADSHEET} (the default) writes a
 * byte-order mark and neutralises formula-looking text for Excel; {@code RFC4180} writes exact data for
 * pipelines. Both exporters stream rows from the transcript's columns, so memory does not grow with the
 * transcript's length (the XLSX writer streams each sheet into the workbook, with no temporary files).
 */
package io.github.amivoicetoolkit.exporters.table;
