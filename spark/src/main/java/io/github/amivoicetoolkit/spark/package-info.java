/**
 * Apache Spark data source {@code amivoice}: AmiVoice results in object storage as tables, read by the
 * toolkit's own streaming reader — no schema inference, no per-token JSON trees.
 *
 * <pre>{@code
 * Dataset<Row> speakers = spark.read().format("amivoice")
 *     .option("table", "speakers")                  // tokens, utterances, turns, speakers, totals,
 *                                                   // sentiment, events, files (AmiVoiceTable)
 *     .option("speakers", "speaker0=Agent,speaker1=Caller")
 *     .load("s3a://calls/2026/11/*.json.gz");
 * speakers.where("speaker = 'Agent'").select("file", "talk_ms", "share", "conf_p50").show();
 *
 * Dataset<Row> pooled = AmiVoiceFunctions.pooledTotals(spark, Map.of(), List.of("s3a://calls/2026/11/"));
 * }</pre>
 *
 * <p><b>Options.</b> {@code table} (default {@code tokens}); {@code mode} {@code PERMISSIVE} (default: an
 * unreadable file is a row of {@code files} with its error and gives no other rows), {@code DROPMALFORMED}
 * or {@code FAILFAST} (the query fails naming the file, the JSON path, line and column); {@code speakers},
 * {@code lowConfidence}, {@code silenceMs}, {@code interruptionMs}, {@code billingUnitMs} and
 * {@code pricePerHour} as the CLI's {@code --speakers}, {@code --low-confidence}, {@code --silence-ms},
 * {@code --interruption-ms}, {@code --billing-unit} and {@code --price-per-hour}; {@code recursiveFileLookup}
 * and {@code pathGlobFilter} as for Spark's file sources.
 *
 * <p><b>Files.</b> Any Hadoop file system and globs. A directory contributes its {@code .json} and
 * {@code .json.gz} files (all files matching {@code pathGlobFilter} when given), skipping hidden names; gzip is
 * recognised by its magic bytes. The files are listed at {@code load()}, in the background, and a
 * {@code Dataset} keeps its listing, as with Spark's file sources. Files are packed whole into partitions by
 * size with the session's {@code spark.sql.files.maxPartitionBytes} and {@code openCostInBytes}, as Spark
 * packs small files; a file is never split, so a huge file is one partition.
 *
 * <p><b>Columns.</b> Fixed schemas ({@link io.github.amivoicetoolkit.spark.AmiVoiceTable#schema()}), named as
 * the CLI's tables and {@code stats --json}; {@code file} first; times {@code long} ms; absent values null. A
 * query computes only the columns it selects; {@code tokens} is read in columnar batches.
 */
package io.github.amivoicetoolkit.spark;
