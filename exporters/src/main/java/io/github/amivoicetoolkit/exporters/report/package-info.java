/**
 * Reports people look at rather than read: an HTML call report and a Word transcript of one result, and
 * an HTML index of a batch.
 *
 * <pre>{@code
 * Transcript call = new TranscriptReader().read(Path.of("call.json"))
 *     .withSpeakerNames(SpeakerNames.parse("speaker0=Agent,speaker1=Caller"));
 * ReportOptions options = ReportOptions.builder().includeFillers(false).build();
 * TranscriptStats stats = TranscriptStats.of(call, options.analytics());
 *
 * new HtmlReportWriter(options).write(call, stats, Path.of("out", "call.html"));   // --to html
 * new DocxTranscriptWriter(options).write(call, stats, Path.of("out", "call.docx")); // --to docx
 *
 * BatchStats batch = new BatchStats();
 * batch.add("call.json", stats);
 * new HtmlIndexWriter().write(batch, Map.of("call.json", "call.html"), Path.of("out", "index.html"));
 * }</pre>
 *
 * <p>Every file is written atomically ({@link io.github.amivoicetoolkit.exporters.AtomicFile}); each
 * writer also writes to a stream or writer it does not close. Speakers take their colours from {@link
 * io.github.amivoicetoolkit.exporters.report.SpeakerPalette}, a colour-blind-safe palette. Silences,
 * responses and interruptions follow {@code docs/figures.md#conversation-figures}.
 */
package io.github.amivoicetoolkit.exporters.report;
