package io.github.amivoicetoolkit.analytics;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The conversation figures of one speaker ({@code docs/figures.md#conversation-per-speaker}). Immutable.
 *
 * <p>Only timed turns take part (a turn is timed when it holds a timed word or filler; it spans its first
 * timed start to its last timed end, in document order). Whenever the speaker changes between two
 * consecutive timed turns {@code k, k+1}, turn {@code k+1} is a <em>response</em> by its speaker with
 * {@code gap = start(k+1) − end(k)}; it <em>interrupts</em> the speaker of turn {@code k} when {@code gap < 0}
 * and {@code min(end(k), end(k+1)) − start(k+1) ≥ max(1, interruptionMs)}.
 *
 * @param longestTurnMs the largest length over the speaker's timed turns; empty when it has none
 * @param wordsPerMin {@code (double) words / ((double) talkMs / 60000.0)}; 0 when {@code talkMs == 0}
 * @param responses responses made by the speaker
 * @param responseGapMean {@code (double) Σ gap / responses} (the sum exact in {@code long}); empty when none
 * @param responseGapP50 nearest-rank median of the gaps (rank {@code ceil(n / 2)}); empty when none
 * @param interruptions interruptions made by the speaker
 * @param interrupted interruptions suffered by the speaker
 */
public record SpeakerConversation(
    OptionalLong longestTurnMs,
    double wordsPerMin,
    long responses,
    OptionalDouble responseGapMean,
    OptionalLong responseGapP50,
    long interruptions,
    long interrupted) {

  public SpeakerConversation {
    Objects.requireNonNull(longestTurnMs, "longestTurnMs");
    Objects.requireNonNull(responseGapMean, "responseGapMean");
    Objects.requireNonNull(responseGapP50, "responseGapP50");
  }
}
