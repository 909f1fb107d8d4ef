/**
 * Writes transcripts and their analytics as files people open, in two packages:
 *
 * <ul>
 *   <li>{@link io.github.amivoicetoolkit.exporters.table} — tables: CSV ({@code CsvExporter}, two
 *       dialects) and XLSX ({@code XlsxExporter}) of the summary, speakers, utterances, turns, tokens and
 *       sentiment tables;</li>
 *   <li>{@link io.github.amivoicetoolkit.exporters.subtitle} — subtitles and text: cue building under a
 *       layout profile, SRT ({@code SrtWriter}), WebVTT ({@code WebVttWriter}) and a plain-text
 *       transcript ({@code TextTranscriptWriter}).</li>
 * </ul>
 *
 * <p>Both take a {@link io.github.amivoicetoolkit.core.Transcript}, renamed with {@code
 * Transcript.withSpeakerNames} when speakers should show under people's names; both stream from the
 * transcript's columns, so memory does not grow with its length; and every file either writer produces
 * is written under a temporary name and moved into place only when complete ({@link
 * io.github.amivoicetoolkit.exporters.AtomicFile}), so a failure never leaves a partial file. Each
 * package's own documentation has a worked example.
 */
package io.github.amivoicetoolkit.exporters;
