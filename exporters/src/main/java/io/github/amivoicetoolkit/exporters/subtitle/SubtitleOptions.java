package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.Transcript;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What to write into subtitle and transcript files. Immutable; {@link #defaults()} is:
 * profile chosen from the text's script ({@link SubtitleProfile#forText}), no line-width or line-count
 * override, fillers dropped, no word timing, no {@code NOTE} and no {@code STYLE} block. Speakers are
 * shown as the transcript names them: rename them with {@code Transcript.withSpeakerNames}.
 *
 * <p>The options map one to one onto {@code amivoice convert}: {@code --profile ja|en} →
 * {@link Builder#profile(SubtitleProfile)} with {@link SubtitleProfile#named(String)};
 * {@code --max-line-width N} → {@link Builder#maxLineWidth(double)}; {@code --max-lines N} →
 * {@link Builder#maxLines(int)}; {@code --words} → {@link Builder#wordTiming(boolean)};
 * {@code --fillers} → {@link Builder#includeFillers(boolean)}.
 */
public final class SubtitleOptions {
  private static final SubtitleOptions DEFAULTS = builder().build();

  private final SubtitleProfile profile;
  private final Double maxLineWidth;
  private final Integer maxLines;
  private final boolean includeFillers;
  private final boolean wordTiming;
  private final boolean noteMetadata;
  private final boolean speakerColours;

  private SubtitleOptions(Builder b) {
    this.profile = b.profile;
    this.maxLineWidth = b.maxLineWidth;
    this.maxLines = b.maxLines;
    this.includeFillers = b.includeFillers;
    this.wordTiming = b.wordTiming;
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

  /**
   * The profile for one transcript: the chosen one or {@link SubtitleProfile#forText}, with the
   * overrides on top.
   *
   * @throws IllegalArgumentException when the line-width override does not suit the profile's unit
   */
  public SubtitleProfile profileFor(Transcript transcript) {
    SubtitleProfile base = profile != null ? profile : SubtitleProfile.forText(transcript);
    if (maxLineWidth == null && maxLines == null) {
      return base;
    }
    SubtitleProfile.Builder custom = base.toBuilder();
    if (maxLineWidth != null) {
      custom.maxLineWidth(maxLineWidth);
    }
    if (maxLines != null) {
      custom.maxLines(maxLines);
    }
    return custom.build();
  }

  /** Whether kept fillers ({@code %えーと%}) are shown, without their percent signs. */
  public boolean includeFillers() {
    return includeFillers;
  }

  /** WebVTT only: inline word timestamps ("karaoke"). */
  public boolean wordTiming() {
    return wordTiming;
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
        && includeFillers == that.includeFillers
        && wordTiming == that.wordTiming
        && noteMetadata == that.noteMetadata
        && speakerColours == that.speakerColours;
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, maxLineWidth, maxLines, includeFillers, wordTiming, noteMetadata,
        speakerColours);
  }

  /**
   * Every setting that changes a written file, in a stable text form, the chosen profile's every limit
   * included ({@link SubtitleProfile#fingerprint()}): equal options have equal fingerprints, and a change
   * of any setting changes it. Outputs record it to know whether they are up to date.
   */
  public String fingerprint() {
    return "profile=" + (profile == null ? "auto" : "{" + profile.fingerprint() + "}")
        + ";maxLineWidth=" + (maxLineWidth == null ? "" : maxLineWidth)
        + ";maxLines=" + (maxLines == null ? "" : maxLines)
        + ";fillers=" + includeFillers + ";words=" + wordTiming + ";note=" + noteMetadata
        + ";colours=" + speakerColours;
  }

  @Override
  public String toString() {
    return "SubtitleOptions{profile=" + (profile == null ? "auto" : profile.name())
        + (maxLineWidth == null ? "" : ", maxLineWidth=" + maxLineWidth)
        + (maxLines == null ? "" : ", maxLines=" + maxLines)
        + ", includeFillers=" + includeFillers + ", wordTiming=" + wordTiming
        + ", noteMetadata=" + noteMetadata + ", speakerColours=" + speakerColours + "}";
  }

  public static final class Builder {
    private SubtitleProfile profile;
    private Double maxLineWidth;
    private Integer maxLines;
    private boolean includeFillers;
    private boolean wordTiming;
    private boolean noteMetadata;
    private boolean speakerColours;

    private Builder() {}

    private Builder(SubtitleOptions o) {
      this.profile = o.profile;
      this.maxLineWidth = o.maxLineWidth;
      this.maxLines = o.maxLines;
      this.includeFillers = o.includeFillers;
      this.wordTiming = o.wordTiming;
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

    public Builder includeFillers(boolean include) {
      this.includeFillers = include;
      return this;
    }

    public Builder wordTiming(boolean on) {
      this.wordTiming = on;
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
     * @throws IllegalArgumentException when a fixed profile and the line-width override do not fit
     *     together (a half character in a profile counted in whole characters)
     */
    public SubtitleOptions build() {
      SubtitleOptions options = new SubtitleOptions(this);
      if (profile != null) {
        options.profileFor(null);
      }
      return options;
    }
  }
}
