package io.github.amivoicetoolkit.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The options of a recognition job, sent as the {@code d} part: {@code key=value} pairs joined by
 * single spaces, every value URL-encoded in UTF-8 with a space as {@code %20} (never {@code +}).
 * Typed setters cover the keys the service documents; {@link Builder#option(String, String)} passes
 * any other key through untouched. A typed setter and {@code option} with the same key set the
 * same thing; the last call wins.
 *
 * <p>This class is immutable. Default: {@code grammarFileNames=-a-general} (the general Japanese
 * engine) and nothing else, so logging stays on as at the service.
 *
 * <pre>{@code
 * RecognitionOptions options = RecognitionOptions.builder()
 *     .grammarFileNames("-a2-ja-general")
 *     .speakerDiarization(true).diarizationMinSpeaker(2).diarizationMaxSpeaker(4)
 *     .contentId("meeting 2024-05-01.wav")
 *     .build();
 * options.toDParameter();
 * // grammarFileNames=-a2-ja-general speakerDiarization=True diarizationMinSpeaker=2
 * //   diarizationMaxSpeaker=4 contentId=meeting%202024-05-01.wav
 * }</pre>
 */
public final class RecognitionOptions {

  static final String GRAMMAR_FILE_NAMES = "grammarFileNames";
  static final String SENTIMENT_ANALYSIS = "sentimentAnalysis";
  private static final String SPEAKER_DIARIZATION = "speakerDiarization";
  private static final String MIN_SPEAKER = "diarizationMinSpeaker";
  private static final String MAX_SPEAKER = "diarizationMaxSpeaker";
  private static final String PROFILE_WORDS = "profileWords";
  private static final String TRUE = "True";

  private static final RecognitionOptions DEFAULTS = builder().build();

  private final Map<String, String> values;

  private RecognitionOptions(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static RecognitionOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to derive others from them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.values.clear();
    b.values.putAll(values);
    return b;
  }

  /** Every option, unencoded, in the order it will be sent. */
  public Map<String, String> asMap() {
    return values;
  }

  /** The unencoded value of {@code key}; null when not set. */
  public String get(String key) {
    return values.get(key);
  }

  /** Whether {@code sentimentAnalysis=True} is set: the v1 API only. */
  public boolean sentimentAnalysis() {
    return TRUE.equalsIgnoreCase(values.get(SENTIMENT_ANALYSIS));
  }

  /** The {@code d} part: {@code key=value} pairs, values URL-encoded, joined by single spaces. */
  public String toDParameter() {
    StringJoiner d = new StringJoiner(" ");
    values.forEach((key, value) -> d.add(key + "=" + encode(value)));
    return d.toString();
  }

  static String encode(String value) {
    // URLEncoder writes a space as '+', which the service reads as '+'; a literal '+' was already
    // encoded as %2B, so every '+' left is a space.
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecognitionOptions && ((RecognitionOptions) o).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "RecognitionOptions[" + toDParameter() + "]";
  }

  /** Builds {@link RecognitionOptions}; setters reject bad values at once, {@link #build()} bad combinations. */
  public static final class Builder {
    private final Map<String, String> values = new LinkedHashMap<>();

    private Builder() {
      values.put(GRAMMAR_FILE_NAMES, "-a-general");
    }

    /** The engine, e.g. {@code -a-general}, {@code -a-general-en}, {@code -a2-ja-general}. */
    public Builder grammarFileNames(String grammarFileNames) {
      return option(GRAMMAR_FILE_NAMES, requireText(grammarFileNames, GRAMMAR_FILE_NAMES));
    }

    /** {@code true} asks the service not to keep the audio and result for improving itself. */
    public Builder loggingOptOut(boolean optOut) {
      return flag("loggingOptOut", optOut, TRUE);
    }

    /** Free text the service echoes back as {@code content_id}. */
    public Builder contentId(String contentId) {
      return option("contentId", Objects.requireNonNull(contentId, "contentId"));
    }

    /** Labels each token with the speaker who said it ({@code speaker0}, {@code speaker1}, …). */
    public Builder speakerDiarization(boolean diarization) {
      return flag(SPEAKER_DIARIZATION, diarization, TRUE);
    }

    /** At least 1 (the service's default); needs {@link #speakerDiarization(boolean)}. */
    public Builder diarizationMinSpeaker(int speakers) {
      return option(MIN_SPEAKER, Integer.toString(atLeastOne(speakers, MIN_SPEAKER)));
    }

    /** At least the minimum; needs {@link #speakerDiarization(boolean)}. */
    public Builder diarizationMaxSpeaker(int speakers) {
      return option(MAX_SPEAKER, Integer.toString(atLeastOne(speakers, MAX_SPEAKER)));
    }

    /** Emotion parameters per ~2 s of speech; offered by the v1 API only. */
    public Builder sentimentAnalysis(boolean sentiment) {
      return flag(SENTIMENT_ANALYSIS, sentiment, TRUE);
    }

    /** The profile holding words registered earlier. */
    public Builder profileId(String profileId) {
      return option("profileId", requireText(profileId, "profileId"));
    }

    /**
     * Adds a word for this job only: its written form and its reading. Neither may contain a space
     * or {@code |}, which separate words in {@code profileWords}.
     */
    public Builder profileWord(String written, String spoken) {
      String word = wordPart(written, "written") + " " + wordPart(spoken, "spoken");
      String before = values.get(PROFILE_WORDS);
      return option(PROFILE_WORDS, before == null ? word : before + "|" + word);
    }

    /** {@code true} keeps fillers such as {@code %えーと%} in the result. */
    public Builder keepFillerToken(boolean keep) {
      return flag("keepFillerToken", keep, "1");
    }

    /** {@code true} puts the results at the top level, as the sync interface does. */
    public Builder compatibleWithSync(boolean compatible) {
      return flag("compatibleWithSync", compatible, TRUE);
    }

    /** The {@code extension} option, passed as given. */
    public Builder extension(String extension) {
      return option("extension", requireText(extension, "extension"));
    }

    /**
     * Sets any option, known or not, to {@code value} (unencoded; the client encodes it). The key
     * may not be empty nor contain a space or {@code =}.
     */
    public Builder option(String key, String value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (key.isEmpty() || key.chars().anyMatch(c -> c <= ' ' || c == '=' || c == 0x7f)) {
        throw new IllegalArgumentException("option key must be non-empty without spaces or '=': '" + key + "'");
      }
      values.put(key, value);
      return this;
    }

    /** Removes an option, known or not. */
    public Builder remove(String key) {
      values.remove(key);
      return this;
    }

    /**
     * @throws IllegalArgumentException when the speaker bounds are not whole numbers, when
     *     maximum &lt; minimum, or when they are set without diarization
     */
    public RecognitionOptions build() {
      Integer min = speakers(MIN_SPEAKER);
      Integer max = speakers(MAX_SPEAKER);
      if (min != null && max != null && max < min) {
        throw new IllegalArgumentException(MAX_SPEAKER + " < " + MIN_SPEAKER + ": " + max + " < " + min);
      }
      if ((min != null || max != null) && !TRUE.equalsIgnoreCase(values.get(SPEAKER_DIARIZATION))) {
        throw new IllegalArgumentException(
            MIN_SPEAKER + " and " + MAX_SPEAKER + " need " + SPEAKER_DIARIZATION + "=True");
      }
      return new RecognitionOptions(values);
    }

    private Integer speakers(String key) {
      String value = values.get(key);
      if (value == null) {
        return null;
      }
      try {
        return atLeastOne(Integer.parseInt(value.trim()), key);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + " is not a whole number: '" + value + "'", e);
      }
    }

    private Builder flag(String key, boolean on, String onValue) {
      return on ? option(key, onValue) : remove(key);
    }

    private static int atLeastOne(int speakers, String name) {
      if (speakers < 1) {
        throw new IllegalArgumentException(name + " < 1: " + speakers);
      }
      return speakers;
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " is blank");
      }
      return value;
    }

    private static String wordPart(String value, String name) {
      requireText(value, name);
      if (value.chars().anyMatch(c -> c == '|' || Character.isWhitespace(c))) {
        throw new IllegalArgumentException(name + " contains a space or '|': '" + value + "'");
      }
      return value;
    }
  }
}
