package io.github.amivoicetoolkit.testkit;

import java.util.SplittableRandom;

/**
 * Places v1 {@code sentiment_analysis} segments over the speech of each utterance — about one per two
 * seconds of speech, in time order, never overlapping one another — and draws their 20 parameters.
 *
 * <p>Ranges follow the vendor's app: {@code emo_cog} 1–500, {@code atmosphere} −100–100, {@code energy},
 * {@code concentration}, {@code intensive_thinking} and {@code brain_power} 0–100, the rest 0–30. Values
 * lean low, as in real results.
 */
final class SentimentPlanner {
  /** The parameters in the vendor's order. */
  static final String[] PARAMETERS = {
    "energy", "stress", "emo_cog", "concentration", "anticipation", "excitement", "hesitation",
    "uncertainty", "intensive_thinking", "imagination_activity", "embarrassment", "passionate",
    "brain_power", "confidence", "aggression", "atmosphere", "upset", "content", "dissatisfaction",
    "extreme_emotion"
  };

  private static final int EMO_COG = 2;
  private static final int ATMOSPHERE = 15;
  private static final int MIN_SEGMENT_MS = 300;

  private final SplittableRandom random;
  /** No segment starts before this: the end of the last one plus a gap. */
  private long cursorMs;
  private long utteranceEndMs;

  long startMs;
  long endMs;
  final int[] values = new int[PARAMETERS.length];

  SentimentPlanner(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Starts placing segments over the speech of the model's current utterance. */
  void begin(UtteranceModel utterance) {
    cursorMs = Math.max(cursorMs, utterance.firstTimedStartMs);
    utteranceEndMs = utterance.lastTimedEndMs;
  }

  /** Moves to the next segment of the current utterance; {@code false} when there is none. */
  boolean next() {
    if (utteranceEndMs - cursorMs < MIN_SEGMENT_MS) {
      return false;
    }
    startMs = cursorMs;
    endMs = Math.min(utteranceEndMs, startMs + 4 * (225 + random.nextInt(375)));
    cursorMs = endMs + 4 * (25 + random.nextInt(225));
    for (int p = 0; p < values.length; p++) {
      values[p] = draw(p);
    }
    return true;
  }

  private int draw(int parameter) {
    return switch (parameter) {
      case EMO_COG -> 1 + (random.nextInt(500) + random.nextInt(500)) / 2;
      case ATMOSPHERE -> (random.nextInt(101) + random.nextInt(101)) - 100;
      case 0, 3, 8, 12 -> Math.min(random.nextInt(101), random.nextInt(101));
      default -> Math.min(random.nextInt(31), random.nextInt(31));
    };
  }
}
