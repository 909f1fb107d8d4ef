package io.github.amivoicetoolkit.testkit;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small async result documents token by token, for tests that need an exact edge case, and
 * reads them into transcripts. Tokens collect until an {@code utterance} call closes them into one
 * utterance: {@link #utterance(Integer, Integer, Double, String)} with the results-level fields given,
 * {@link #utterance()} with times taken from its timed tokens (and nothing when no token is pending, so
 * a chain may also start each utterance with it). {@link #json()} closes the tokens still pending. A
 * negative time leaves {@code starttime}/{@code endtime} out, a null label leaves {@code label} out.
 * For realistic documents of any length use {@link SyntheticResults}.
 *
 * <pre>{@code
 * Transcript t = ResultJson.result()
 *     .word("はい", 0, 300, "speaker0").word("ええ", 250, 600, "speaker1")
 *     .utterance(0, 600, 0.9, "はいええ")
 *     .filler("えーと", 1000, 1400, "speaker0").punct("。", -1, -1, "speaker0")
 *     .utterance()
 *     .read();
 * }</pre>
 */
public final class ResultJson {
  private final List<String> utterances = new ArrayList<>();
  private final List<String> sentiment = new ArrayList<>();
  private final List<String> tokens = new ArrayList<>();
  private int pendingStart = -1;
  private int pendingEnd = -1;
  private String status = "completed";
  private String sessionId = "s-1";
  private String contentId = "=cmd|' /C calc'!A0";
  private String text;

  public static ResultJson result() {
    return new ResultJson();
  }

  public ResultJson status(String status) {
    this.status = status;
    return this;
  }

  public ResultJson sessionId(String sessionId) {
    this.sessionId = sessionId;
    return this;
  }

  public ResultJson contentId(String contentId) {
    this.contentId = contentId;
    return this;
  }

  /** The document's {@code text}; left out unless set. */
  public ResultJson text(String text) {
    this.text = text;
    return this;
  }

  /** A token with every field; pass null for a field to leave it out (Integer/Double boxes for that). */
  public ResultJson token(String written, String spoken, Integer start, Integer end, Double confidence, String label) {
    StringBuilder json = new StringBuilder("{\"written\":").append(quote(written));
    if (spoken != null) {
      json.append(",\"spoken\":").append(quote(spoken));
    }
    if (start != null) {
      json.append(",\"starttime\":").append(start);
      pendingStart = pendingStart < 0 ? start : Math.min(pendingStart, start);
    }
    if (end != null) {
      json.append(",\"endtime\":").append(end);
      pendingEnd = Math.max(pendingEnd, end);
    }
    if (confidence != null) {
      json.append(",\"confidence\":").append(confidence);
    }
    if (label != null) {
      json.append(",\"label\":").append(quote(label));
    }
    tokens.add(json.append('}').toString());
    return this;
  }

  /** A word; confidence 0.9 when it has a start time, none otherwise. */
  public ResultJson word(String written, int start, int end, String label) {
    return token(written, written, start, end, label);
  }

  /** A punctuation mark (spoken {@code _}). */
  public ResultJson punct(String written, int start, int end, String label) {
    return token(written, "_", start, end, label);
  }

  /** A kept filler: written and spoken {@code %bare%}. */
  public ResultJson filler(String bare, int start, int end, String label) {
    return token("%" + bare + "%", "%" + bare + "%", start, end, label);
  }

  /**
   * English-engine style: the words of {@code text} at consecutive times from {@code start},
   * {@code msPerWord} each, and its punctuation untimed.
   */
  public ResultJson sentence(String text, int start, int msPerWord, String label) {
    int t = start;
    for (String w : text.split(" ")) {
      String core = w;
      String trailing = "";
      while (!core.isEmpty() && ",.?!".indexOf(core.charAt(core.length() - 1)) >= 0) {
        trailing = core.charAt(core.length() - 1) + trailing;
        core = core.substring(0, core.length() - 1);
      }
      if (!core.isEmpty()) {
        word(core, t, t + msPerWord, label);
        t += msPerWord;
      }
      for (char c : trailing.toCharArray()) {
        punct(String.valueOf(c), -1, -1, label);
      }
    }
    return this;
  }

  private ResultJson token(String written, String spoken, int start, int end, String label) {
    return token(written, spoken, start < 0 ? null : start, end < 0 ? null : end, start < 0 ? null : 0.9, label);
  }

  /**
   * Closes the pending tokens, if any, into an utterance whose times span its timed tokens, with
   * confidence 0.9 and empty text.
   */
  public ResultJson utterance() {
    if (tokens.isEmpty()) {
      return this;
    }
    return utterance(pendingStart < 0 ? null : pendingStart, pendingEnd < 0 ? null : pendingEnd, 0.9, "");
  }

  /** Closes the pending tokens into an utterance with these results-level fields (null to leave one out). */
  public ResultJson utterance(Integer start, Integer end, Double confidence, String text) {
    StringBuilder json = new StringBuilder("{\"results\":[{\"tokens\":[").append(String.join(",", tokens)).append(']');
    if (confidence != null) {
      json.append(",\"confidence\":").append(confidence);
    }
    if (start != null) {
      json.append(",\"starttime\":").append(start);
    }
    if (end != null) {
      json.append(",\"endtime\":").append(end);
    }
    json.append(",\"tags\":[],\"rulename\":\"\"");
    if (text != null) {
      json.append(",\"text\":").append(quote(text));
    }
    json.append("}]");
    if (text != null) {
      json.append(",\"text\":").append(quote(text));
    }
    utterances.add(json.append('}').toString());
    tokens.clear();
    pendingStart = -1;
    pendingEnd = -1;
    return this;
  }

  /** A sentiment segment; {@code parameters} alternate name and value. */
  public ResultJson segment(int start, int end, Object... parameters) {
    StringBuilder json = new StringBuilder("{\"starttime\":").append(start).append(",\"endtime\":").append(end);
    for (int k = 0; k < parameters.length; k += 2) {
      json.append(',').append(quote((String) parameters[k])).append(':').append(parameters[k + 1]);
    }
    sentiment.add(json.append('}').toString());
    return this;
  }

  /** The document; closes the pending tokens first. */
  public String json() {
    utterance();
    StringBuilder json = new StringBuilder("{\"status\":").append(quote(status))
        .append(",\"session_id\":").append(quote(sessionId)).append(",\"service_id\":\"svc\",\"content_id\":")
        .append(quote(contentId)).append(",")
        .append("\"audio_size\":1234,\"audio_md5\":\"abc\",\"utteranceid\":\"u1\",\"code\":\"\",\"message\":\"\",")
        .append("\"segments\":[").append(String.join(",", utterances)).append(']');
    if (text != null) {
      json.append(",\"text\":").append(quote(text));
    }
    if (!sentiment.isEmpty()) {
      json.append(",\"sentiment_analysis\":{\"segments\":[").append(String.join(",", sentiment)).append("]}");
    }
    return json.append('}').toString();
  }

  public Transcript read() {
    return read("test.json");
  }

  /** The document, read under the given source name. */
  public Transcript read(String source) {
    try {
      return new TranscriptReader().read(json().getBytes(StandardCharsets.UTF_8), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
