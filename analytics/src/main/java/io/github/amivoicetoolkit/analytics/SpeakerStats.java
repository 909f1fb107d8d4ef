package io.github.amivoicetoolkit.analytics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The figures of one speaker ({@code docs/figures.md#per-speaker-figures}). Immutable.
 *
 * <p>Floating-point figures are computed exactly so:
 * <ul>
 *   <li>{@code share = (double) talkMs / (double) Σ talkMs} of all speakers, 0 when nothing is timed; if the
 *       shares added left to right in speaker order do not give exactly {@code 1.0}, the last speaker with
 *       {@code talkMs > 0} gets {@code 1.0 - (left-to-right sum of the shares before it)} instead, which
 *       makes the sum exactly 1 (see {@link TranscriptStats});
 *   <li>{@code meanTurnMs = (double) Σ turn lengths / (double) timed turns}, the sum taken in exact long
 *       arithmetic, a turn's length being its last timed token's end minus its first timed token's start
 *       in document order; empty when no turn has a timed token;
 *   <li>{@code charsPerMin = (double) chars / ((double) talkMs / 60000.0)}; 0 when {@code talkMs == 0}.
 * </ul>
 *
 * @param speaker the speaker's name after renaming ({@code ""} is the unknown speaker)
 * @param talkMs length of the union of the speaker's timed word and filler tokens
 * @param share {@code talkMs} over the sum of all speakers' {@code talkMs}
 * @param turns maximal runs of consecutive word/filler tokens of this speaker, in document order
 * @param meanTurnMs mean length of the turns that contain a timed token
 * @param words word tokens
 * @param chars code points of {@code written} over word tokens
 * @param charsPerMin characters per minute of talk time
 * @param fillers filler tokens
 * @param confidence statistics over the speaker's word tokens that carry a confidence
 * @param conversation longest turn, speaking rate, responses and interruptions
 */
public record SpeakerStats(
    String speaker,
    long talkMs,
    double share,
    long turns,
    OptionalDouble meanTurnMs,
    long words,
    long chars,
    double charsPerMin,
    long fillers,
    ConfidenceStats confidence,
    SpeakerConversation conversation) {

  public SpeakerStats {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(meanTurnMs, "meanTurnMs");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(conversation, "conversation");
  }
}
