package io.github.amivoicetoolkit.analytics;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The conversation figures over all speakers of one file, or pooled over a batch ({@code
 * docs/figures.md#conversation-total}). Immutable.
 *
 * <p>The <em>window</em> {@code W = [w0, w1)} runs from the smallest start to the largest end of any timed
 * word or filler token (empty when there is none). A <em>silence</em> is a maximal stretch of {@code W} that
 * no speaker's talk covers, of length {@code ≥ max(1, silenceMs)} (the option). In a batch counts and sums
 * add up, {@code longest*} take the maximum, the gap statistics are recomputed from the pooled gaps and
 * {@code switchesPerMin} is {@code Σ switches / (Σ windowMs / 60000)}.
 *
 * @param longestTurnMs the largest length over all timed turns; empty when none
 * @param wordsPerMin {@code (double) words / ((double) talkMs / 60000.0)} from the totals; 0 when {@code
 *     talkMs == 0}
 * @param responseGapMean mean gap over all responses; empty when none
 * @param responseGapP50 nearest-rank median of all gaps; empty when none
 * @param switches responses: speaker changes between consecutive timed turns
 * @param switchesPerMin {@code (double) switches / ((double) windowMs / 60000.0)}; 0 when the window is empty
 * @param interruptions number of interruptions
 * @param interruptionMs Σ of the interruptions' overlaps
 * @param silences number of silences
 * @param silenceMs Σ of the silences' lengths (not the option of the same name)
 * @param longestSilenceMs the longest silence; empty when none
 * @param nonTalkMs {@code windowMs − speechMs}: all time in the window when nobody speaks
 * @param windowMs {@code |W|}, 0 when empty (kept for pooling; not a key of {@code stats --json})
 */
public record TotalConversation(
    OptionalLong longestTurnMs,
    double wordsPerMin,
    OptionalDouble responseGapMean,
    OptionalLong responseGapP50,
    long switches,
    double switchesPerMin,
    long interruptions,
    long interruptionMs,
    long silences,
    long silenceMs,
    OptionalLong longestSilenceMs,
    long nonTalkMs,
    long windowMs) {

  public TotalConversation {
    Objects.requireNonNull(longestTurnMs, "longestTurnMs");
    Objects.requireNonNull(responseGapMean, "responseGapMean");
    Objects.requireNonNull(responseGapP50, "responseGapP50");
    Objects.requireNonNull(longestSilenceMs, "longestSilenceMs");
  }
}
