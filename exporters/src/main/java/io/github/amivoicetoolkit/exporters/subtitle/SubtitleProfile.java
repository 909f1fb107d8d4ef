package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import java.util.Locale;
import java.util.Objects;

/**
 * The layout limits of a subtitle file ({@code docs/subtitles.md#profiles}). Immutable; build custom
 * values on top of a standard profile with {@link #toBuilder()}.
 *
 * <table>
 *   <caption>Standard profiles</caption>
 *   <tr><th>limit</th><th>{@link #ja()}</th><th>{@link #en()}</th></tr>
 *   <tr><td>{@link #maxLineWidth()}</td><td>13 ({@link WidthUnit#FULL_WIDTH})</td><td>42 ({@link WidthUnit#HALF_WIDTH})</td></tr>
 *   <tr><td>{@link #maxLines()}</td><td>2</td><td>2</td></tr>
 *   <tr><td>{@link #maxCueDurationMs()}</td><td>7000</td><td>7000</td></tr>
 *   <tr><td>{@link #minCueDurationMs()}</td><td>833</td><td>833</td></tr>
 *   <tr><td>{@link #minGapMs()}</td><td>83</td><td>83</td></tr>
 *   <tr><td>{@link #maxPauseMs()}</td><td>1500</td><td>1500</td></tr>
 *   <tr><td>{@link #maxReadingSpeed()} (chars/s, measured, never enforced)</td><td>4</td><td>20</td></tr>
 * </table>
 */
public final class SubtitleProfile {
  /** How {@link #maxLineWidth()} counts. Either way a full-width character is twice a half-width one. */
  public enum WidthUnit {
    /** Full-width (CJK, kana, full-width forms, emoji) = 1, half-width (ASCII, half-width katakana) = 0.5. */
    FULL_WIDTH,
    /** Half-width = 1, full-width = 2: "characters" of Latin-script text. */
    HALF_WIDTH
  }

  private static final SubtitleProfile JA = new Builder("ja", WidthUnit.FULL_WIDTH, 13, 4).build();
  private static final SubtitleProfile EN = new Builder("en", WidthUnit.HALF_WIDTH, 42, 20).build();

  private final String name;
  private final WidthUnit widthUnit;
  private final double maxLineWidth;
  private final int maxLines;
  private final int maxCueDurationMs;
  private final int minCueDurationMs;
  private final int minGapMs;
  private final int maxPauseMs;
  private final double maxReadingSpeed;

  private SubtitleProfile(Builder b) {
    this.name = b.name;
    this.widthUnit = b.widthUnit;
    this.maxLineWidth = b.maxLineWidth;
    this.maxLines = b.maxLines;
    this.maxCueDurationMs = b.maxCueDurationMs;
    this.minCueDurationMs = b.minCueDurationMs;
    this.minGapMs = b.minGapMs;
    this.maxPauseMs = b.maxPauseMs;
    this.maxReadingSpeed = b.maxReadingSpeed;
  }

  /** Netflix Japanese: 13 full-width characters a line. */
  public static SubtitleProfile ja() {
    return JA;
  }

  /** Netflix English: 42 characters a line. */
  public static SubtitleProfile en() {
    return EN;
  }

  /**
   * {@code "ja"} or {@code "en"} (case-insensitive), as given on a command line.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static SubtitleProfile named(String name) {
    Objects.requireNonNull(name, "name");
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "ja":
        return JA;
      case "en":
        return EN;
      default:
        throw new IllegalArgumentException("unknown subtitle profile '" + name + "': expected ja or en");
    }
  }

  /**
   * The standard profile for the script of a transcript's words: {@link #ja()} when at least half of
   * their letters are Japanese or Chinese (kanji, kana, hanzi), and for a transcript without letters;
   * {@link #en()} otherwise. Reads the token columns once.
   */
  public static SubtitleProfile forText(Transcript transcript) {
    Tokens tokens = transcript.tokens();
    long cjk = 0;
    long other = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.kind(i) != TokenKind.WORD) {
        continue;
      }
      String written = tokens.written(i);
      for (int k = 0; k < written.length(); ) {
        int cp = written.codePointAt(k);
        k += Character.charCount(cp);
        if (TextWidth.isCjkLetter(cp)) {
          cjk++;
        } else if (Character.isLetter(cp)) {
          other++;
        }
      }
    }
    return cjk >= other ? JA : EN;
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@code "ja"} or {@code "en"}: the standard profile this one was built from. */
  public String name() {
    return name;
  }

  public WidthUnit widthUnit() {
    return widthUnit;
  }

  /** Width of a line in {@link #widthUnit()}s. */
  public double maxLineWidth() {
    return maxLineWidth;
  }

  public int maxLines() {
    return maxLines;
  }

  public int maxCueDurationMs() {
    return maxCueDurationMs;
  }

  /** A cue shorter than this is extended into the following silence, never past the next cue start − {@link #minGapMs()}. */
  public int minCueDurationMs() {
    return minCueDurationMs;
  }

  public int minGapMs() {
    return minGapMs;
  }

  /** A pause between two words longer than this starts a new cue. */
  public int maxPauseMs() {
    return maxPauseMs;
  }

  /** Reading speed limit in characters per second: cues over it are counted in the report, text is never dropped. */
  public double maxReadingSpeed() {
    return maxReadingSpeed;
  }

  /** {@link #maxLineWidth()} in columns: half-width = 1, full-width = 2. */
  int lineColumns() {
    return (int) Math.round(widthUnit == WidthUnit.FULL_WIDTH ? maxLineWidth * 2 : maxLineWidth);
  }

  /**
   * Every limit of the profile, its name included, in a stable text form: two profiles write the same
   * cues exactly when their fingerprints are equal.
   */
  public String fingerprint() {
    return "name=" + name + ";widthUnit=" + widthUnit + ";maxLineWidth=" + maxLineWidth + ";maxLines=" + maxLines
        + ";maxCueDurationMs=" + maxCueDurationMs + ";minCueDurationMs=" + minCueDurationMs + ";minGapMs=" + minGapMs
        + ";maxPauseMs=" + maxPauseMs + ";maxReadingSpeed=" + maxReadingSpeed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubtitleProfile that
        && name.equals(that.name)
        && widthUnit == that.widthUnit
        && maxLineWidth == that.maxLineWidth
        && maxLines == that.maxLines
        && maxCueDurationMs == that.maxCueDurationMs
        && minCueDurationMs == that.minCueDurationMs
        && minGapMs == that.minGapMs
        && maxPauseMs == that.maxPauseMs
        && maxReadingSpeed == that.maxReadingSpeed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, widthUnit, maxLineWidth, maxLines, maxCueDurationMs, minCueDurationMs, minGapMs,
        maxPauseMs, maxReadingSpeed);
  }

  @Override
  public String toString() {
    return "SubtitleProfile{" + name + ", maxLineWidth=" + maxLineWidth + " " + widthUnit + ", maxLines=" + maxLines
        + ", cue " + minCueDurationMs + ".." + maxCueDurationMs + " ms, minGap=" + minGapMs + " ms, maxPause="
        + maxPauseMs + " ms, maxReadingSpeed=" + maxReadingSpeed + "}";
  }

  static double checkMaxLineWidth(double width) {
    if (!(width > 0 && width <= 1000) || width * 2 != Math.rint(width * 2)) {
      throw new IllegalArgumentException("maxLineWidth must be a multiple of 0.5 in (0, 1000]: " + width);
    }
    return width;
  }

  static int checkMaxLines(int lines) {
    if (lines < 1 || lines > 10) {
      throw new IllegalArgumentException("maxLines must be 1..10: " + lines);
    }
    return lines;
  }

  /** Setters validate at once and echo a bad value; {@link #build()} checks values against each other. */
  public static final class Builder {
    private final String name;
    private WidthUnit widthUnit;
    private double maxLineWidth;
    private int maxLines = 2;
    private int maxCueDurationMs = 7000;
    private int minCueDurationMs = 833;
    private int minGapMs = 83;
    private int maxPauseMs = 1500;
    private double maxReadingSpeed;

    private Builder(String name, WidthUnit widthUnit, double maxLineWidth, double maxReadingSpeed) {
      this.name = name;
      this.widthUnit = widthUnit;
      this.maxLineWidth = maxLineWidth;
      this.maxReadingSpeed = maxReadingSpeed;
    }

    private Builder(SubtitleProfile p) {
      this.name = p.name;
      this.widthUnit = p.widthUnit;
      this.maxLineWidth = p.maxLineWidth;
      this.maxLines = p.maxLines;
      this.maxCueDurationMs = p.maxCueDurationMs;
      this.minCueDurationMs = p.minCueDurationMs;
      this.minGapMs = p.minGapMs;
      this.maxPauseMs = p.maxPauseMs;
      this.maxReadingSpeed = p.maxReadingSpeed;
    }

    /** Changes the unit only; {@link #maxLineWidth(double)} is not converted. */
    public Builder widthUnit(WidthUnit unit) {
      this.widthUnit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Line width in the profile's {@link WidthUnit}: at least one full-width character, at most 1000,
     * and a whole number of half-width characters (a multiple of 0.5 in {@code FULL_WIDTH}, whole in
     * {@code HALF_WIDTH}); checked against the unit by {@link #build()}.
     */
    public Builder maxLineWidth(double width) {
      this.maxLineWidth = checkMaxLineWidth(width);
      return this;
    }

    /** 1 to 10. */
    public Builder maxLines(int lines) {
      this.maxLines = checkMaxLines(lines);
      return this;
    }

    public Builder maxCueDurationMs(int ms) {
      if (ms < 1) {
        throw new IllegalArgumentException("maxCueDurationMs < 1: " + ms);
      }
      this.maxCueDurationMs = ms;
      return this;
    }

    public Builder minCueDurationMs(int ms) {
      if (ms < 0) {
        throw new IllegalArgumentException("minCueDurationMs < 0: " + ms);
      }
      this.minCueDurationMs = ms;
      return this;
    }

    public Builder minGapMs(int ms) {
      if (ms < 0) {
        throw new IllegalArgumentException("minGapMs < 0: " + ms);
      }
      this.minGapMs = ms;
      return this;
    }

    public Builder maxPauseMs(int ms) {
      if (ms < 0) {
        throw new IllegalArgumentException("maxPauseMs < 0: " + ms);
      }
      this.maxPauseMs = ms;
      return this;
    }

    public Builder maxReadingSpeed(double charsPerSecond) {
      if (!(charsPerSecond > 0) || Double.isInfinite(charsPerSecond)) {
        throw new IllegalArgumentException("maxReadingSpeed must be positive and finite: " + charsPerSecond);
      }
      this.maxReadingSpeed = charsPerSecond;
      return this;
    }

    /** @throws IllegalArgumentException when values contradict each other, naming both */
    public SubtitleProfile build() {
      double columns = widthUnit == WidthUnit.FULL_WIDTH ? maxLineWidth * 2 : maxLineWidth;
      if (columns != Math.rint(columns)) {
        throw new IllegalArgumentException("maxLineWidth must be a whole number of " + widthUnit + " characters: "
            + maxLineWidth);
      }
      if (columns < 2) {
        throw new IllegalArgumentException("maxLineWidth below one full-width character: " + maxLineWidth + " "
            + widthUnit);
      }
      if (minCueDurationMs > maxCueDurationMs) {
        throw new IllegalArgumentException("minCueDurationMs > maxCueDurationMs: " + minCueDurationMs + " > "
            + maxCueDurationMs);
      }
      return new SubtitleProfile(this);
    }
  }
}
