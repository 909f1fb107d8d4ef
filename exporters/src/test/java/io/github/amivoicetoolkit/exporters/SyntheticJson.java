package io.github.amivoicetoolkit.exporters;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes small async-v2-shaped result documents for tests: {@code utterance()} opens a segment,
 * {@code word()}/{@code punct()}/{@code filler()} add tokens to it. A time of {@code -1} leaves
 * {@code starttime}/{@code endtime} out, a null label leaves {@code label} out.
 */
public final class SyntheticJson {
  private final StringBuilder segments = new StringBuilder();
  private final StringBuilder tokens = new StringBuilder();
  private int utteranceStart = -1;
  private int utteranceEnd = -1;
  private boolean open;
  private String contentId = "synthetic.wav";

  public SyntheticJson contentId(String id) {
    this.contentId = id;
    return this;
  }

  /** Starts an utterance whose {@code results[0]} times are derived from its timed tokens. */
  public SyntheticJson utterance() {
    close();
    open = true;
    return this;
  }

  /** Starts an utterance with explicit {@code results[0]} times ({@code -1}: absent). */
  public SyntheticJson utterance(int startMs, int endMs) {
    utterance();
    utteranceStart = startMs;
    utteranceEnd = endMs;
    return this;
  }

  public SyntheticJson word(String written, int startMs, int endMs, String label) {
    return token(written, written, startMs, endMs, label);
  }

  public SyntheticJson punct(String written, int startMs, int endMs, String label) {
    return token(written, "_", startMs, endMs, label);
  }

  public SyntheticJson filler(String bare, int startMs, int endMs, String label) {
    return token("%" + bare + "%", "%" + bare + "%", startMs, endMs, label);
  }

  /** English-engine style: words at consecutive times from {@code startMs}, {@code msPerWord} each, punctuation untimed. */
  public SyntheticJson sentence(String text, int startMs, int msPerWord, String label) {
    int t = startMs;
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

  public SyntheticJson token(String written, String spoken, int startMs, int endMs, String label) {
    if (!open) {
      utterance();
    }
    if (tokens.length() > 0) {
      tokens.append(',');
    }
    tokens.append("{\"written\":").append(quote(written));
    if (spoken != null) {
      tokens.append(",\"spoken\":").append(quote(spoken));
    }
    if (startMs >= 0) {
      tokens.append(",\"starttime\":").append(startMs);
      tokens.append(",\"confidence\":0.9");
    }
    if (endMs >= 0) {
      tokens.append(",\"endtime\":").append(endMs);
    }
    if (label != null) {
      tokens.append(",\"label\":").append(quote(label));
    }
    tokens.append('}');
    if (startMs >= 0) {
      utteranceStart = utteranceStart < 0 ? startMs : Math.min(utteranceStart, startMs);
    }
    if (endMs >= 0) {
      utteranceEnd = Math.max(utteranceEnd, endMs);
    }
    return this;
  }

  private void close() {
    if (!open) {
      return;
    }
    if (segments.length() > 0) {
      segments.append(',');
    }
    segments.append("{\"results\":[{\"tokens\":[").append(tokens).append("],\"confidence\":0.9");
    if (utteranceStart >= 0) {
      segments.append(",\"starttime\":").append(utteranceStart);
    }
    if (utteranceEnd >= 0) {
      segments.append(",\"endtime\":").append(utteranceEnd);
    }
    segments.append(",\"tags\":[],\"rulename\":\"\",\"text\":\"\"}],\"text\":\"\"}");
    tokens.setLength(0);
    utteranceStart = -1;
    utteranceEnd = -1;
    open = false;
  }

  public String json() {
    close();
    return "{\"status\":\"completed\",\"session_id\":\"0123abcd\",\"service_id\":\"svc\",\"content_id\":"
        + quote(contentId) + ",\"audio_size\":1000,\"audio_md5\":\"00\",\"segments\":[" + segments
        + "],\"utteranceid\":\"u1\",\"text\":\"\",\"code\":\"\",\"message\":\"\"}";
  }

  public Transcript read(String name) {
    try {
      return new TranscriptReader().read(json().getBytes(StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
