/**
 * Speaker, confidence, billing and sentiment figures of AmiVoice results, exactly as {@code
 * docs/figures.md} defines them — per speaker ({@code #per-speaker-figures}), in total ({@code
 * #total-figures}), by sentiment segment ({@code #sentiment-by-speaker}) and pooled over a batch
 * ({@code #batches}).
 *
 * <p>Entry points: {@link io.github.amivoicetoolkit.analytics.TranscriptStats} (one file), {@link
 * io.github.amivoicetoolkit.analytics.BatchStats} (many files, pooled correctly), {@link
 * io.github.amivoicetoolkit.analytics.AnalyticsOptions} (threshold, billing, price), and two ways
 * out: Tablesaw tables to sort, filter and join further, or {@link
 * io.github.amivoicetoolkit.analytics.StatsJson} (the {@code --json} lines, {@code
 * docs/figures.md#stats-json}) and {@link io.github.amivoicetoolkit.analytics.StatsText} (a terminal
 * table). Speakers are named on the transcript ({@code Transcript.withSpeakerNames}, {@code
 * docs/figures.md#speaker-names}), so every figure counts renamed and merged speakers as one.
 *
 * <pre>{@code
 * Transcript transcript = new TranscriptReader().read(file)
 *     .withSpeakerNames(SpeakerNames.parse("speaker0=山田,speaker1=佐藤"));
 * AnalyticsOptions options = AnalyticsOptions.builder()
 *     .lowConfidenceThreshold(0.6)
 *     .billingUnitMs(1_000)
 *     .pricePerHour(new BigDecimal("120"))     // your price: none is built in
 *     .build();
 * TranscriptStats stats = TranscriptStats.of(transcript, options);
 *
 * for (SpeakerStats s : stats.speakers()) {
 *   System.out.printf("%s talked %d ms (%.1f%%)%n", s.speaker(), s.talkMs(), 100 * s.share());
 * }
 * stats.total().cost().ifPresent(cost -> System.out.println("about " + cost));
 *
 * Table bySpeaker = stats.speakersTable();                    // speaker, talk_ms, share, turns, …
 * Table lowConfidence = bySpeaker.where(bySpeaker.doubleColumn("low_conf_share").isGreaterThan(0.2));
 *
 * System.out.print(StatsText.render("meeting.json", stats));  // aligned, for people
 * String line = StatsJson.toJson("meeting.json", stats);      // one JSON line, for pipelines
 * }</pre>
 *
 * <p>Every figure reads the {@code core} columns directly — no object per token — in one pass, plus one
 * sort of each speaker's intervals when they are out of order. A statistic over an empty set is an empty
 * {@code OptionalDouble} (JSON {@code null}, a missing table value), never {@code NaN}
 * ({@code docs/figures.md#percentiles} for the ranks). The exact order of
 * floating-point operations is documented on {@link io.github.amivoicetoolkit.analytics.SpeakerStats},
 * {@link io.github.amivoicetoolkit.analytics.ConfidenceStats} and {@link
 * io.github.amivoicetoolkit.analytics.TranscriptStats} so that another implementation can match the bits.
 */
package io.github.amivoicetoolkit.analytics;
