package io.github.amivoicetoolkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A document read by two threads gives exactly what one thread reading it whole gives: every column,
 * every dictionary id, every error with its path, line and column. Each document is read split at
 * every cut it has, so the join is checked at every kind of place, not only the middle.
 */
class SpliceTest {
  private final TranscriptReader reader = new TranscriptReader();

  @AfterEach
  void leavesNoThreadBehind() {
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("amivoice-reader-part"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void randomDocumentsReadSplitAtEveryCutAsTheyReadWhole(int seed) throws IOException {
    byte[] json = new RandomDocument(new SplittableRandom(seed)).bytes();
    String whole = fullDump(reader.read(json, "r.json"));
    int joined = 0;
    int twice = 0;
    for (long from : commas(json)) {
      for (long part : partSizes(json)) {
        for (long[] cuts : new long[][] {{from}, {from, from + json.length / 3}}) {
          TranscriptReader.SplitRead split = split(reader, json, "r.json", cuts, part);
          assertThat(fullDump(split.transcript())).as("cuts from %s, parts %d", Arrays.toString(cuts), part)
              .isEqualTo(whole);
          joined += split.joined();
          twice += split.joined() == 2 ? 1 : 0;
        }
      }
    }
    assertThat(joined).as("parts joined").isPositive();
    assertThat(twice).as("reads that joined two parts").isPositive();
  }

  @Test
  void samplesReadSplitAsTheyReadWhole() throws IOException {
    for (String name : Samples.NAMES) {
      byte[] json = Samples.bytes(name);
      if (json.length < 4 || json[0] != '{') {
        continue;
      }
      String whole = fullDump(reader.read(json, name));
      for (long from : commas(json)) {
        for (long part : partSizes(json)) {
          assertThat(fullDump(split(reader, json, name, new long[] {from}, part).transcript()))
              .as("%s from %d, part %d", name, from, part).isEqualTo(whole);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {31, 32, 33, 34, 35})
  void truncatedAndCorruptedDocumentsFailAsTheyFailWhole(int seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] json = new RandomDocument(random).bytes();
    List<Long> commas = commas(json);
    List<Long> cuts = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      cuts.add(commas.get(k * commas.size() / 12));
    }
    for (int trial = 0; trial < 40; trial++) {
      byte[] bad;
      if (trial % 2 == 0) {
        bad = Arrays.copyOf(json, random.nextInt(json.length));
      } else {
        bad = json.clone();
        int at = random.nextInt(bad.length);
        bad[at] = (byte) "{}[],:\"x1 \\".charAt(random.nextInt(11));
      }
      String whole = outcome(() -> reader.read(bad, "bad.json"));
      for (long from : cuts) {
        if (from >= bad.length) {
          break;
        }
        for (long part : partSizes(bad)) {
          assertThat(outcome(() -> split(reader, bad, "bad.json", new long[] {from}, part).transcript()))
              .as("trial %d from %d, part %d", trial, from, part).isEqualTo(whole);
        }
      }
    }
  }

  @Test
  void aCutInAnotherArrayOfLookalikeElementsFallsBackToTheWholeRead() throws IOException {
    String json = "{\"status\":\"completed\",\"extra\":[{\"results\":[]},{\"results\":[]}],"
        + "\"segments\":[" + segment("a", "speaker0") + "," + segment("b", "speaker1") + "]}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    String whole = fullDump(reader.read(bytes, "x.json"));
    TranscriptReader.SplitRead decoy = split(reader, bytes, "x.json", new long[] {json.indexOf("},{")},
        bytes.length);
    assertThat(decoy.joined()).isZero();
    assertThat(fullDump(decoy.transcript())).isEqualTo(whole);
    TranscriptReader.SplitRead real = split(reader, bytes, "x.json", new long[] {json.indexOf("\"segments\"")},
        bytes.length);
    assertThat(real.joined()).isOne();
    assertThat(fullDump(real.transcript())).isEqualTo(whole);
  }

  @Test
  void sentimentSegmentsReadSplitKeepTheirParametersInOrder() throws IOException {
    String json = "{\"segments\":[" + segment("a", "speaker0") + "],\"sentiment_analysis\":{\"segments\":["
        + "{\"starttime\":0,\"endtime\":1,\"energy\":1,\"stress\":2},"
        + "{\"starttime\":2,\"endtime\":3,\"stress\":4},"
        + "{\"starttime\":4,\"endtime\":5,\"atmosphere\":-5,\"energy\":6},"
        + "{\"starttime\":6,\"endtime\":7,\"content\":7,\"stress\":null}]}}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Transcript whole = reader.read(bytes, "v1.json");
    for (int k = 0; k < 3; k++) {
      long from = json.indexOf("\"sentiment_analysis\"") + 30 + k * 30;
      TranscriptReader.SplitRead split = split(reader, bytes, "v1.json", new long[] {from}, 1 + k * 40);
      assertThat(split.joined()).isOne();
      assertThat(split.transcript().sentiment().parameters()).isEqualTo(whole.sentiment().parameters())
          .containsExactly("energy", "stress", "atmosphere", "content");
      assertThat(fullDump(split.transcript())).isEqualTo(fullDump(whole));
    }
  }

  @Test
  void lookalikeBytesInsideStringsAreNoCut() throws IOException {
    String text = "\\\",{\\\"results\\\":[ ,{\\\"tokens\\\":[";
    String json = "{\"segments\":[" + segment(text, null) + "," + segment("b", null) + "]}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    TranscriptReader.SplitRead split = split(reader, bytes, "s.json", new long[] {1}, bytes.length);
    assertThat(split.joined()).isOne();
    assertThat(split.transcript().tokens().written(0)).isEqualTo("\",{\"results\":[ ,{\"tokens\":[");
    assertThat(fullDump(split.transcript())).isEqualTo(fullDump(reader.read(bytes, "s.json")));
  }

  @Test
  void tokensPastTheLimitAcrossBothHalvesFailAsInAWholeRead() {
    StringBuilder json = new StringBuilder("{\"segments\":[");
    for (int i = 0; i < 6; i++) {
      json.append(i == 0 ? "" : ",").append(segment("w" + i, "speaker" + (i % 2)));
    }
    byte[] bytes = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    TranscriptReader limited = new TranscriptReader(ReadOptions.builder().maxTokens(5).build());
    String whole = outcome(() -> limited.read(bytes, "l.json"));
    assertThat(whole).startsWith("ReadLimitException");
    for (long from : commas(bytes)) {
      for (long part : partSizes(bytes)) {
        assertThat(outcome(() -> split(limited, bytes, "l.json", new long[] {from}, part).transcript()))
            .isEqualTo(whole);
      }
    }
  }

  @Test
  void nestingPastTheLimitInTheSecondHalfFailsAsInAWholeRead() {
    // 13 deep in the document, 12 in the part: only a part read one level less deep fails as the whole
    String deep = "[".repeat(6) + "]".repeat(6);
    String json = "{\"segments\":[" + segment("a", null) + ",{\"results\":[{\"tokens\":[{\"written\":\"b\",\"x\":"
        + deep + "}]}]}]}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    TranscriptReader limited = new TranscriptReader(ReadOptions.builder().maxNestingDepth(12).build());
    String whole = outcome(() -> limited.read(bytes, "n.json"));
    assertThat(whole).startsWith("ReadLimitException");
    assertThat(outcome(() -> split(limited, bytes, "n.json", new long[] {1}, bytes.length).transcript()))
        .isEqualTo(whole);
  }

  @Test
  void aLargeFileIsReadByTwoThreadsAsByOne(@TempDir Path dir) throws IOException {
    byte[] json = new RandomDocument(new SplittableRandom(99), 4000).bytes();
    Path file = dir.resolve("big.json");
    Files.write(file, json);
    TranscriptReader one = new TranscriptReader(ReadOptions.builder().parallelThresholdBytes(-1).build());
    TranscriptReader two = new TranscriptReader(ReadOptions.builder().parallelThresholdBytes(json.length).build());
    String whole = fullDump(one.read(file));
    assertThat(fullDump(two.read(file))).isEqualTo(whole);
    assertThat(fullDump(two.read(json, file.toString()))).isEqualTo(whole);
    assertThat(split(two, json, "big.json", new long[] {json.length / 4, json.length * 3 / 4}, json.length / 4)
        .joined()).isEqualTo(2);
  }

  // ---- helpers

  private static String segment(String written, String label) {
    return "{\"results\":[{\"tokens\":[{\"written\":\"" + written + "\",\"starttime\":1,\"endtime\":2"
        + (label == null ? "" : ",\"label\":\"" + label + "\"") + "}],\"text\":\"" + written + "\"}]}";
  }

  /** {@code reader}'s read split at the first cut from each of {@code cutsFrom} on, parts of {@code partBytes}. */
  private static TranscriptReader.SplitRead split(TranscriptReader reader, byte[] json, String name, long[] cutsFrom,
      long partBytes) throws IOException {
    long[] sizes = new long[cutsFrom.length];
    Arrays.fill(sizes, partBytes);
    return reader.readSplit(json, name, cutsFrom, sizes);
  }

  /** A part of one element, of a fifth of the document and to its array's end. */
  private static long[] partSizes(byte[] json) {
    return new long[] {1, json.length / 5, json.length};
  }

  /** Every comma's offset: reading split from each tries every cut the document has. */
  private static List<Long> commas(byte[] json) {
    List<Long> positions = new ArrayList<>();
    for (int i = 0; i < json.length; i++) {
      if (json[i] == ',') {
        positions.add((long) i);
      }
    }
    return positions;
  }

  @FunctionalInterface
  private interface Read {
    Transcript read() throws IOException;
  }

  private static String outcome(Read read) {
    try {
      return fullDump(read.read());
    } catch (IOException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** {@link Dump} and every id a column holds, with the dictionary in id order. */
  static String fullDump(Transcript t) {
    StringBuilder out = new StringBuilder(Dump.of(t));
    Tokens tokens = t.tokens();
    for (int id = 0; id < tokens.dictionarySize(); id++) {
      out.append(id).append('=').append(tokens.dictionaryString(id)).append('\n');
    }
    for (int i = 0; i < tokens.size(); i++) {
      out.append(tokens.writtenId(i)).append(' ').append(tokens.spokenId(i)).append(' ')
          .append(tokens.labelId(i)).append(' ').append(tokens.speakerId(i)).append(' ')
          .append(tokens.confidenceId(i)).append(' ').append(tokens.utterance(i)).append('\n');
    }
    for (int id = 0; id < tokens.confidenceDistinct(); id++) {
      out.append(tokens.confidenceValue(id)).append(' ');
    }
    return out.toString();
  }

  /**
   * A random result in either shape, with what real and hostile data hold: labels missing at the start
   * or end of an utterance, missing and null fields, float and whole-number times and confidences,
   * texts that are and are not their tokens, placeholder results, unknown fields with lookalike
   * elements, escapes, pretty printing, several documents one after another.
   */
  static final class RandomDocument {
    private static final String[] WORDS = {"はい", "お電話", "ありがとう", "ございます", "。", "、", "%えーと%", "OK",
        "the", "Tokyo", "\\\"quoted\\\"", "\\u3042", "{\\\"results\\\":[", "},{", "a\\\\", "x"};
    private final SplittableRandom random;
    private final int utterances;
    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;

    RandomDocument(SplittableRandom random) {
      this(random, 3 + random.nextInt(12));
    }

    RandomDocument(SplittableRandom random, int utterances) {
      this.random = random;
      this.utterances = utterances;
      this.pretty = random.nextInt(4) == 0;
    }

    byte[] bytes() {
      int roots = random.nextInt(6) == 0 ? 2 : 1;
      for (int r = 0; r < roots; r++) {
        document();
        out.append('\n');
      }
      return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void space() {
      if (pretty) {
        out.append(random.nextBoolean() ? "\n  " : " ");
      }
    }

    private void document() {
      boolean segments = random.nextInt(3) != 0;
      out.append('{');
      space();
      out.append("\"status\":\"completed\",");
      space();
      if (random.nextInt(3) == 0) {
        out.append("\"extra\":[{\"results\":[{\"tokens\":[]}]},{\"results\":[]}],");
        space();
      }
      out.append(segments ? "\"segments\"" : "\"results\"").append(':');
      space();
      out.append('[');
      for (int u = 0; u < utterances; u++) {
        if (u > 0) {
          out.append(',');
          space();
        }
        if (segments) {
          out.append('{');
          space();
          if (random.nextInt(8) == 0) {
            out.append("\"text\":\"seg\",");
          }
          out.append("\"results\"");
          space();
          out.append(':');
          space();
          out.append('[');
          utterance();
          out.append("],\"text\":\"s\"}");
        } else {
          utterance();
        }
      }
      out.append(']');
      if (random.nextBoolean()) {
        out.append(",\"text\":\"").append(random.nextBoolean() ? "" : "全文").append('"');
      }
      if (random.nextInt(3) != 0) {
        sentiment();
      }
      out.append('}');
    }

    /** Sentiment segments whose parameters come and go, in changing order, with nulls and strings. */
    private void sentiment() {
      String[] names = {"energy", "stress", "emo_cog", "atmosphere", "Energy"};
      out.append(",\"sentiment_analysis\":{\"segments\":[");
      int segments = 1 + random.nextInt(utterances);
      for (int s = 0; s < segments; s++) {
        if (s > 0) {
          out.append(',');
          space();
        }
        out.append("{\"starttime\":").append(s * 2000).append(",\"endtime\":").append(s * 2000 + 1999);
        int from = random.nextInt(names.length);
        for (int k = 0; k < names.length; k++) {
          String name = names[(from + k) % names.length];
          switch (random.nextInt(6)) {
            case 0 -> { }
            case 1 -> out.append(",\"").append(name).append("\":null");
            case 2 -> out.append(",\"").append(name).append("\":\"n/a\"");
            default -> out.append(",\"").append(name).append("\":").append(random.nextInt(201) - 100);
          }
        }
        out.append('}');
      }
      out.append("]}");
    }

    private void utterance() {
      if (random.nextInt(10) == 0) {
        out.append("{\"tokens\":[],\"text\":\"\"}");
        return;
      }
      out.append('{');
      if (random.nextInt(5) == 0) {
        out.append("\"confidence\":0.9,");
      }
      out.append("\"tokens\"");
      space();
      out.append(':');
      space();
      out.append('[');
      int tokens = 1 + random.nextInt(6);
      StringBuilder text = new StringBuilder();
      for (int t = 0; t < tokens; t++) {
        if (t > 0) {
          out.append(',');
          space();
        }
        String word = WORDS[random.nextInt(WORDS.length)];
        text.append(word);
        out.append("{\"written\":\"").append(word).append('"');
        if (random.nextInt(5) != 0) {
          out.append(",\"spoken\":").append(random.nextInt(8) == 0 ? "null" : "\"" + word + (random.nextInt(4) == 0
              ? "x" : "") + "\"");
        }
        if (random.nextInt(6) != 0) {
          int start = random.nextInt(100_000);
          out.append(",\"starttime\":").append(random.nextInt(5) == 0 ? start + ".0" : String.valueOf(start));
          out.append(",\"endtime\":").append(start + random.nextInt(900));
        }
        if (random.nextInt(6) != 0) {
          out.append(",\"confidence\":").append(random.nextInt(4) == 0 ? "1" : "0." + random.nextInt(100));
        }
        int label = random.nextInt(5);
        if (label < 3) {
          out.append(",\"label\":\"speaker").append(label).append('"');
        } else if (label == 3) {
          out.append(",\"label\":\"\"");
        }
        out.append('}');
      }
      out.append("],\"starttime\":").append(random.nextInt(1000))
          .append(",\"endtime\":").append(2000 + random.nextInt(9));
      out.append(",\"text\":\"").append(random.nextInt(4) == 0 ? "other" : text).append("\"}");
    }
  }
}
