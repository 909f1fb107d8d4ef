/**
 * Writes transcripts and their analytics as files people open: CSV and XLSX tables (and, alongside,
 * subtitles and plain text).
 *
 * <p>Tables ({@link io.github.amivoicetoolkit.exporters.ExportTable}): {@code summary} (job information
 * and totals), {@code speakers} (analytics), {@code utterances}, {@code tokens}, {@code sentiment} (when
 * the result has it). Absent values are empty cells, never {@code -1} or {@code NaN}; times come as
 * milliseconds and as {@code HH:MM:SS.mmm}.
 *
 * <pre>{@code
 * Transcript transcript = new TranscriptReader().read(Path.of("call.json"));
 * ExportInput input = ExportInput.builder(transcript)
 *     .speakerNames(SpeakerNames.parse("speaker0=山田,speaker1=佐藤"))   // --speakers
 *     .speakersTable(speakers)                                          // analytics tables, optional
 *     .summaryTable(totals)
 *     .build();
 * Set<ExportTable> tables = ExportTable.parseList("summary,utterances,tokens");   // --tables
 *
 * // call.summary.csv, call.utterances.csv, call.tokens.csv in out/ (--to csv --csv rfc4180 -o out)
 * new CsvExporter(CsvOptions.builder().dialect(CsvDialect.RFC4180).tables(tables).build())
 *     .write(input, Path.of("out"), "call");
 * // out/call.xlsx (--to xlsx)
 * new XlsxExporter(XlsxOptions.builder().tables(tables).build())
 *     .write(input, Path.of("out", "call.xlsx"));
 * }</pre>
 *
 * <p>{@link io.github.amivoicetoolkit.exporters.CsvDialect#SPREADSHEET} (the default) writes a
 * byte-order mark and neutralises formula-looking text for Excel; {@code RFC4180} writes exact data for
 * pipelines. Every exporter streams rows from the transcript's columns, so memory does not grow with
 * the transcript's length (the XLSX writer spills to temporary files it always deletes), and
 * every file is written to a temporary name and moved into place only when complete
 * ({@link io.github.amivoicetoolkit.exporters.AtomicFile}).
 */
package io.github.amivoicetoolkit.exporters;
