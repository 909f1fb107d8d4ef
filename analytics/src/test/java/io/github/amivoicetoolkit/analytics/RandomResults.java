package io.github.amivoicetoolkit.analytics;

import java.util.Random;

/**
 * Random AmiVoice results as JSON text, for property tests: diarized or not, labels missing at random,
 * overlapping and out-of-order times, untimed and zero-length tokens, punctuation with and without
 * times, kept fillers, missing confidences, and sometimes sentiment segments. Times stay below
 * {@link #MAX_MS} so a test can check them against a per-millisecond grid.
 */
final class RandomResults {
  static final int MAX_MS = 30_000;
  private static final String[] WORDS = {"あ", "漢字", "テスト", "word", "B", "こんにちは", "𠮷野家", "ok"};

  private RandomResults() {}

  static String json(long seed) {
    Random random = new Random(seed);
    int speakers = 1 + random.nextInt(4);
    boolean diarized = random.nextInt(4) != 0;
    double labelled = 0.5 + random.nextDouble() / 2;
    int utterances = random.nextInt(7);
    StringBuilder json = new StringBuilder("{\"status\":\"completed\",\"segments\":[");
    int cursor = random.nextInt(1000);
    for (int u = 0; u < utterances; u++) {
      if (u > 0) {
        json.append(',');
      }
      int uStart = cursor;
      json.append("{\"results\":[{\"tokens\":[");
      int tokens = random.nextInt(13);
      for (int i = 0; i < tokens; i++) {
        if (i > 0) {
          json.append(',');
        }
        token(json, random, diarized && random.nextDouble() < labelled ? random.nextInt(speakers) : -1, cursor);
        cursor = Math.min(MAX_MS - 2000, cursor + random.nextInt(600));
      }
      json.append("],\"text\":\"\"");
      if (random.nextInt(8) != 0) {
        json.append(",\"confidence\":").append(random.nextInt(1001) / 1000.0);
      }
      json.append(",\"starttime\":").append(uStart).append(",\"endtime\":").append(cursor + random.nextInt(500));
      json.append("}],\"text\":\"\"}");
      cursor = Math.min(MAX_MS - 2000, cursor + random.nextInt(2000));
    }
    json.append("],\"text\":\"\",\"code\":\"\",\"message\":\"\"");
    if (random.nextBoolean()) {
      json.append(",\"sentiment_analysis\":{\"segments\":[");
      int segments = random.nextInt(6);
      for (int s = 0; s < segments; s++) {
        int start = random.nextInt(MAX_MS - 3000);
        json.append(s > 0 ? "," : "").append("{\"starttime\":").append(start).append(",\"endtime\":")
            .append(start + random.nextInt(3000)).append(",\"energy\":").append(random.nextInt(31));
        if (random.nextBoolean()) {
          json.append(",\"stress\":").append(random.nextInt(31));
        }
        json.append('}');
      }
      json.append("]}");
    }
    return json.append('}').toString();
  }

  private static void token(StringBuilder json, Random random, int speaker, int cursor) {
    int kind = random.nextInt(10);
    String written;
    String spoken;
    if (kind == 0) {
      written = "。";
      spoken = "_";
    } else if (kind == 1) {
      written = ",";
      spoken = "";
    } else if (kind == 2) {
      written = "%えー%";
      spoken = written;
    } else {
      written = WORDS[random.nextInt(WORDS.length)];
      spoken = "x";
    }
    json.append("{\"written\":\"").append(written).append("\",\"spoken\":\"").append(spoken).append('"');
    if (speaker >= 0) {
      json.append(",\"label\":\"speaker").append(speaker).append('"');
    }
    if (kind != 1 && random.nextInt(10) != 0) {
      int start = Math.max(0, cursor + random.nextInt(600) - 300);
      int end = start + random.nextInt(800); // 0-length tokens are not timed
      json.append(",\"starttime\":").append(start).append(",\"endtime\":").append(end);
    }
    if (kind != 1 && random.nextInt(10) != 0) {
      json.append(",\"confidence\":").append(random.nextInt(101) / 100.0);
    }
    json.append('}');
  }
}
