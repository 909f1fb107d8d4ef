package io.github.amivoicetoolkit.analytics;

import io.github.amivoicetoolkit.testkit.ResultJson;
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
    ResultJson json = ResultJson.result().text("");
    int cursor = random.nextInt(1000);
    for (int u = 0; u < utterances; u++) {
      int uStart = cursor;
      int tokens = random.nextInt(13);
      for (int i = 0; i < tokens; i++) {
        token(json, random, diarized && random.nextDouble() < labelled ? random.nextInt(speakers) : -1, cursor);
        cursor = Math.min(MAX_MS - 2000, cursor + random.nextInt(600));
      }
      Double confidence = random.nextInt(8) != 0 ? random.nextInt(1001) / 1000.0 : null;
      json.utterance(uStart, cursor + random.nextInt(500), confidence, "");
      cursor = Math.min(MAX_MS - 2000, cursor + random.nextInt(2000));
    }
    if (random.nextBoolean()) {
      int segments = random.nextInt(6);
      for (int s = 0; s < segments; s++) {
        int start = random.nextInt(MAX_MS - 3000);
        int end = start + random.nextInt(3000);
        int energy = random.nextInt(31);
        if (random.nextBoolean()) {
          json.segment(start, end, "energy", energy, "stress", random.nextInt(31));
        } else {
          json.segment(start, end, "energy", energy);
        }
      }
    }
    return json.json();
  }

  private static void token(ResultJson json, Random random, int speaker, int cursor) {
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
    Integer start = null;
    Integer end = null;
    if (kind != 1 && random.nextInt(10) != 0) {
      start = Math.max(0, cursor + random.nextInt(600) - 300);
      end = start + random.nextInt(800); // 0-length tokens are not timed
    }
    Double confidence = kind != 1 && random.nextInt(10) != 0 ? random.nextInt(101) / 100.0 : null;
    json.token(written, spoken, start, end, confidence, speaker >= 0 ? "speaker" + speaker : null);
  }
}
