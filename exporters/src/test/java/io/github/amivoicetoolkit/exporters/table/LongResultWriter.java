package io.github.amivoicetoolkit.exporters.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams a long synthetic async v1 result to a file: utterances of ten tokens (Japanese words, a
 * filler, a punctuation mark) alternating between two speakers, and a sentiment segment with the 20
 * vendor parameters every two seconds.
 */
final class LongResultWriter {
  static final int TOKENS_PER_UTTERANCE = 10;
  static final int UTTERANCE_MS = 2_400;
  static final int SEGMENT_MS = 2_000;
  private static final String[] WORDS = {"今日", "は", "会議", "の", "議題", "について", "確認", "します", "よろしく", "お願い"};
  private static final String[] PARAMETERS = {"energy", "stress", "emo_cog", "concentration", "anticipation",
    "excitement", "hesitation", "uncertainty", "intensive_thinking", "imagination_activity", "embarrassment",
    "passionate", "brain_power", "confidence", "aggression", "atmosphere", "upset", "content", "dissatisfaction",
    "extreme_emotion"};

  private LongResultWriter() {}

  /** Writes {@code hours} of result to {@code file}; returns the number of tokens written. */
  static int write(Path file, int hours) throws IOException {
    int utterances = hours * 3_600_000 / UTTERANCE_MS;
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      out.write("{\"status\":\"completed\",\"session_id\":\"long\",\"service_id\":\"svc\",\"audio_size\":1,"
          + "\"audio_md5\":\"0\",\"code\":\"\",\"message\":\"\",\"segments\":[");
      for (int u = 0; u < utterances; u++) {
        if (u > 0) {
          out.write(',');
        }
        writeUtterance(out, u);
      }
      out.write("],\"sentiment_analysis\":{\"segments\":[");
      int segments = hours * 3_600_000 / SEGMENT_MS;
      for (int s = 0; s < segments; s++) {
        out.write(s == 0 ? "{" : ",{");
        out.write("\"starttime\":" + s * SEGMENT_MS + ",\"endtime\":" + (s + 1) * SEGMENT_MS);
        for (int p = 0; p < PARAMETERS.length; p++) {
          out.write(",\"" + PARAMETERS[p] + "\":" + ((s * 7 + p * 3) % 30));
        }
        out.write('}');
      }
      out.write("]}}");
    }
    return utterances * TOKENS_PER_UTTERANCE;
  }

  private static void writeUtterance(Writer out, int u) throws IOException {
    int start = u * UTTERANCE_MS;
    String label = u % 2 == 0 ? "speaker0" : "speaker1";
    StringBuilder text = new StringBuilder();
    out.write("{\"results\":[{\"tokens\":[");
    for (int t = 0; t < TOKENS_PER_UTTERANCE; t++) {
      String written = t == 4 ? "%えーと%" : t == TOKENS_PER_UTTERANCE - 1 ? "。" : WORDS[(u + t) % WORDS.length];
      String spoken = t == TOKENS_PER_UTTERANCE - 1 ? "_" : written;
      int tokenStart = start + t * 200;
      out.write(t == 0 ? "{" : ",{");
      out.write("\"written\":\"" + written + "\",\"spoken\":\"" + spoken + "\",\"starttime\":" + tokenStart
          + ",\"endtime\":" + (tokenStart + 200) + ",\"confidence\":0." + (50 + (u + t) % 50)
          + ",\"label\":\"" + label + "\"}");
      text.append(written);
    }
    out.write("],\"confidence\":0.95,\"starttime\":" + start + ",\"endtime\":" + (start + 2_000)
        + ",\"tags\":[],\"rulename\":\"\",\"text\":\"" + text + "\"}],\"text\":\"" + text + "\"}");
  }
}
