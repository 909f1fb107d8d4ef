/**
 * Subtitles and text transcripts: cues built from a transcript's timed tokens under a layout profile,
 * written as SRT, WebVTT or plain text.
 *
 * <p>{@link io.github.amivoicetoolkit.exporters.subtitle.SubtitleOptions} chooses the {@link
 * io.github.amivoicetoolkit.exporters.subtitle.SubtitleProfile} ({@code ja}, {@code en}, or one
 * picked from the text) and what to show; {@link io.github.amivoicetoolkit.exporters.subtitle.SrtWriter},
 * {@link io.github.amivoicetoolkit.exporters.subtitle.WebVttWriter} and {@link
 * io.github.amivoicetoolkit.exporters.subtitle.TextTranscriptWriter} write to a {@code Path}
 * (atomically) or a {@code Writer}; the subtitle writers return a {@link
 * io.github.amivoicetoolkit.exporters.subtitle.SubtitleReport}. The rules — profiles, cue building,
 * timing and line breaking — are in {@code docs/subtitles.md} ({@code #profiles}, {@code
 * #cue-building}, {@code #subtitle-timing}, {@code #line-breaking}).
 *
 * <pre>{@code
 * Transcript transcript = new TranscriptReader().read(file)
 *     .withSpeakerNames(SpeakerNames.parse("speaker0=山田,speaker1=佐藤"));   // --speakers
 * SubtitleOptions options = SubtitleOptions.builder()
 *     .profile(SubtitleProfile.ja())          // --profile ja; without it, picked from the text
 *     .maxLines(2)                            // --max-lines 2
 *     .build();
 * SubtitleReport report = new SrtWriter(options).write(transcript, out.resolve("call.srt"));
 * new WebVttWriter(options.toBuilder().wordTiming(true).build())    // --words
 *     .write(transcript, out.resolve("call.vtt"));
 * new TextTranscriptWriter(options).write(transcript, out.resolve("call.txt"));
 * System.out.println(report.summary());      // profile ja: 3 cues, 833 ms to 900 ms; ...
 * }</pre>
 */
package io.github.amivoicetoolkit.exporters.subtitle;
