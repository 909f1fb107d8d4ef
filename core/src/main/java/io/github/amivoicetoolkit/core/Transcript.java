package io.github.amivoicetoolkit.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An AmiVoice result read into columns: tokens, utterances, speakers, sentiment and job information.
 *
 * <p>Immutable and thread-safe. One object per transcript, not one per token: times are {@code int}
 * columns, confidences dictionary-encoded doubles, written and spoken forms ids into one string
 * dictionary, speakers 16-bit ids. Read one with {@link TranscriptReader}.
 *
 * <p>Speakers are resolved as {@code docs/figures.md#speaker-of-a-token} says: a token's own {@code label}, else the
 * nearest preceding labelled token of its utterance, else the nearest following one, else the empty
 * speaker {@code ""}. {@link #speakers()} lists them in order of first appearance.
 */
public final class Transcript {
  /** Marks an absent time in every time column. */
  public static final int NO_TIME = Integer.MIN_VALUE;

  /** Marks an absent speaker id inside the 16-bit label column. */
  static final int NO_SPEAKER = 0xFFFF;

  private final String source;
  private final ResultShape shape;
  private final JobInfo job;
  private final String text;
  private final Tokens tokens;
  private final Utterances utterances;
  private final List<String> speakers;
  private final Sentiment sentiment;

  Transcript(String source, ResultShape shape, JobInfo job, String text, Tokens tokens, Utterances utterances,
      List<String> speakers, Sentiment sentiment) {
    this.source = source;
    this.shape = shape;
    this.job = job;
    this.text = text;
    this.tokens = tokens;
    this.utterances = utterances;
    this.speakers = speakers;
    this.sentiment = sentiment;
  }

  /** Where the transcript was read from: a path, or the name given with a stream or bytes. */
  public String source() {
    return source;
  }

  public ResultShape shape() {
    return shape;
  }

  public JobInfo job() {
    return job;
  }

  /**
   * The document's top-level {@code text}. When the file's top-level text is the concatenation of
   * its utterances' texts (the usual case) it is not kept twice but rebuilt on each call.
   */
  public String text() {
    if (text != null) {
      return text;
    }
    StringBuilder joined = new StringBuilder();
    for (int u = 0; u < utterances.size(); u++) {
      joined.append(utterances.text(u));
    }
    return joined.toString();
  }

  public Tokens tokens() {
    return tokens;
  }

  public Utterances utterances() {
    return utterances;
  }

  /** Resolved speaker names in order of first appearance; {@code ""} is the unknown speaker. Unmodifiable. */
  public List<String> speakers() {
    return speakers;
  }

  /**
   * This transcript with its speakers renamed: a view sharing every column, whose {@link #speakers()}
   * are the display names in order of first appearance and whose tokens' {@link Tokens#speakerId
   * speaker ids} point at them. Labels given the same name become one speaker, so every figure, table
   * and subtitle computed from the view treats them as one person. {@link Tokens#label(int)} still
   * gives the label the file wrote. Returns {@code this} when {@code names} is empty.
   *
   * <p>Names for labels the transcript does not have are ignored; {@link SpeakerNames#missingFrom} lists
   * them so a caller can say so.
   */
  public Transcript withSpeakerNames(SpeakerNames names) {
    Objects.requireNonNull(names, "names");
    if (names.isEmpty()) {
      return this;
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    int[] newIdOfCurrent = new int[speakers.size()];
    for (int s = 0; s < newIdOfCurrent.length; s++) {
      Integer id = index.putIfAbsent(names.nameOf(speakers.get(s)), index.size());
      newIdOfCurrent[s] = id == null ? index.size() - 1 : id;
    }
    String[] renamed = index.keySet().toArray(new String[0]);
    return new Transcript(source, shape, job, text, tokens.renamed(newIdOfCurrent, renamed), utterances,
        List.of(renamed), sentiment);
  }

  /** Sentiment segments; empty unless the result is a v1 result with sentiment analysis. */
  public Sentiment sentiment() {
    return sentiment;
  }

  @Override
  public String toString() {
    return "Transcript{source=" + source + ", shape=" + shape + ", status=" + job.describe()
        + ", utterances=" + utterances.size() + ", tokens=" + tokens.size() + ", speakers=" + speakers + "}";
  }
}
