package io.github.amivoicetoolkit.testkit;

import java.util.SplittableRandom;

/**
 * Makes up a conversation one utterance at a time: who speaks, what they say, and when each token
 * starts and ends. Its state is fixed in size (the current and the previous utterance), so a model
 * can run through any length of audio; two models built from the same options and seed produce the
 * same utterances, which is how the writer replays the conversation for the top-level {@code text}
 * and for the sentiment segments instead of holding anything back.
 *
 * <p>All times are integer milliseconds, multiples of 4 as in real results.
 */
final class UtteranceModel {
  /** Silence before the first utterance, at most. */
  private static final int LEADING_SILENCE_MS = 2_000;

  private final SyntheticResults options;
  private final Grammar grammar;
  private final SplittableRandom random;
  private final long audioMs;
  /** Milliseconds per mora (Japanese) or syllable (English), per speaker. */
  private final int[] beatMs;
  /** How likely each speaker is to take the floor. */
  private final double[] talkativeness;

  private final WordSequence sequence = new WordSequence();
  final long[] startMs = new long[WordSequence.CAPACITY];
  final long[] endMs = new long[WordSequence.CAPACITY];
  final boolean[] timed = new boolean[WordSequence.CAPACITY];
  final boolean[] labelled = new boolean[WordSequence.CAPACITY];
  /** Token confidence in hundredths. */
  final int[] confidence = new int[WordSequence.CAPACITY];
  /** Whether a confidence of exactly 1 is spelled {@code 1.0} rather than {@code 1}. */
  final boolean[] pointZero = new boolean[WordSequence.CAPACITY];

  // the current utterance
  int index = -1;
  int tokenCount;
  int speaker;
  long utteranceStartMs;
  long utteranceEndMs;
  long firstTimedStartMs;
  long lastTimedEndMs;
  /** Utterance confidence in thousandths. */
  int utteranceConfidence;
  boolean utterancePointZero;
  boolean overlapsPrevious;

  private boolean exhausted;
  private int speakersSeen;
  private int turnRemaining;
  /** The latest end of any utterance so far; the next one starts after it unless it overlaps. */
  private long timelineMs;
  private long previousStartMs;
  private long previousFirstTimedMs;
  private long previousLastTimedMs;

  UtteranceModel(SyntheticResults options, long seed) {
    this.options = options;
    this.grammar =
        options.language() == SyntheticResults.Language.JAPANESE
            ? JapaneseGrammar.INSTANCE
            : EnglishGrammar.INSTANCE;
    this.random = new SplittableRandom(seed);
    this.audioMs = options.audioMs();
    int speakers = options.speakers();
    this.beatMs = new int[speakers];
    this.talkativeness = new double[speakers];
    boolean japanese = options.language() == SyntheticResults.Language.JAPANESE;
    for (int s = 0; s < speakers; s++) {
      beatMs[s] = japanese ? 66 + random.nextInt(22) : 165 + random.nextInt(50);
      talkativeness[s] = 0.4 + random.nextDouble() * 1.6;
    }
    this.timelineMs = random.nextInt(LEADING_SILENCE_MS);
  }

  boolean spaced() {
    return grammar.spaced();
  }

  Word word(int token) {
    return sequence.words[token];
  }

  /** The written form of {@code token} as it appears in the result (capitalised at sentence start). */
  byte[] written(int token) {
    return sequence.capitalized[token] ? sequence.words[token].capitalized : sequence.words[token].written;
  }

  /** Moves to the next utterance; {@code false} once the next one would run past the audio's end. */
  boolean next() {
    if (exhausted) {
      return false;
    }
    boolean first = index < 0;
    boolean overlap =
        !first
            && options.speakers() > 1
            && random.nextDouble() < options.overlapRate()
            && previousLastTimedMs - previousFirstTimedMs >= 140;
    // asked-for interruptions draw from the random source only when asked for, so that documents made
    // without them stay byte-identical
    boolean interruption =
        !first
            && !overlap
            && options.interruptionRate() > 0
            && options.speakers() > 1
            && random.nextDouble() < options.interruptionRate()
            && previousLastTimedMs - previousFirstTimedMs >= 1_240;
    boolean switched = false;
    if (first) {
      speaker = 0;
      speakersSeen = 1;
      turnRemaining = turnLength();
    } else if (overlap || interruption || turnRemaining == 0 || options.speakers() > 1 && random.nextInt(25) == 0) {
      // besides turns running out and interruptions, now and then someone simply cuts in
      if (options.speakers() > 1) {
        speaker = nextSpeaker();
        switched = true;
      }
      turnRemaining = turnLength();
    }
    turnRemaining--;

    sequence.clear();
    grammar.utterance(random, options.fillers(), sequence);
    tokenCount = sequence.size;

    long leadMs = quantize(80 + random.nextInt(320));
    long firstTokenMs;
    if (interruption) {
      long span = previousLastTimedMs - previousFirstTimedMs;
      long intoPrevious = quantize(1_000 + random.nextInt((int) Math.min(2_000, span - 1_240) + 1));
      firstTokenMs = previousLastTimedMs - intoPrevious;
      utteranceStartMs = Math.max(previousStartMs + 4, firstTokenMs - leadMs);
    } else if (overlap) {
      long span = previousLastTimedMs - previousFirstTimedMs;
      long intoPrevious = quantize(100 + random.nextInt((int) Math.min(1_100, span - 140) + 1));
      firstTokenMs = previousLastTimedMs - intoPrevious;
      utteranceStartMs = Math.max(previousStartMs + 4, firstTokenMs - leadMs);
    } else {
      utteranceStartMs = quantize(timelineMs + (first ? 0 : pauseMs(switched)));
      firstTokenMs = utteranceStartMs + leadMs;
    }
    layOut(firstTokenMs);
    long tailMs = random.nextInt(10) < 6 ? 0 : quantize(16 + random.nextInt(460));
    utteranceEndMs = lastTimedEndMs + tailMs;

    chooseConfidences();
    chooseLabels();
    overlapsPrevious = overlap || interruption;

    if (utteranceEndMs > audioMs) {
      exhausted = true;
      return false;
    }
    index++;
    timelineMs = Math.max(timelineMs, utteranceEndMs);
    previousStartMs = utteranceStartMs;
    previousFirstTimedMs = firstTimedStartMs;
    previousLastTimedMs = lastTimedEndMs;
    return true;
  }

  private void layOut(long firstTokenMs) {
    boolean untimedPunctuation = options.untimedPunctuation();
    int beat = beatMs[speaker];
    long clock = firstTokenMs;
    boolean any = false;
    for (int t = 0; t < tokenCount; t++) {
      Word word = sequence.words[t];
      if (word.kind == Word.Kind.PUNCTUATION && untimedPunctuation) {
        timed[t] = false;
        continue;
      }
      if (any && word.kind != Word.Kind.PUNCTUATION && random.nextInt(100) < 10) {
        clock += quantize(16 + random.nextInt(120));
      }
      long durationMs =
          switch (word.kind) {
            case WORD -> word.beats * beat * (80 + random.nextInt(30)) / 100 + 6;
            case FILLER -> word.beats * beat * (130 + random.nextInt(70)) / 100 + 60;
            case PUNCTUATION -> 40 + random.nextInt(240);
          };
      timed[t] = true;
      startMs[t] = clock;
      clock += Math.max(32, quantize(durationMs));
      endMs[t] = clock;
      if (!any) {
        firstTimedStartMs = startMs[t];
        any = true;
      }
    }
    lastTimedEndMs = clock;
  }

  private void chooseConfidences() {
    for (int t = 0; t < tokenCount; t++) {
      Word word = sequence.words[t];
      int roll = random.nextInt(100);
      int hundredths;
      if (word.kind == Word.Kind.FILLER) {
        hundredths = 30 + random.nextInt(50);
      } else if (word.kind == Word.Kind.PUNCTUATION) {
        hundredths = roll < 50 ? 100 : 60 + random.nextInt(40);
      } else if (roll < 62) {
        hundredths = 100;
      } else if (roll < 90) {
        hundredths = 85 + random.nextInt(15);
      } else if (roll < 98) {
        hundredths = 50 + random.nextInt(35);
      } else {
        hundredths = 10 + random.nextInt(40);
      }
      confidence[t] = hundredths;
      pointZero[t] = random.nextBoolean();
    }
    int roll = random.nextInt(100);
    utteranceConfidence =
        roll < 35 ? 1_000 : roll < 92 ? 900 + random.nextInt(100) : 600 + random.nextInt(300);
    utterancePointZero = random.nextBoolean();
  }

  private void chooseLabels() {
    boolean any = false;
    for (int t = 0; t < tokenCount; t++) {
      labelled[t] = options.diarization() && random.nextDouble() >= options.missingLabelRate();
      any |= labelled[t];
    }
    // keep every utterance attributable unless the caller asked for no labels at all
    if (options.diarization() && !any && options.missingLabelRate() < 1) {
      labelled[0] = true;
    }
  }

  private long pauseMs(boolean switched) {
    if (options.silenceRate() > 0 && random.nextDouble() < options.silenceRate()) {
      return 3_000 + random.nextInt(7_001);
    }
    int roll = random.nextInt(100);
    if (switched) {
      return roll < 75
          ? 100 + random.nextInt(600)
          : roll < 92 ? 700 + random.nextInt(800) : 1_500 + random.nextInt(1_500);
    }
    return roll < 87
        ? 200 + random.nextInt(700)
        : roll < 98 ? 1_500 + random.nextInt(1_500) : 3_000 + random.nextInt(5_000);
  }

  private int turnLength() {
    int length = 1;
    while (length < 12 && random.nextInt(3) != 0) {
      length++;
    }
    return length;
  }

  /** Another speaker, weighted by talkativeness; labels are numbered in order of first appearance. */
  private int nextSpeaker() {
    int candidates = Math.min(speakersSeen + 1, options.speakers());
    double total = 0;
    for (int s = 0; s < candidates; s++) {
      if (s != speaker) {
        total += talkativeness[s];
      }
    }
    double point = random.nextDouble() * total;
    int chosen = -1;
    for (int s = 0; s < candidates; s++) {
      if (s != speaker) {
        chosen = s;
        point -= talkativeness[s];
        if (point < 0) {
          break;
        }
      }
    }
    speakersSeen = Math.max(speakersSeen, chosen + 1);
    return chosen;
  }

  private static long quantize(long ms) {
    return (ms + 3) & ~3L;
  }
}
