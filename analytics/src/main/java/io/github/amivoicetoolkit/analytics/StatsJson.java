package io.github.amivoicetoolkit.analytics;

import io.github.amivoicetoolkit.core.JobInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * The {@code amivoice stats --json} line of one file, exactly as {@code docs/figures.md#stats-json}
 * shows it: one compact JSON object per file, keys in the documented order.
 *
 * <ul>
 *   <li>Integers are written as integers; doubles in their shortest round-tripping form (Schubfach, as
 *       {@code Double.toString} on JDK 19+), always with a fraction or exponent ({@code 16.0}, {@code 1.0E-4});
 *   <li>a statistic over an empty set is {@code null};
 *   <li>each speaker and {@code total} end with the conversation keys of {@code docs/figures.md#stats-json};
 *   <li>{@code total} ends with {@code billable_rounded_ms} when a billing unit was set and {@code cost}
 *       (a plain decimal) when a price was set; with default options the keys are exactly the spec's;
 *   <li>{@code sentiment} is present only when the file has sentiment segments;
 *   <li>a transcript that is not a completed result ({@link TranscriptStats#isCompletedResult()}) is
 *       written {@code {"file":…,"status":…,"code":…,"message":…}} instead: {@code status} and {@code
 *       code} as the body has them ({@code code} falls back to the {@code amineth_code} of an {@code
 *       error_message}), {@code message} the body's message or else its {@code error_message}; absent
 *       values are {@code null}.
 * </ul>
 * Strings are UTF-8 text as is (no {@code \\u} escapes beyond JSON's required ones, {@code /} unescaped).
 */
public final class StatsJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build();

  private StatsJson() {}

  /** Writes the file's line, newline included. */
  public static void write(Writer out, String file, TranscriptStats stats) throws IOException {
    out.write(toJson(file, stats));
    out.write('\n');
  }

  /** The file's JSON object, without a newline. */
  public static String toJson(String file, TranscriptStats stats) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stats, "stats");
    if (!stats.isCompletedResult()) {
      JobInfo job = stats.job();
      String code = job.code() != null ? job.code() : job.aminethCode();
      String message = job.message() != null && !job.message().isEmpty() ? job.message() : job.errorMessage();
      return failureJson(file, job.status(), code, message);
    }
    StringWriter text = new StringWriter(1024);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
      g.writeStartObject();
      g.writeStringProperty("file", file);
      g.writeName("speakers");
      g.writeStartArray();
      for (SpeakerStats s : stats.speakers()) {
        g.writeStartObject();
        g.writeStringProperty("speaker", s.speaker());
        g.writeNumberProperty("talk_ms", s.talkMs());
        g.writeNumberProperty("share", s.share());
        g.writeNumberProperty("turns", s.turns());
        number(g, "mean_turn_ms", s.meanTurnMs());
        g.writeNumberProperty("words", s.words());
        g.writeNumberProperty("chars", s.chars());
        g.writeNumberProperty("chars_per_min", s.charsPerMin());
        g.writeNumberProperty("fillers", s.fillers());
        confidence(g, "conf_", s.confidence());
        SpeakerConversation c = s.conversation();
        number(g, "longest_turn_ms", c.longestTurnMs());
        g.writeNumberProperty("words_per_min", c.wordsPerMin());
        g.writeNumberProperty("responses", c.responses());
        number(g, "response_gap_mean", c.responseGapMean());
        number(g, "response_gap_p50", c.responseGapP50());
        g.writeNumberProperty("interruptions", c.interruptions());
        g.writeNumberProperty("interrupted", c.interrupted());
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeName("total");
      total(g, stats.total());

      if (!stats.sentiment().isEmpty()) {
        g.writeName("sentiment");
        g.writeStartArray();
        for (SentimentStats s : stats.sentiment()) {
          g.writeStartObject();
          g.writeStringProperty("speaker", s.speaker());
          g.writeNumberProperty("segments", s.segments());
          for (int p = 0; p < s.parameters().size(); p++) {
            number(g, s.parameters().get(p), s.mean(p));
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    return text.toString();
  }

  /**
   * The pooled line that ends {@code amivoice stats --json} over several files, without a newline:
   * {@code {"pooled":true,"files":N,"failed":F,"total":{…}}} where {@code files} counts every input file,
   * {@code failed} those that were not pooled (unreadable, failure bodies, unfinished jobs), and {@code
   * total} has the keys of a file's {@code total}, pooled over the completed files ({@link BatchStats#total()}).
   */
  public static String pooledJson(int files, int failed, TotalStats total) {
    Objects.requireNonNull(total, "total");
    StringWriter text = new StringWriter(1024);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
      g.writeStartObject();
      g.writeBooleanProperty("pooled", true);
      g.writeNumberProperty("files", files);
      g.writeNumberProperty("failed", failed);
      g.writeName("total");
      total(g, total);
      g.writeEndObject();
    }
    return text.toString();
  }

  private static void total(JsonGenerator g, TotalStats t) {
    g.writeStartObject();
    g.writeNumberProperty("talk_ms", t.talkMs());
    g.writeNumberProperty("speech_ms", t.speechMs());
    g.writeNumberProperty("overlap_ms", t.overlapMs());
    g.writeNumberProperty("utterances", t.utterances());
    g.writeNumberProperty("billable_ms", t.billableMs());
    g.writeNumberProperty("span_ms", t.spanMs());
    g.writeNumberProperty("turns", t.turns());
    g.writeNumberProperty("words", t.words());
    g.writeNumberProperty("chars", t.chars());
    g.writeNumberProperty("chars_per_min", t.charsPerMin());
    g.writeNumberProperty("fillers", t.fillers());
    confidence(g, "conf_", t.confidence());
    number(g, "utterance_conf_mean", t.utteranceConfidence().mean());
    number(g, "utterance_conf_min", t.utteranceConfidence().min());
    number(g, "utterance_conf_max", t.utteranceConfidence().max());
    TotalConversation c = t.conversation();
    number(g, "longest_turn_ms", c.longestTurnMs());
    g.writeNumberProperty("words_per_min", c.wordsPerMin());
    number(g, "response_gap_mean", c.responseGapMean());
    number(g, "response_gap_p50", c.responseGapP50());
    g.writeNumberProperty("switches", c.switches());
    g.writeNumberProperty("switches_per_min", c.switchesPerMin());
    g.writeNumberProperty("interruptions", c.interruptions());
    g.writeNumberProperty("interruption_ms", c.interruptionMs());
    g.writeNumberProperty("silences", c.silences());
    g.writeNumberProperty("silence_ms", c.silenceMs());
    number(g, "longest_silence_ms", c.longestSilenceMs());
    g.writeNumberProperty("non_talk_ms", c.nonTalkMs());
    if (t.billableRoundedMs().isPresent()) {
      g.writeNumberProperty("billable_rounded_ms", t.billableRoundedMs().getAsLong());
    }
    if (t.cost().isPresent()) {
      g.writeNumberProperty("cost", t.cost().get());
    }
    g.writeEndObject();
  }

  /**
   * A failure line {@code {"file":…,"status":…,"code":…,"message":…}}, newline included; null values
   * are written {@code null}. The CLI can use it for a file it could not read, e.g. with status and code
   * null and the read error as message.
   */
  public static void writeFailure(Writer out, String file, String status, String code, String message)
      throws IOException {
    out.write(failureJson(file, status, code, message));
    out.write('\n');
  }

  private static String failureJson(String file, String status, String code, String message) {
    Objects.requireNonNull(file, "file");
    StringWriter text = new StringWriter(128);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
      g.writeStartObject();
      g.writeStringProperty("file", file);
      g.writeStringProperty("status", status);
      g.writeStringProperty("code", code);
      g.writeStringProperty("message", message);
      g.writeEndObject();
    }
    return text.toString();
  }

  private static void confidence(JsonGenerator g, String prefix, ConfidenceStats c) {
    g.writeNumberProperty(prefix + "n", c.n());
    number(g, prefix + "mean", c.mean());
    number(g, prefix + "min", c.min());
    number(g, prefix + "max", c.max());
    number(g, prefix + "p10", c.p10());
    number(g, prefix + "p50", c.p50());
    number(g, prefix + "p90", c.p90());
    number(g, "low_conf_share", c.lowShare());
  }

  private static void number(JsonGenerator g, String name, OptionalLong value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.getAsLong());
    } else {
      g.writeNullProperty(name);
    }
  }

  private static void number(JsonGenerator g, String name, OptionalDouble value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.getAsDouble());
    } else {
      g.writeNullProperty(name);
    }
  }
}
