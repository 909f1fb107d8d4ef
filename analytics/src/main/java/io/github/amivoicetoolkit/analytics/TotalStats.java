package io.github.amivoicetoolkit.analytics;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The figures over all speakers of one file, or pooled over a batch ({@link BatchStats#total()}).
 * Immutable.
 *
 * <p>{@code talkMs}, {@code turns}, {@code words}, {@code chars} and {@code fillers} are the sums over the
 * speakers; {@code meanTurnMs} and {@code charsPerMin} are recomputed from those sums with the formulas of
 * {@link SpeakerStats}; {@code confidence} is computed over all word confidences in document order. In a
 * batch every count and time is the sum over the files and every mean and percentile is recomputed from
 * the pooled values, in file order then document order.
 *
 * @param talkMs Σ of the speakers' {@code talk_ms}
 * @param speechMs length of the union over all speakers (overlap counted once)
 * @param overlapMs time where two or more different speakers' intervals are active
 * @param utterances number of utterances
 * @param billableMs Σ over utterances of {@code endtime − starttime} of their {@code results[0]}
 * @param spanMs the last utterance's end minus the first utterance's start (document order; utterances
 *     without both times are skipped); 0 when no utterance has both times
 * @param turns Σ of the speakers' turns
 * @param meanTurnMs mean length of all turns that contain a timed token
 * @param words word tokens
 * @param chars code points of {@code written} over word tokens
 * @param charsPerMin {@code (double) chars / ((double) talkMs / 60000.0)}, 0 when {@code talkMs == 0}
 * @param fillers filler tokens
 * @param confidence statistics over all word tokens that carry a confidence
 * @param utteranceConfidence the same statistics over the utterances' {@code results[0].confidence}
 * @param billableRoundedMs {@code billableMs} rounded up to a multiple of the billing unit (each job
 *     rounded on its own; a batch adds the rounded figures); empty when no unit was given
 * @param cost estimated cost, see {@link #cost()}; empty when no price was given
 * @param conversation switches, interruptions, silences and the rest of the conversation figures
 */
public record TotalStats(
    long talkMs,
    long speechMs,
    long overlapMs,
    long utterances,
    long billableMs,
    long spanMs,
    long turns,
    OptionalDouble meanTurnMs,
    long words,
    long chars,
    double charsPerMin,
    long fillers,
    ConfidenceStats confidence,
    ConfidenceStats utteranceConfidence,
    OptionalLong billableRoundedMs,
    Optional<BigDecimal> cost,
    TotalConversation conversation) {

  public TotalStats {
    Objects.requireNonNull(meanTurnMs, "meanTurnMs");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(utteranceConfidence, "utteranceConfidence");
    Objects.requireNonNull(billableRoundedMs, "billableRoundedMs");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(conversation, "conversation");
  }

  /**
   * The cost estimate: {@code pricePerHour × billed ms / 3 600 000}, where billed ms is {@link
   * #billableRoundedMs()} when a unit was given and {@link #billableMs()} otherwise, computed in {@link
   * BigDecimal} with the one division rounded to {@link java.math.MathContext#DECIMAL64} (16 significant
   * digits, half-even). Empty when no price was given.
   */
  @Override
  public Optional<BigDecimal> cost() {
    return cost;
  }
}
