package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.Transcript;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What to write into subtitle and transcript files. Immutable; {@link #defaults()} is:
 * profile chosen from the text's script ({@link SubtitleProfile#forText}), no override of any of its
 * limits, fillers dropped, no time offset, no word timing, no furigana, no speaker-name prefix in WebVTT,
 * no {@code NOTE} and no {@code STYLE} block. Speakers are shown as the transcript names them: rename them
 * with {@code Transcript.withSpeakerNames}.
 *
 * <p>The options map one to one onto {@code amivoice convert}: {@code --profile ja|en} →
 * {@link Builder#profile(SubtitleProfile)} with {@link SubtitleProfile#named(String)};
 * {@code --max-line-width N} → {@link Builder#maxLineWidth(double)}; {@code --max-lines N} →
 * {@link Builder#maxLines(int)}; {@code --min-duration}, {@code --max-duration}, {@code --min-gap},
 * {@code --max-gap} → {@link Builder#minDurationMs(int)}, {@link Builder#maxDurationMs(int)},
 * {@link Builder#minGapMs(int)}, {@link Builder#maxGapMs(int)}; {@code --max-cps} →
 * {@link Builder#maxCharsPerSecond(double)}; {@code --merge-short}/{@code --no-merge-short} →
 * {@link Builder#mergeShortCues(Boolean)}; {@code --offset} → {@link Builder#offsetMs(long)};
 * {@code --words} → {@link Builder#wordTiming(boolean)}; {@code --ruby} → {@link Builder#ruby(boolean)};
 * {@code --speaker-prefix} → {@link Builder#speakerPrefix(boolean)}; {@code --fillers} →
 * {@link Builder#includeFillers(boolean)}.
 */
public final class SubtitleOptions {
  /** The largest offset accepted either way: 1000 hours. */
  public static final long MAX_OFFSET_MS = 3_600_000_000L;

  private static final SubtitleOptions DEFAULTS = builder().build();

  private final SubtitleProfile profile;
  private final Double maxLineWidth;
  private final Integer maxLines;
  private final Integer minDurationMs;
  private final Integer maxDurationMs;
  private final Integer minGapMs;
  private final Integer maxGapMs;
  private final Double maxCharsPerSecond;
  private final Boolean mergeShortCues;
  private final long offsetMs;
  private final boolean includeFillers;
  private final boolean wordTiming;
  private final boolean ruby;
  private final boolean speakerPrefix;
  private final boolean noteMetadata;
  private final boolean speakerColours;

  private SubtitleOptions(Builder b) {
    this.profile = b.profile;
    this.maxLineWidth = b.maxLineWidth;
    this.maxLines = b.maxLines;
    this.minDurationMs = b.minDurationMs;
    this.maxDurationMs = b.maxDurationMs;
    this.minGapMs = b.minGapMs;
    this.maxGapMs = b.maxGapMs;
    this.maxCharsPerSecond = b.maxCharsPerSecond;
    this.mergeShortCues = b.mergeShortCues;
    this.offsetMs = b.offsetMs;
    this.includeFillers = b.includeFillers;
    this.wordTiming = b.wordTiming;
    this.ruby = b.ruby;
    this.speakerPrefix = b.speakerPrefix;
    this.noteMetadata = b.noteMetadata;
    this.speakerColours = b.speakerColours;
  }

  public static SubtitleOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The profile the user chose; empty to choose from the text of each transcript. */
  public Optional<SubtitleProfile> profile() {
    return Optional.ofNullable(profile);
  }

  /** The line-width override in the profile's unit; empty for the profile's own. */
  public OptionalDouble maxLineWidth() {
    return maxLineWidth == null ? OptionalDouble.empty() : OptionalDouble.of(maxLineWidth);
  }

  /** The line-count override; empty for the profile's own. */
  public OptionalInt maxLines() {
    return maxLines == null ? OptionalInt.empty() : OptionalInt.of(maxLines);
  }

  /** Override of {@link SubtitleProfile#minCueDurationMs()}; empty for the profile's own. */
  public OptionalInt minDurationMs() {
    return minDurationMs == null ? OptionalInt.empty() : OptionalInt.of(minDurationMs);
  }

  /** Override of {@link SubtitleProfile#maxCueDurationMs()}; empty for the profile's own. */
  public OptionalInt maxDurationMs() {
    return maxDurationMs == null ? OptionalInt.empty() : OptionalInt.of(maxDurationMs);
  }

  /** Override of {@link SubtitleProfile#minGapMs()}; empty for the profile's own. */
  public OptionalInt minGapMs() {
    return minGapMs == null ? OptionalInt.empty() : OptionalInt.of(minGapMs);
  }

  /** Override of {@link SubtitleProfile#maxPauseMs()}, the pause that splits a cue; empty for the profile's own. */
  public OptionalInt maxGapMs() {
    return maxGapMs == null ? OptionalInt.empty() : OptionalInt.of(maxGapMs);
  }

  /** Override of {@link SubtitleProfile#maxReadingSpeed()}; empty for the profile's own. */
  public OptionalDouble maxCharsPerSecond() {
    return maxCharsPerSecond == null ? OptionalDouble.empty() : OptionalDouble.of(maxCharsPerSecond);
  }

  /** Override of {@link SubtitleProfile#mergeShortCues()}; empty for the profile's own. */
  public Optional<Boolean> mergeShortCues() {
    return Optional.ofNullable(mergeShortCues);
  }

  /** Added to every time written (subtitles and text); a time that would be negative becomes 0. */
  public long offsetMs() {
    return offsetMs;
  }

  /**
   * The profile for one transcript: the chosen one or {@link SubtitleProfile#forText}, with the
   * overrides on top.
   *
   * @throws IllegalArgumentException when an override does not suit the profile (a line width in half
   *     characters for {@code en}, a minimum duration over the maximum)
   */
  public SubtitleProfile profileFor(Transcript transcript) {
    return withOverrides(profile != null ? profile : SubtitleProfile.forText(transcript), true);
  }

  private SubtitleProfile withOverrides(SubtitleProfile base, boolean lineWidth) {
    if ((maxLineWidth == null || !lineWidth) && maxLines == null && minDurationMs == null && maxDurationMs == null
        && minGapMs == null && maxGapMs == null && maxCharsPerSecond == null && mergeShortCues == null) {
      return base;
    }
    SubtitleProfile.Builder custom = base.toBuilder();
    if (maxLineWidth != null && lineWidth) {
      custom.maxLineWidth(maxLineWidth);
    }
    if (maxLines != null) {
      custom.maxLines(maxLines);
    }
    if (minDurationMs != null) {
      custom.minCueDurationMs(minDurationMs);
    }
    if (maxDurationMs != null) {
      custom.maxCueDurationMs(maxDurationMs);
    }
    if (minGapMs != null) {
      custom.minGapMs(minGapMs);
    }
    if (maxGapMs != null) {
      custom.maxPauseMs(maxGapMs);
    }
    if (maxCharsPerSecond != null) {
      custom.maxReadingSpeed(maxCharsPerSecond);
    }
    if (mergeShortCues != null) {
      custom.mergeShortCues(mergeShortCues);
    }
    return custom.build();
  }

  /** Whether kept fillers ({@code %えーと%}) are shown, without their percent signs. */
  public boolean includeFillers() {
    return includeFillers;
  }

  /** WebVTT and ASS: word timing ("karaoke": inline timestamps in WebVTT, {@code \k} tags in ASS). */
  public boolean wordTiming() {
    return wordTiming;
  }

  /** WebVTT only: furigana ({@code <ruby>}) from each token's reading over words written with kanji. */
  public boolean ruby() {
    return ruby;
  }

  /** WebVTT only: the {@code Name: } prefix SRT shows, in the cue text too (for players that drop {@code <v>}). */
  public boolean speakerPrefix() {
    return speakerPrefix;
  }

  /** WebVTT only: a {@code NOTE} block with the job's session id, status, content id and speakers. */
  public boolean noteMetadata() {
    return noteMetadata;
  }

  /** WebVTT only: a {@code STYLE} block giving each speaker's voice its own colour. */
  public boolean speakerColours() {
    return speakerColours;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubtitleOptions that
        && Objects.equals(profile, that.profile)
        && Objects.equals(maxLineWidth, that.maxLineWidth)
        && Objects.equals(maxLines, that.maxLines)
        && Objects.equals(minDurationMs, that.minDurationMs)
        && Objects.equals(maxDurationMs, that.maxDurationMs)
        && Objects.equals(minGapMs, that.minGapMs)
        && Objects.equals(maxGapMs, that.maxGapMs)
        && Objects.equals(maxCharsPerSecond, that.maxCharsPerSecond)
        && Objects.equals(mergeShortCues, that.mergeShortCues)
        && offsetMs == that.offsetMs
        && includeFillers == that.includeFillers
        && wordTiming == that.wordTiming
        && ruby == that.ruby
        && speakerPrefix == that.speakerPrefix
        && noteMetadata == that.noteMetadata
        && speakerColours == that.speakerColours;
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, maxLineWidth, maxLines, minDurationMs, maxDurationMs, minGapMs, maxGapMs,
        maxCharsPerSecond, mergeShortCues, offsetMs, includeFillers, wordTiming, ruby, speakerPrefix, noteMetadata,
        speakerColours);
  }

  /**
   * Every setting that changes a written file, in a stable text form, the chosen profile's every limit
   * included ({@link SubtitleProfile#fingerprint()}): equal options have equal fingerprints, and a change
   * of any setting changes it. Outputs record it to know whether they are up to date.
   */
  public String fingerprint() {
    return "profile=" + (profile == null ? "auto" : "{" + profile.fingerprint() + "}")
        + ";maxLineWidth=" + orEmpty(maxLineWidth) + ";maxLines=" + orEmpty(maxLines)
        + ";minDurationMs=" + orEmpty(minDurationMs) + ";maxDurationMs=" + orEmpty(maxDurationMs)
        + ";minGapMs=" + orEmpty(minGapMs) + ";maxGapMs=" + orEmpty(maxGapMs)
        + ";maxCps=" + orEmpty(maxCharsPerSecond) + ";mergeShort=" + orEmpty(mergeShortCues)
        + ";offsetMs=" + offsetMs
        + ";fillers=" + includeFillers + ";words=" + wordTiming + ";ruby=" + ruby + ";speakerPrefix=" + speakerPrefix
        + ";note=" + noteMetadata + ";colours=" + speakerColours;
  }

  private static String orEmpty(Object value) {
    return value == null ? "" : value.toString();
  }

  @Override
  public String toString() {
    return "SubtitleOptions{" + fingerprint().replace(';', ' ') + "}";
  }

  public static final class Builder {
    private SubtitleProfile profile;
    private Double maxLineWidth;
    private Integer maxLines;
    private Integer minDurationMs;
    private Integer maxDurationMs;
    private Integer minGapMs;
    private Integer maxGapMs;
    private Double maxCharsPerSecond;
    private Boolean mergeShortCues;
    private long offsetMs;
    private boolean includeFillers;
    private boolean wordTiming;
    private boolean ruby;
    private boolean speakerPrefix;
    private boolean noteMetadata;
    private boolean speakerColours;

    private Builder() {}

    private Builder(SubtitleOptions o) {
      this.profile = o.profile;
      this.maxLineWidth = o.maxLineWidth;
      this.maxLines = o.maxLines;
      this.minDurationMs = o.minDurationMs;
      this.maxDurationMs = o.maxDurationMs;
      this.minGapMs = o.minGapMs;
      this.maxGapMs = o.maxGapMs;
      this.maxCharsPerSecond = o.maxCharsPerSecond;
      this.mergeShortCues = o.mergeShortCues;
      this.offsetMs = o.offsetMs;
      this.includeFillers = o.includeFillers;
      this.wordTiming = o.wordTiming;
      this.ruby = o.ruby;
      this.speakerPrefix = o.speakerPrefix;
      this.noteMetadata = o.noteMetadata;
      this.speakerColours = o.speakerColours;
    }

    /** A fixed profile; null goes back to the automatic choice. */
    public Builder profile(SubtitleProfile profile) {
      this.profile = profile;
      return this;
    }

    /** Overrides the profile's line width (in its unit: full-width characters for ja, characters for en). */
    public Builder maxLineWidth(double width) {
      this.maxLineWidth = SubtitleProfile.checkMaxLineWidth(width);
      return this;
    }

    /** Overrides the profile's lines per cue, 1 to 10. */
    public Builder maxLines(int lines) {
      this.maxLines = SubtitleProfile.checkMaxLines(lines);
      return this;
    }

    /** Overrides the shortest cue, 0 to one hour. */
    public Builder minDurationMs(int ms) {
      SubtitleProfile.ja().toBuilder().minCueDurationMs(ms);
      this.minDurationMs = ms;
      return this;
    }

    /** Overrides the longest cue, 1 ms to one hour. */
    public Builder maxDurationMs(int ms) {
      SubtitleProfile.ja().toBuilder().maxCueDurationMs(ms);
      this.maxDurationMs = ms;
      return this;
    }

    /** Overrides the smallest gap between cues, 0 to one hour. */
    public Builder minGapMs(int ms) {
      SubtitleProfile.ja().toBuilder().minGapMs(ms);
      this.minGapMs = ms;
      return this;
    }

    /** Overrides the longest pause inside a cue (a longer one splits it), 0 to one hour. */
    public Builder maxGapMs(int ms) {
      SubtitleProfile.ja().toBuilder().maxPauseMs(ms);
      this.maxGapMs = ms;
      return this;
    }

    /** Overrides the reading speed limit, characters per second, positive and finite. */
    public Builder maxCharsPerSecond(double charsPerSecond) {
      SubtitleProfile.ja().toBuilder().maxReadingSpeed(charsPerSecond);
      this.maxCharsPerSecond = charsPerSecond;
      return this;
    }

    /** Overrides {@link SubtitleProfile#mergeShortCues()}; null keeps the profile's own. */
    public Builder mergeShortCues(Boolean merge) {
      this.mergeShortCues = merge;
      return this;
    }

    /** Shifts every time, either way, by at most {@link #MAX_OFFSET_MS}; times that would be negative become 0. */
    public Builder offsetMs(long ms) {
      if (Math.abs(ms) > MAX_OFFSET_MS) {
        throw new IllegalArgumentException("offset beyond ±" + MAX_OFFSET_MS + " ms: " + ms);
      }
      this.offsetMs = ms;
      return this;
    }

    public Builder includeFillers(boolean include) {
      this.includeFillers = include;
      return this;
    }

    public Builder wordTiming(boolean on) {
      this.wordTiming = on;
      return this;
    }

    public Builder ruby(boolean on) {
      this.ruby = on;
      return this;
    }

    public Builder speakerPrefix(boolean on) {
      this.speakerPrefix = on;
      return this;
    }

    public Builder noteMetadata(boolean on) {
      this.noteMetadata = on;
      return this;
    }

    public Builder speakerColours(boolean on) {
      this.speakerColours = on;
      return this;
    }

    /**
     * @throws IllegalArgumentException when the overrides do not fit together or with a fixed profile (a
     *     half character in a profile counted in whole characters, a minimum duration over the maximum)
     */
    public SubtitleOptions build() {
      SubtitleOptions options = new SubtitleOptions(this);
      if (profile != null) {
        options.profileFor(null);
      } else {
        // the durations are the same in every standard profile; the line width is checked per transcript
        options.withOverrides(SubtitleProfile.ja(), false);
      }
      return options;
    }
  }
}
