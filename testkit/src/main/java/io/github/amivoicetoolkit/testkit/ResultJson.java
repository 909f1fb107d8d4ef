package io.github.amivoicetoolkit.testkit;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small async v1 result documents token by token, for tests that need an exact edge case, and
 * reads them into transcripts. Every token is its own utterance's until {@link #utterance} closes the
 * utterance over the tokens given since the last one. For realistic documents of any length use
 * {@link SyntheticResults}.
 *
 * <pre>{@code
 * Transcript t = ResultJson.result()
 *     .word("はい", 0, 300, "speaker0").word("ええ", 250, 600, "speaker1")
 *     .utterance(0, 600, 0.9, "はいええ")
 *     .read();
 * }</pre>
 */
public final class ResultJson {
  private final List<String> utterances = new ArrayList<>();
  private final List<String> sentiment = new ArrayList<>();
  private final List<String> tokens = new ArrayList<>();
  private String status = "completed";

  public static ResultJson result() {
    return new ResultJson();
  }

  public ResultJson status(String status) {
    this.status = status;
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
    }
    if (end != null) {
      json.append(",\"endtime\":").append(end);
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

  /** A timed word with confidence 0.9. */
  public ResultJson word(String written, int start, int end, String label) {
    return token(written, written, start, end, 0.9, label);
  }

  /** Closes the current utterance with these results-level fields (null to leave one out). */
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
    json.append(",\"tags\":[],\"rulename\":\"\",\"text\":").append(quote(text)).append("}],\"text\":")
        .append(quote(text)).append('}');
    utterances.add(json.toString());
    tokens.clear();
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

  public String json() {
    StringBuilder json = new StringBuilder("{\"status\":").append(quote(status))
        .append(",\"session_id\":\"s-1\",\"service_id\":\"svc\",\"content_id\":\"=cmd|' /C calc'!A0\",")
        .append("\"audio_size\":1234,\"audio_md5\":\"abc\",\"utteranceid\":\"u1\",\"code\":\"\",\"message\":\"\",")
        .append("\"segments\":[").append(String.join(",", utterances)).append(']');
    if (!sentiment.isEmpty()) {
      json.append(",\"sentiment_analysis\":{\"segments\":[").append(String.join(",", sentiment)).append("]}");
    }
    return json.append('}').toString();
  }

  public Transcript read() {
    try {
      return new TranscriptReader().read(json().getBytes(StandardCharsets.UTF_8), "test.json");
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
