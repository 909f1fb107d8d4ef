package io.github.amivoicetoolkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TranscriptReaderErrorsTest {
  private final TranscriptReader reader = new TranscriptReader();

  private static final String TOKEN_WITH_STRING_TIME = "{\n"
      + "  \"status\": \"completed\",\n"
      + "  \"segments\": [\n"
      + "    {\"results\": [{\"tokens\": [\n"
      + "      {\"written\": \"a\", \"starttime\": 10, \"endtime\": 20},\n"
      + "      {\"written\": \"b\", \"starttime\": \"30\", \"endtime\": 40}\n"
      + "    ]}]}\n"
      + "  ]\n"
      + "}\n";

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void namesPathLineAndColumnOfAStringWhereATimeBelongs(Inputs input) {
    assertThatThrownBy(() -> input.read(reader, Inputs.utf8(TOKEN_WITH_STRING_TIME), "bad.json"))
        .isInstanceOfSatisfying(ResultShapeException.class, e -> {
          assertThat(e.source()).isEqualTo("bad.json");
          assertThat(e.jsonPath()).isEqualTo("$.segments[0].results[0].tokens[1].starttime");
          assertThat(e.line()).isEqualTo(6);
          assertThat(e.column()).isEqualTo(37);
          assertThat(e.problem()).isEqualTo("Expected NUMBER for 'starttime' but was STRING");
          assertThat(e.getMessage()).isEqualTo("bad.json: Expected NUMBER for 'starttime' but was STRING"
              + " at $.segments[0].results[0].tokens[1].starttime (line 6, column 37)");
        });
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void rejectsTokensThatAreNotAnArray(Inputs input) {
    String json = "{\"results\":[{\"tokens\":{\"written\":\"a\"}}]}";
    assertThatThrownBy(() -> input.read(reader, Inputs.utf8(json), "t.json"))
        .isInstanceOfSatisfying(ResultShapeException.class, e -> {
          assertThat(e.problem()).isEqualTo("Expected ARRAY for 'tokens' but was OBJECT");
          assertThat(e.jsonPath()).isEqualTo("$.results[0].tokens");
          assertThat(e.line()).isEqualTo(1);
        });
  }

  @Test
  void rejectsATokenWithoutWritten() {
    String json = "{\"results\":[{\"tokens\":[{\"written\":\"a\"},{\"spoken\":\"b\"}]}]}";
    assertThatThrownBy(() -> reader.read(Inputs.utf8(json), "w.json"))
        .isInstanceOfSatisfying(ResultShapeException.class, e -> {
          assertThat(e.problem()).contains("'written'");
          assertThat(e.jsonPath()).isEqualTo("$.results[0].tokens[1]");
        });
  }

  @Test
  void rejectsAnUnknownShape() {
    assertThatThrownBy(() -> reader.read(Inputs.utf8("{\"hello\": [1, 2, {\"x\": null}]}"), "u.json"))
        .isInstanceOf(ResultShapeException.class)
        .hasMessageStartingWith("u.json: Expected an AmiVoice result or job status");
  }

  @Test
  void rejectsATopLevelArray() {
    assertThatThrownBy(() -> reader.read(Inputs.utf8("[{\"results\":[]}]"), "a.json"))
        .isInstanceOf(ResultShapeException.class)
        .hasMessageContaining("Expected an OBJECT at the top level but was ARRAY");
  }

  @Test
  void rejectsANegativeOrHugeTime() {
    assertThatThrownBy(() -> reader.read(Inputs.utf8("{\"results\":[{\"starttime\":-5}]}"), "n.json"))
        .isInstanceOf(ResultShapeException.class)
        .hasMessageContaining("for 'starttime' but was -5");
    assertThatThrownBy(() -> reader.read(Inputs.utf8("{\"results\":[{\"endtime\":99999999999}]}"), "h.json"))
        .isInstanceOf(ResultShapeException.class)
        .hasMessageContaining("for 'endtime' but was 99999999999");
  }

  /** A time field of each kind, its value written where {@code %s} is. */
  enum TimeField {
    TOKEN_START("{\n  \"results\": [{\"tokens\": [\n    {\"written\": \"a\", \"starttime\": %s}\n  ]}]\n}\n",
        "$.results[0].tokens[0].starttime", "starttime") {
      @Override
      int read(Transcript t) {
        return t.tokens().startMs(0);
      }
    },
    UTTERANCE_END("{\n  \"results\": [{\n    \"starttime\": 0, \"endtime\": %s,\n    \"tokens\": [{\"written\": \"a\"}]\n  }]\n}\n",
        "$.results[0].endtime", "endtime") {
      @Override
      int read(Transcript t) {
        assertThat(t.utterances().durationMs(0)).isEqualTo(t.utterances().endMs(0));
        return t.utterances().endMs(0);
      }
    },
    SENTIMENT_END("{\n  \"status\": \"completed\", \"segments\": [],\n  \"sentiment_analysis\": {\"segments\": [\n"
        + "    {\"starttime\": 0, \"endtime\": %s, \"energy\": 1}\n  ]}\n}\n",
        "$.sentiment_analysis.segments[0].endtime", "endtime") {
      @Override
      int read(Transcript t) {
        return t.sentiment().endMs(0);
      }
    };

    final String template;
    final String path;
    final String name;

    TimeField(String template, String path, String name) {
      this.template = template;
      this.path = path;
      this.name = name;
    }

    abstract int read(Transcript t);

    byte[] document(String value) {
      return Inputs.utf8(String.format(template, value));
    }
  }

  @ParameterizedTest
  @EnumSource(TimeField.class)
  void acceptsEveryTimeUpToIntMaxInEverySpelling(TimeField field) throws IOException {
    for (String value : new String[] {"2147483647", "2147483647.0", "2.147483647E9", "2147483646.5", "214748364.7e1"}) {
      for (Inputs input : Inputs.values()) {
        assertThat(field.read(input.read(reader, field.document(value), "max.json"))).as(value + " over " + input)
            .isEqualTo(Integer.MAX_VALUE);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TimeField.class)
  void rejectsATimeBeyondIntMaxNamingPathLineAndColumn(TimeField field) {
    for (String value : new String[] {"2147483648", "2147483647.5", "2.147483648E9", "4294967296", "99999999999999999999",
        "1e10"}) {
      String json = String.format(field.template, value);
      int at = json.indexOf(value);
      int line = (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
      int column = at - json.lastIndexOf('\n', at);
      for (Inputs input : Inputs.values()) {
        assertThatThrownBy(() -> input.read(reader, field.document(value), "late.json"))
            .as(value + " over " + input)
            .isInstanceOfSatisfying(ResultShapeException.class, e -> {
              assertThat(e.problem()).isEqualTo("Expected a time in ms from 0 to 2147483647 for '" + field.name
                  + "' but was " + value);
              assertThat(e.jsonPath()).isEqualTo(field.path);
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isEqualTo(column);
            });
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void reportsEmptyInput(Inputs input) {
    assertThatThrownBy(() -> input.read(reader, new byte[0], "empty.json"))
        .isInstanceOf(MalformedResultException.class)
        .hasMessage("empty.json: empty input: no JSON value");
    assertThatThrownBy(() -> input.read(reader, Inputs.utf8(" \n\t "), "blank.json"))
        .isInstanceOf(MalformedResultException.class)
        .hasMessage("blank.json: empty input: no JSON value");
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void reportsATruncatedFileWithItsPosition(Inputs input) {
    byte[] whole = Inputs.resource("async-v2-completed-diarized.json");
    byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
    assertThatThrownBy(() -> input.read(reader, truncated, "cut.json"))
        .isInstanceOfSatisfying(MalformedResultException.class, e -> {
          assertThat(e.problem()).startsWith("truncated input");
          assertThat(e.line()).isGreaterThan(1);
          assertThat(e.jsonPath()).startsWith("$.segments[0].results[0].tokens[");
        });
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void reportsBinaryGarbage(Inputs input) {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertThatThrownBy(() -> input.read(reader, png, "image.png"))
        .isInstanceOf(MalformedResultException.class)
        .hasMessageStartingWith("image.png: not valid JSON");
  }

  @Test
  void reportsMalformedJsonInsideAToken() {
    String json = "{\"results\":[{\"tokens\":[{\"written\":\"a\",,}]}]}";
    assertThatThrownBy(() -> reader.read(Inputs.utf8(json), "m.json"))
        .isInstanceOfSatisfying(MalformedResultException.class, e -> {
          assertThat(e.problem()).startsWith("not valid JSON: Unexpected character (',' ");
          assertThat(e.jsonPath()).isEqualTo("$.results[0].tokens[0].written");
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(39);
        });
  }

  @Test
  void enforcesTheTokenLimit() {
    TranscriptReader limited = new TranscriptReader(ReadOptions.builder().maxTokens(2).build());
    assertThatThrownBy(() -> limited.read(Inputs.resource("sync-ja-low-confidence.json"), "s.json"))
        .isInstanceOf(ReadLimitException.class)
        .hasMessageContaining("more than 2 tokens (ReadOptions.maxTokens)");
  }

  @Test
  void enforcesTheStringLengthLimit() {
    TranscriptReader limited = new TranscriptReader(ReadOptions.builder().maxStringLength(10).build());
    String json = "{\"results\":[{\"tokens\":[{\"written\":\"" + "x".repeat(100) + "\"}]}]}";
    assertThatThrownBy(() -> limited.read(Inputs.utf8(json), "long.json"))
        .isInstanceOfSatisfying(ReadLimitException.class,
            e -> assertThat(e.getMessage()).startsWith("long.json: string of 100 characters is longer than 10"));
  }

  @Test
  void enforcesTheNestingLimit() {
    String json = "{\"results\":[{\"x\":" + "[".repeat(200) + "]".repeat(200) + "}]}";
    assertThatThrownBy(() -> reader.read(Inputs.utf8(json), "deep.json"))
        .isInstanceOfSatisfying(ReadLimitException.class,
            e -> assertThat(e.problem()).contains("nesting depth"));
  }

  @Test
  void enforcesTheDocumentSizeLimit() {
    TranscriptReader limited = new TranscriptReader(ReadOptions.builder().maxDocumentBytes(100).build());
    assertThatThrownBy(() -> limited.read(Inputs.resource("async-v2-completed-diarized.json"), "big.json"))
        .isInstanceOf(ReadLimitException.class)
        .hasMessageContaining("Document length");
  }

  @Test
  void rejectsNonsensicalOptionsWithTheValue() {
    assertThatThrownBy(() -> ReadOptions.builder().maxTokens(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxTokens < 0: -1");
    assertThatThrownBy(() -> ReadOptions.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxStringLength < 1: 0");
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void readsGzipCompressedContent(Inputs input) throws IOException {
    byte[] json = Inputs.resource("async-v1-completed-sentiment.json");
    Transcript plain = reader.read(json, "x.json");
    Transcript gzipped = input.read(reader, gzip(json), "x.json.gz");
    assertThat(Dump.of(gzipped)).isEqualTo(Dump.of(plain));
  }

  @Test
  void reportsCorruptAndTruncatedGzip() throws IOException {
    byte[] gz = gzip(Inputs.resource("async-v1-completed-sentiment.json"));
    assertThatThrownBy(() -> reader.read(Arrays.copyOf(gz, gz.length / 2), "cut.json.gz"))
        .isInstanceOf(MalformedResultException.class)
        .hasMessageStartingWith("cut.json.gz: truncated gzip data");
    byte[] corrupt = gz.clone();
    Arrays.fill(corrupt, 20, 60, (byte) 0x55);
    assertThatThrownBy(() -> reader.read(corrupt, "bad.json.gz"))
        .isInstanceOf(MalformedResultException.class)
        .hasMessageStartingWith("bad.json.gz: ");
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void toleratesAUtf8ByteOrderMark(Inputs input) throws IOException {
    byte[] json = Inputs.resource("sync-ja-filler-kept.json");
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);
    assertThat(Dump.of(input.read(reader, withBom, "bom.json"))).isEqualTo(Dump.of(reader.read(json, "bom.json")));
  }

  private static final byte[] UTF_32BE_BOM = {0, 0, (byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF_32LE_BOM = {(byte) 0xFF, (byte) 0xFE, 0, 0};

  @ParameterizedTest
  @CsvSource({"UTF-32BE, false", "UTF-32BE, true", "UTF-32LE, false", "UTF-32LE, true"})
  void readsUtf32InEitherByteOrderWithOrWithoutAByteOrderMark(String charset, boolean bom) throws IOException {
    byte[] utf8 = Inputs.resource("sync-ja-filler-kept.json");
    byte[] body = new String(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName(charset));
    byte[] json = bom ? concat(charset.endsWith("BE") ? UTF_32BE_BOM : UTF_32LE_BOM, body) : body;
    for (Inputs input : Inputs.values()) {
      assertThat(Dump.of(input.read(reader, json, "u32.json"))).isEqualTo(Dump.of(reader.read(utf8, "u32.json")));
    }
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void reportsAnInvalidUtf32CodePointAfterAByteOrderMarkAsMalformed(Inputs input) {
    byte[] json = concat(UTF_32BE_BOM, new byte[] {0x7F, (byte) 0xFF, 0x00, 0x7B},
        "{}".getBytes(Charset.forName("UTF-32BE")));
    assertThatThrownBy(() -> input.read(reader, json, "u32.json"))
        .isInstanceOfSatisfying(MalformedResultException.class, e -> {
          assertThat(e.source()).isEqualTo("u32.json");
          assertThat(e.problem()).startsWith("bad encoding: Invalid UTF-32 character 0x").endsWith("(above 0x0010ffff)");
          assertThat(e.getCause()).isInstanceOf(CharConversionException.class);
        });
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void reportsATruncatedUtf32FileAsMalformed(Inputs input) {
    byte[] whole = concat(UTF_32LE_BOM, "{\"results\":[]}".getBytes(Charset.forName("UTF-32LE")));
    byte[] truncated = Arrays.copyOf(whole, whole.length - 2);
    assertThatThrownBy(() -> input.read(reader, truncated, "cut32.json"))
        .isInstanceOf(MalformedResultException.class)
        .hasMessage("cut32.json: truncated input: Unexpected EOF in the middle of a 4-byte UTF-32 char: got 2, needed 4");
  }

  @ParameterizedTest
  @CsvSource({
      "fe ff 00 00 7b 00 00 00, 3412", "00 00 ff fe 00 7b 00 00, 2143",
      "00 7b 00 00 00 7d 00 00, 3412", "00 00 7b 00 00 00 7d 00, 2143"})
  void reportsTheUnusualUcs4ByteOrdersAsMalformed(String hex, String order) {
    byte[] json = HexFormat.ofDelimiter(" ").parseHex(hex);
    for (Inputs input : Inputs.values()) {
      assertThatThrownBy(() -> input.read(reader, json, "ucs4.json"))
          .isInstanceOf(MalformedResultException.class)
          .hasMessage("ucs4.json: bad encoding: Unsupported UCS-4 endianness (" + order + ") detected");
    }
  }

  @Test
  void givesATranscriptOrAReadErrorWhateverTheBytes() {
    byte[][] prefixes = {{}, UTF_32BE_BOM, UTF_32LE_BOM, {(byte) 0xFE, (byte) 0xFF, 0, 0}, {0, 0, (byte) 0xFF, (byte) 0xFE},
        {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {0x1F, (byte) 0x8B},
        {0, 0, 0, 0x7B}, {0x7B, 0, 0, 0}, {0, 0x7B, 0, 0}, {0, 0, 0x7B, 0}};
    SplittableRandom random = new SplittableRandom(18);
    for (int i = 0; i < 1_000; i++) {
      byte[] body = new byte[random.nextInt(48)];
      random.nextBytes(body);
      byte[] json = concat(prefixes[i % prefixes.length], body);
      for (Inputs input : Inputs.values()) {
        try {
          assertThat(input.read(reader, json, "any.bin")).isNotNull();
        } catch (IOException e) {
          assertThat(e).as(HexFormat.of().formatHex(json) + " over " + input)
              .isInstanceOf(TranscriptReadException.class);
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"UTF-8, false", "UTF-32BE, false", "UTF-8, true"})
  void keepsAReadFailureOfTheStreamAPlainIOException(String charset, boolean gzipped) throws IOException {
    byte[] body = new String(Inputs.resource("async-v1-completed-sentiment.json"), StandardCharsets.UTF_8)
        .getBytes(Charset.forName(charset));
    byte[] json = gzipped ? gzip(body) : body;
    IOException diskGone = new IOException("disk gone");
    InputStream failing = new InputStream() {
      private final InputStream delivered = new ByteArrayInputStream(json, 0, json.length / 2);

      @Override
      public int read() throws IOException {
        int next = delivered.read();
        if (next < 0) {
          throw diskGone;
        }
        return next;
      }
    };
    assertThatThrownBy(() -> reader.read(failing, "gone.json"))
        .isNotInstanceOf(TranscriptReadException.class)
        .isInstanceOf(IOException.class)
        .hasMessage("gone.json: disk gone")
        .satisfies(e -> assertThat(e.getCause()).isSameAs(diskGone));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.writeBytes(part);
    }
    return bytes.toByteArray();
  }

  @Test
  void readsAFileAndNamesItInErrors(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.json.gz");
    Files.write(good, gzip(Inputs.resource("async-v2-completed-diarized.json")));
    assertThat(reader.read(good).tokens().size()).isEqualTo(10);
    assertThat(reader.read(good).source()).isEqualTo(good.toString());

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, TOKEN_WITH_STRING_TIME);
    assertThatThrownBy(() -> reader.read(bad)).hasMessageStartingWith(bad + ": Expected NUMBER");

    assertThatThrownBy(() -> reader.read(dir.resolve("missing.json"))).isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("missing.json");
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }
}
