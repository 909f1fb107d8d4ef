package io.github.amivoicetoolkit.testkit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * A deterministic generator of realistic AmiVoice async recognition results ({@code status:
 * "completed"}), for tests and benchmarks that need inputs of any size without committing them.
 *
 * <p>The document has exactly the vendor's shape and field order, pretty-printed with 4-space
 * indentation like the documentation's samples: job fields, {@code segments} (or, with {@link
 * Builder#compatibleWithSync}, a top-level {@code results}) with one utterance each, {@code
 * utteranceid}, {@code text} (all utterance texts; English ones joined by a space), {@code code},
 * {@code message} and, with {@link Builder#sentiment}, v1 {@code sentiment_analysis}. The conversation
 * is made up: speakers take turns of a few utterances with pauses between them (some longer than 1.5
 * s), occasionally start while the previous speaker is still talking, and say business-meeting
 * sentences from a vocabulary of about 2,000 Japanese (kanji, kana, katakana and a few ASCII words
 * such as {@code www2} and {@code AI}, read in hiragana) or 260 English words. Token times are integer
 * milliseconds, strictly increasing inside an utterance; confidences have two decimals (utterance
 * confidence three), and a confidence of one is written {@code 1} or {@code 1.0} at random, as the
 * two API versions do.
 *
 * <p>This class is immutable and thread-safe. The same options always give byte-identical output;
 * {@link #summary()} tells what a document holds without writing or parsing it.
 *
 * <p>Defaults:
 *
 * <table>
 *   <caption>Options and defaults</caption>
 *   <tr><th>option</th><th>default</th></tr>
 *   <tr><td>{@link Builder#seed seed}</td><td>1</td></tr>
 *   <tr><td>{@link Builder#minutes minutes} of audio (0 &lt; m ≤ 60,000)</td><td>10</td></tr>
 *   <tr><td>{@link Builder#speakers speakers} (1–20)</td><td>2</td></tr>
 *   <tr><td>{@link Builder#language language}</td><td>{@link Language#JAPANESE}</td></tr>
 *   <tr><td>{@link Builder#untimedPunctuation untimedPunctuation}</td>
 *       <td>{@code true} for English, {@code false} for Japanese</td></tr>
 *   <tr><td>{@link Builder#diarization diarization}</td><td>{@code true}</td></tr>
 *   <tr><td>{@link Builder#missingLabelRate missingLabelRate}</td><td>0.02</td></tr>
 *   <tr><td>{@link Builder#fillers fillers}</td><td>{@code false}</td></tr>
 *   <tr><td>{@link Builder#sentiment sentiment}</td><td>{@code false}</td></tr>
 *   <tr><td>{@link Builder#compatibleWithSync compatibleWithSync}</td><td>{@code false}</td></tr>
 *   <tr><td>{@link Builder#overlapRate overlapRate}</td><td>0.05</td></tr>
 *   <tr><td>{@link Builder#interruptionRate interruptionRate}</td><td>0</td></tr>
 *   <tr><td>{@link Builder#silenceRate silenceRate}</td><td>0</td></tr>
 * </table>
 *
 * <p>Size, measured with seed 1, 4 speakers, Japanese, sentiment on:
 *
 * <table>
 *   <caption>Measured output</caption>
 *   <tr><th>audio</th><th>utterances</th><th>tokens</th><th>sentiment segments</th>
 *       <th>bytes</th><th>without sentiment</th></tr>
 *   <tr><td>90 min</td><td>1,115</td><td>21,641</td><td>2,339</td><td>10.0 MB</td>
 *       <td>8.2 MB</td></tr>
 *   <tr><td>10 h</td><td>7,619</td><td>143,866</td><td>15,718</td><td>67.3 MB</td>
 *       <td>54.8 MB</td></tr>
 * </table>
 *
 * <p>Speech is brisk conversational Japanese (about 280 tokens and 475 characters a minute while
 * speaking, utterances covering 85% of the audio), tuned to give about 150,000 tokens in ten hours. At the samples' indentation one token takes about 330 bytes, so that many
 * tokens cannot fit in much less than 50 MB. Ten hours of English give about 110,000 tokens and
 * 40 MB. The 10-hour document gzips to 4.4 MB.
 *
 * <p>Writing streams through a 64 KiB buffer and keeps the state of two utterances, whatever the
 * length: writing ten hours, or a hundred, allocates about 100 KB and runs in a 16 MB heap. The top-level {@code text} and
 * {@code sentiment_analysis}, which come after {@code segments}, are produced by replaying the
 * conversation from the seed rather than by remembering it.
 */
public final class SyntheticResults {
  /** The recognition engine's language: it decides vocabulary, spacing and punctuation timing. */
  public enum Language {
    JAPANESE,
    ENGLISH
  }

  /** Longest audio accepted, in minutes (1,000 hours): far beyond any test, well inside a long. */
  static final double MAX_MINUTES = 60_000;

  private static final int MAX_SPEAKERS = 20;
  /** 16 kHz, 16-bit mono PCM: what {@code audio_size} reports for the made-up audio. */
  private static final long WAV_BYTES_PER_MS = 32;
  private static final long WAV_HEADER_BYTES = 44;

  private final long seed;
  private final double minutes;
  private final int speakers;
  private final Language language;
  private final boolean untimedPunctuation;
  private final boolean untimedPunctuationSet;
  private final double missingLabelRate;
  private final boolean diarization;
  private final boolean fillers;
  private final boolean sentiment;
  private final boolean compatibleWithSync;
  private final double overlapRate;
  private final double interruptionRate;
  private final double silenceRate;
  private final boolean pretty;
  private final long modelSeed;
  private final long sentimentSeed;
  private final long idSeed;

  private SyntheticResults(Builder builder) {
    seed = builder.seed;
    minutes = builder.minutes;
    speakers = builder.speakers;
    language = builder.language;
    untimedPunctuationSet = builder.untimedPunctuation != null;
    untimedPunctuation =
        untimedPunctuationSet ? builder.untimedPunctuation : language == Language.ENGLISH;
    missingLabelRate = builder.missingLabelRate;
    diarization = builder.diarization;
    fillers = builder.fillers;
    sentiment = builder.sentiment;
    compatibleWithSync = builder.compatibleWithSync;
    overlapRate = builder.overlapRate;
    interruptionRate = builder.interruptionRate;
    silenceRate = builder.silenceRate;
    pretty = builder.pretty;
    SplittableRandom seeds = new SplittableRandom(seed);
    modelSeed = seeds.nextLong();
    sentimentSeed = seeds.nextLong();
    idSeed = seeds.nextLong();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to derive a variant. */
  public Builder toBuilder() {
    Builder builder =
        new Builder()
            .seed(seed)
            .minutes(minutes)
            .speakers(speakers)
            .language(language)
            .missingLabelRate(missingLabelRate)
            .diarization(diarization)
            .fillers(fillers)
            .sentiment(sentiment)
            .compatibleWithSync(compatibleWithSync)
            .overlapRate(overlapRate)
            .interruptionRate(interruptionRate)
            .silenceRate(silenceRate)
            .pretty(pretty);
    if (untimedPunctuationSet) {
      builder.untimedPunctuation(untimedPunctuation);
    }
    return builder;
  }

  /**
   * Writes the document to {@code out}, streaming: memory use does not grow with its length. Flushes
   * {@code out} at the end but does not close it.
   */
  public void writeTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    ByteSink sink = new ByteSink(out);
    new ResultDocumentWriter(this, sink).write();
    sink.flush();
  }

  /**
   * Writes the document to {@code file}, gzip-compressed when its name ends in {@code .gz}. The file
   * appears only when complete: it is written under a temporary name next to it, then moved.
   */
  public void writeTo(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path target = file.toAbsolutePath();
    String name = target.getFileName().toString();
    // not Files.createTempFile: its owner-only permissions would stick to the moved file
    Path partial = target.resolveSibling(name + "." + Long.toHexString(System.nanoTime()) + ".part");
    try {
      try (OutputStream out = open(partial, name.endsWith(".gz"))) {
        writeTo(out);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static OutputStream open(Path path, boolean gzip) throws IOException {
    OutputStream file = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW);
    if (!gzip) {
      return new BufferedOutputStream(file, 1 << 16);
    }
    try {
      return new GZIPOutputStream(file, 1 << 16);
    } catch (IOException | RuntimeException e) {
      file.close();
      throw e;
    }
  }

  /**
   * What {@link #writeTo} writes, counted by running the conversation without formatting it — a few
   * milliseconds per hour of audio.
   */
  public Summary summary() {
    UtteranceModel model = new UtteranceModel(this, modelSeed);
    SentimentPlanner planner = sentiment ? new SentimentPlanner(sentimentSeed) : null;
    Summary.Counter counter = new Summary.Counter();
    while (model.next()) {
      counter.add(model);
      if (planner != null) {
        planner.begin(model);
        while (planner.next()) {
          counter.sentimentSegments++;
        }
      }
    }
    return counter.summary();
  }

  /** Number of bytes {@link #writeTo(OutputStream)} writes; formats the whole document to count them. */
  public long countBytes() {
    ByteSink sink = new ByteSink(null);
    try {
      new ResultDocumentWriter(this, sink).write();
    } catch (IOException e) {
      throw new AssertionError("a sink without a stream cannot fail", e);
    }
    return sink.count();
  }

  public long seed() {
    return seed;
  }

  public double minutes() {
    return minutes;
  }

  public int speakers() {
    return speakers;
  }

  public Language language() {
    return language;
  }

  /** True for the vendor documentation's 4-space indentation, false for the API's compact JSON. */
  public boolean pretty() {
    return pretty;
  }

  public boolean untimedPunctuation() {
    return untimedPunctuation;
  }

  public double missingLabelRate() {
    return missingLabelRate;
  }

  public boolean diarization() {
    return diarization;
  }

  public boolean fillers() {
    return fillers;
  }

  public boolean sentiment() {
    return sentiment;
  }

  public boolean compatibleWithSync() {
    return compatibleWithSync;
  }

  public double overlapRate() {
    return overlapRate;
  }

  public double interruptionRate() {
    return interruptionRate;
  }

  public double silenceRate() {
    return silenceRate;
  }

  /** Length of the made-up audio in milliseconds; no utterance ends after it. */
  public long audioMs() {
    return Math.round(minutes * 60_000);
  }

  /** The {@code audio_size} written: a 16 kHz, 16-bit mono WAV file of {@link #audioMs()}. */
  public long audioBytes() {
    return WAV_HEADER_BYTES + audioMs() * WAV_BYTES_PER_MS;
  }

  long modelSeed() {
    return modelSeed;
  }

  long sentimentSeed() {
    return sentimentSeed;
  }

  long idSeed() {
    return idSeed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyntheticResults that
        && seed == that.seed
        && Double.compare(minutes, that.minutes) == 0
        && speakers == that.speakers
        && language == that.language
        && untimedPunctuation == that.untimedPunctuation
        && Double.compare(missingLabelRate, that.missingLabelRate) == 0
        && diarization == that.diarization
        && fillers == that.fillers
        && sentiment == that.sentiment
        && compatibleWithSync == that.compatibleWithSync
        && Double.compare(overlapRate, that.overlapRate) == 0
        && Double.compare(interruptionRate, that.interruptionRate) == 0
        && Double.compare(silenceRate, that.silenceRate) == 0
        && pretty == that.pretty;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        seed, minutes, speakers, language, untimedPunctuation, missingLabelRate, diarization,
        fillers, sentiment, compatibleWithSync, overlapRate, interruptionRate, silenceRate, pretty);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "SyntheticResults{seed=%d, minutes=%s, speakers=%d, language=%s, untimedPunctuation=%s, "
            + "missingLabelRate=%s, diarization=%s, fillers=%s, sentiment=%s, "
            + "compatibleWithSync=%s, overlapRate=%s, interruptionRate=%s, silenceRate=%s, pretty=%s}",
        seed, minutes, speakers, language, untimedPunctuation, missingLabelRate, diarization,
        fillers, sentiment, compatibleWithSync, overlapRate, interruptionRate, silenceRate, pretty);
  }

  /** Collects options; every setter rejects a bad value at once, naming it. */
  public static final class Builder {
    private long seed = 1;
    private double minutes = 10;
    private int speakers = 2;
    private Language language = Language.JAPANESE;
    private Boolean untimedPunctuation;
    private double missingLabelRate = 0.02;
    private boolean diarization = true;
    private boolean fillers;
    private boolean sentiment;
    private boolean compatibleWithSync;
    private double overlapRate = 0.05;
    private double interruptionRate;
    private double silenceRate;
    private boolean pretty = true;

    private Builder() {}

    /** Seeds every random choice; default 1. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Length of the audio in minutes, more than 0 and at most 60,000; default 10. */
    public Builder minutes(double minutes) {
      if (!(minutes > 0)) {
        throw new IllegalArgumentException("minutes <= 0: " + minutes);
      }
      if (minutes > MAX_MINUTES) {
        throw new IllegalArgumentException("minutes > " + (long) MAX_MINUTES + ": " + minutes);
      }
      this.minutes = minutes;
      return this;
    }

    /** Number of speakers taking part, 1 to 20; default 2. Labels are numbered by first appearance. */
    public Builder speakers(int speakers) {
      if (speakers < 1) {
        throw new IllegalArgumentException("speakers < 1: " + speakers);
      }
      if (speakers > MAX_SPEAKERS) {
        throw new IllegalArgumentException("speakers > " + MAX_SPEAKERS + ": " + speakers);
      }
      this.speakers = speakers;
      return this;
    }

    /** Language of the vocabulary; default Japanese. */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Whether punctuation tokens lack {@code starttime}, {@code endtime} and {@code confidence}, as
     * non-Japanese engines write them; default {@code true} for English, {@code false} for Japanese.
     */
    /**
     * Indent like the vendor's documentation ({@code true}, the default) or write compact JSON like
     * the API's own answers ({@code false}: about a third of the bytes).
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    public Builder untimedPunctuation(boolean untimedPunctuation) {
      this.untimedPunctuation = untimedPunctuation;
      return this;
    }

    /**
     * Share of tokens written without {@code label} while diarization is on, 0 to 1; default 0.02.
     * Below 1, every utterance keeps at least one labelled token, so each token's speaker can still be
     * inferred.
     */
    public Builder missingLabelRate(double missingLabelRate) {
      this.missingLabelRate = rate("missingLabelRate", missingLabelRate);
      return this;
    }

    /** Whether tokens carry {@code label} ({@code speaker0}, {@code speaker1}, …); default {@code true}. */
    public Builder diarization(boolean diarization) {
      this.diarization = diarization;
      return this;
    }

    /**
     * Whether kept fillers ({@code keepFillerToken=1}) appear: {@code %えーと%} or {@code %um%} in
     * {@code written}, {@code spoken} and the texts; default {@code false}.
     */
    public Builder fillers(boolean fillers) {
      this.fillers = fillers;
      return this;
    }

    /**
     * Whether a v1 {@code sentiment_analysis} block follows, about one segment per two seconds of
     * speech with all 20 parameters in the vendor's order; default {@code false}.
     */
    public Builder sentiment(boolean sentiment) {
      this.sentiment = sentiment;
      return this;
    }

    /**
     * Whether utterances sit in a top-level {@code results} array ({@code compatibleWithSync=True})
     * instead of {@code segments}; default {@code false}.
     */
    public Builder compatibleWithSync(boolean compatibleWithSync) {
      this.compatibleWithSync = compatibleWithSync;
      return this;
    }

    /**
     * Share of utterances that start while the previous utterance, by another speaker, is still
     * being spoken (their tokens overlap in time), 0 to 1; default 0.05. No effect with one speaker.
     */
    public Builder overlapRate(double overlapRate) {
      this.overlapRate = rate("overlapRate", overlapRate);
      return this;
    }

    /**
     * Share of utterances that cut into the previous utterance, by another speaker, by a second or more
     * (1 to 3 s before its last token ends, as far as that utterance is long enough): interruptions on
     * demand, for the conversation figures. 0 to 1; default 0, which leaves the documents of every seed
     * exactly as they were. No effect with one speaker.
     */
    public Builder interruptionRate(double interruptionRate) {
      this.interruptionRate = rate("interruptionRate", interruptionRate);
      return this;
    }

    /**
     * Share of pauses between utterances that are long silences of 3 to 10 seconds (contact-centre "dead
     * air"), 0 to 1; default 0, which leaves the documents of every seed exactly as they were.
     */
    public Builder silenceRate(double silenceRate) {
      this.silenceRate = rate("silenceRate", silenceRate);
      return this;
    }

    public SyntheticResults build() {
      return new SyntheticResults(this);
    }

    private static double rate(String name, double rate) {
      if (Double.isNaN(rate)) {
        throw new IllegalArgumentException(name + " is NaN");
      }
      if (rate < 0) {
        throw new IllegalArgumentException(name + " < 0: " + rate);
      }
      if (rate > 1) {
        throw new IllegalArgumentException(name + " > 1: " + rate);
      }
      return rate;
    }
  }

  /**
   * The ground truth of one generated document, for asserting what a reader or an analysis made of
   * it. Counts are over the whole document; times are integer milliseconds.
   */
  public static final class Summary {
    private final long utterances;
    private final long tokens;
    private final long wordTokens;
    private final long punctuationTokens;
    private final long fillerTokens;
    private final long unlabelledTokens;
    private final long untimedTokens;
    private final int speakers;
    private final long overlappingUtterances;
    private final long billableMs;
    private final long spanMs;
    private final long sentimentSegments;

    private Summary(Counter counter) {
      utterances = counter.utterances;
      tokens = counter.wordTokens + counter.punctuationTokens + counter.fillerTokens;
      wordTokens = counter.wordTokens;
      punctuationTokens = counter.punctuationTokens;
      fillerTokens = counter.fillerTokens;
      unlabelledTokens = counter.unlabelledTokens;
      untimedTokens = counter.untimedTokens;
      int labels = 0;
      for (boolean labelled : counter.speakerLabelled) {
        labels += labelled ? 1 : 0;
      }
      speakers = labels;
      overlappingUtterances = counter.overlappingUtterances;
      billableMs = counter.billableMs;
      spanMs = counter.utterances == 0 ? 0 : counter.lastEndMs - counter.firstStartMs;
      sentimentSegments = counter.sentimentSegments;
    }

    /** Number of utterances: elements of {@code segments} (or of top-level {@code results}). */
    public long utterances() {
      return utterances;
    }

    /** Number of tokens of every kind. */
    public long tokens() {
      return tokens;
    }

    /** Tokens that are neither punctuation nor fillers. */
    public long wordTokens() {
      return wordTokens;
    }

    /** Tokens whose {@code spoken} is {@code "_"}. */
    public long punctuationTokens() {
      return punctuationTokens;
    }

    /** Kept fillers such as {@code %えーと%}. */
    public long fillerTokens() {
      return fillerTokens;
    }

    /** Tokens written without {@code label}: all of them when diarization is off. */
    public long unlabelledTokens() {
      return unlabelledTokens;
    }

    /** Tokens written without {@code starttime}, {@code endtime} and {@code confidence}. */
    public long untimedTokens() {
      return untimedTokens;
    }

    /** Distinct {@code label} values written: 0 when diarization is off. */
    public int speakers() {
      return speakers;
    }

    /** Utterances whose tokens start before the previous utterance's (another speaker's) end. */
    public long overlappingUtterances() {
      return overlappingUtterances;
    }

    /** Σ over utterances of {@code endtime − starttime} of {@code results[0]}. */
    public long billableMs() {
      return billableMs;
    }

    /** Last utterance's {@code endtime} − first utterance's {@code starttime}; 0 without utterances. */
    public long spanMs() {
      return spanMs;
    }

    /** Segments of {@code sentiment_analysis}: 0 when sentiment is off. */
    public long sentimentSegments() {
      return sentimentSegments;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "Summary{utterances=%d, tokens=%d, wordTokens=%d, punctuationTokens=%d, fillerTokens=%d, "
              + "unlabelledTokens=%d, untimedTokens=%d, speakers=%d, overlappingUtterances=%d, "
              + "billableMs=%d, spanMs=%d, sentimentSegments=%d}",
          utterances, tokens, wordTokens, punctuationTokens, fillerTokens, unlabelledTokens,
          untimedTokens, speakers, overlappingUtterances, billableMs, spanMs, sentimentSegments);
    }

    /** Adds up utterances as a model produces them. */
    static final class Counter {
      private final boolean[] speakerLabelled = new boolean[MAX_SPEAKERS];
      private long utterances;
      private long wordTokens;
      private long punctuationTokens;
      private long fillerTokens;
      private long unlabelledTokens;
      private long untimedTokens;
      private long overlappingUtterances;
      private long billableMs;
      private long firstStartMs;
      private long lastEndMs;
      long sentimentSegments;

      void add(UtteranceModel utterance) {
        if (utterances == 0) {
          firstStartMs = utterance.utteranceStartMs;
        }
        utterances++;
        lastEndMs = utterance.utteranceEndMs;
        billableMs += utterance.utteranceEndMs - utterance.utteranceStartMs;
        if (utterance.overlapsPrevious) {
          overlappingUtterances++;
        }
        for (int t = 0; t < utterance.tokenCount; t++) {
          switch (utterance.word(t).kind) {
            case WORD -> wordTokens++;
            case PUNCTUATION -> punctuationTokens++;
            case FILLER -> fillerTokens++;
          }
          if (utterance.labelled[t]) {
            speakerLabelled[utterance.speaker] = true;
          } else {
            unlabelledTokens++;
          }
          if (!utterance.timed[t]) {
            untimedTokens++;
          }
        }
      }

      Summary summary() {
        return new Summary(this);
      }
    }
  }
}
