package io.github.amivoicetoolkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TranscriptReaderLenienceTest {
  private final TranscriptReader reader = new TranscriptReader();

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void acceptsAnyFieldOrderUnknownFieldsEscapesAndBothNumberSpellings(Inputs input) throws IOException {
    String json = "{\"extra\":{\"deep\":[1,{\"a\":[true,null]}]},\"code\":\"\",\"message\":\"\","
        + "\"results\":[{\"text\":\"\\u3053\\u3093\",\"endtime\":2000.0,\"starttime\":1000,"
        + "\"tokens\":[{\"label\":\"speaker1\",\"confidence\":1,\"endtime\":1500,\"unknown\":\"z\","
        + "\"starttime\":1000.0,\"spoken\":\"\\u3053\",\"written\":\"\\u3053\"},"
        + "{\"written\":\"\\u3093\",\"confidence\":0.5e0,\"starttime\":1500,\"endtime\":1999.6}],"
        + "\"confidence\":9.5E-1}],\"text\":\"\\u3053\\u3093\"}";
    Transcript t = input.read(reader, Inputs.utf8(json), "free.json");

    assertThat(t.shape()).isEqualTo(ResultShape.SYNC);
    assertThat(t.tokens().written(0)).isEqualTo("こ");
    assertThat(t.tokens().spoken(0)).isEqualTo("こ");
    assertThat(t.tokens().spoken(1)).isNull();
    assertThat(t.tokens().confidence(0)).isEqualTo(1.0);
    assertThat(t.tokens().confidence(1)).isEqualTo(0.5);
    assertThat(t.tokens().startMs(0)).isEqualTo(1000);
    assertThat(t.tokens().endMs(1)).isEqualTo(2000);
    assertThat(t.utterances().endMs(0)).isEqualTo(2000);
    assertThat(t.utterances().confidence(0)).isEqualTo(0.95);
    assertThat(t.text()).isEqualTo("こん");
    assertThat(t.speakers()).containsExactly("speaker1");
  }

  @Test
  void givesEqualConfidencesOneIdAndAbsentConfidencesTheIdOfNaN() throws IOException {
    String json = "{\"results\":[{\"tokens\":[{\"written\":\"a\",\"confidence\":0.5},"
        + "{\"written\":\"b\"},{\"written\":\"c\",\"confidence\":0.50},"
        + "{\"written\":\"d\",\"confidence\":1},{\"written\":\"e\",\"confidence\":-0.0},"
        + "{\"written\":\"f\",\"confidence\":0.0}]}]}";
    Tokens tokens = reader.read(Inputs.utf8(json), "ids.json").tokens();

    assertThat(tokens.confidenceDistinct()).isEqualTo(5);
    assertThat(tokens.confidenceId(0)).isEqualTo(tokens.confidenceId(2));
    assertThat(tokens.confidenceValue(tokens.confidenceId(1))).isNaN();
    assertThat(tokens.confidenceId(4)).isNotEqualTo(tokens.confidenceId(5));
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(Double.doubleToRawLongBits(tokens.confidenceValue(tokens.confidenceId(i))))
          .isEqualTo(Double.doubleToRawLongBits(tokens.confidence(i)));
      assertThat(tokens.confidenceId(i)).isBetween(0, tokens.confidenceDistinct() - 1);
    }
  }

  @Test
  void givesUtteranceConfidencesIdsToo() throws IOException {
    String json = "{\"results\":[{\"confidence\":0.9,\"tokens\":[{\"written\":\"a\"}]},"
        + "{\"tokens\":[{\"written\":\"b\"}]},{\"confidence\":0.90,\"tokens\":[{\"written\":\"c\"}]}]}";
    Utterances utterances = reader.read(Inputs.utf8(json), "ids.json").utterances();

    assertThat(utterances.confidenceDistinct()).isEqualTo(2);
    assertThat(utterances.confidenceId(0)).isEqualTo(utterances.confidenceId(2));
    assertThat(utterances.confidenceValue(utterances.confidenceId(0))).isEqualTo(0.9);
    assertThat(utterances.confidenceValue(utterances.confidenceId(1))).isNaN();
  }

  @Test
  void readsEachTokensOwnSpokenFormWhenOneWrittenFormHasSeveral() throws IOException {
    String json = "{\"results\":[{\"tokens\":[{\"written\":\"日\",\"spoken\":\"ひ\"},"
        + "{\"written\":\"日\",\"spoken\":\"にち\"},{\"spoken\":\"ひ\",\"written\":\"日\"},"
        + "{\"written\":\"日\",\"spoken\":\"ひ\"},{\"written\":\"日\"},{\"written\":\"日\",\"spoken\":\"にち\"}]}]}";
    Tokens tokens = reader.read(Inputs.utf8(json), "spoken.json").tokens();

    assertThat(tokens.spoken(0)).isEqualTo("ひ");
    assertThat(tokens.spoken(1)).isEqualTo("にち");
    assertThat(tokens.spoken(2)).isEqualTo("ひ");
    assertThat(tokens.spoken(3)).isEqualTo("ひ");
    assertThat(tokens.spoken(4)).isNull();
    assertThat(tokens.spoken(5)).isEqualTo("にち");
    assertThat(tokens.spokenId(3)).isEqualTo(tokens.spokenId(0)).isEqualTo(tokens.spokenId(2));
    assertThat(tokens.spokenId(5)).isEqualTo(tokens.spokenId(1));
    assertThat(tokens.dictionarySize()).isEqualTo(3);
  }

  @Test
  void readsTimesAndSentimentIntegersOfEveryLength() throws IOException {
    String json = "{\"results\":[{\"tokens\":[{\"written\":\"a\",\"starttime\":0,\"endtime\":999999999},"
        + "{\"written\":\"b\",\"starttime\":1000000000,\"endtime\":2147483647}]}],"
        + "\"sentiment_analysis\":{\"segments\":[{\"starttime\":0,\"endtime\":10,\"energy\":-0,"
        + "\"stress\":-12,\"big\":123456789012345,\"bigger\":1234567890123456789}]}}";
    Transcript t = reader.read(Inputs.utf8(json), "ints.json");

    assertThat(t.tokens().endMs(0)).isEqualTo(999_999_999);
    assertThat(t.tokens().startMs(1)).isEqualTo(1_000_000_000);
    assertThat(t.tokens().endMs(1)).isEqualTo(Integer.MAX_VALUE);
    Sentiment sentiment = t.sentiment();
    assertThat(Double.doubleToRawLongBits(sentiment.value(0, sentiment.parameterIndex("energy")))).isZero();
    assertThat(sentiment.value(0, sentiment.parameterIndex("stress"))).isEqualTo(-12.0);
    assertThat(sentiment.value(0, sentiment.parameterIndex("big"))).isEqualTo(123456789012345.0);
    assertThat(sentiment.value(0, sentiment.parameterIndex("bigger"))).isEqualTo(1234567890123456789.0);
  }

  @Test
  void resolvesSpeakersFromTheNearestLabelInTheUtterance() throws IOException {
    String json = "{\"results\":["
        + "{\"tokens\":[{\"written\":\"a\"},{\"written\":\"b\",\"label\":\"speaker1\"},{\"written\":\"c\"},"
        + "{\"written\":\"d\",\"label\":\"speaker0\"},{\"written\":\"e\",\"label\":\"\"}]},"
        + "{\"tokens\":[{\"written\":\"f\"}]},"
        + "{\"tokens\":[{\"written\":\"g\",\"label\":null},{\"written\":\"h\",\"label\":\"speaker2\"}]}]}";
    Transcript t = reader.read(Inputs.utf8(json), "s.json");
    Tokens tokens = t.tokens();

    assertThat(t.speakers()).containsExactly("speaker1", "speaker0", "", "speaker2");
    String[] resolved = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      resolved[i] = tokens.speaker(i);
    }
    assertThat(resolved).containsExactly("speaker1", "speaker1", "speaker1", "speaker0", "speaker0", "", "speaker2",
        "speaker2");
    assertThat(tokens.label(0)).isNull();
    assertThat(tokens.label(4)).isNull();
    assertThat(tokens.labelId(3)).isEqualTo(1);
    assertThat(tokens.utterance(5)).isEqualTo(1);
    assertThat(tokens.utterance(7)).isEqualTo(2);
  }

  @Test
  void readsWebSocketResultsOneObjectPerLine() throws IOException {
    String lines = "{\"results\":[{\"tokens\":[{\"written\":\"one\",\"starttime\":0,\"endtime\":10}],"
        + "\"starttime\":0,\"endtime\":10,\"text\":\"one\"}],\"utteranceid\":\"u1\",\"text\":\"one\",\"code\":\"\","
        + "\"message\":\"\"}\n"
        + "{\"results\":[{\"tokens\":[{\"written\":\"two\",\"starttime\":20,\"endtime\":30}],"
        + "\"starttime\":20,\"endtime\":30,\"text\":\"two\"}],\"utteranceid\":\"u2\",\"text\":\"two\",\"code\":\"\","
        + "\"message\":\"\"}\n";
    Transcript t = reader.read(Inputs.utf8(lines), "ws.jsonl");

    assertThat(t.shape()).isEqualTo(ResultShape.WEBSOCKET_LINES);
    assertThat(t.utterances().size()).isEqualTo(2);
    assertThat(t.tokens().written(1)).isEqualTo("two");
    assertThat(t.text()).isEqualTo("onetwo");
    assertThat(t.job().utteranceId()).isEqualTo("u1");
    assertThat(t.job().completed()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"a b, a b", "ab, ab", "'', ''", "xyz, xyz", "abc, abc", "abcd, abcd", "ac, ac", "a, a"})
  void keepsUtteranceAndDocumentTextsExactlyWhateverTheyAre(String topText, String expected) throws IOException {
    String json = "{\"results\":[{\"tokens\":[{\"written\":\"a\"}],\"text\":\"a\"},"
        + "{\"tokens\":[{\"written\":\"b\"}],\"text\":\"B!\"},{\"text\":\"c\",\"tokens\":[{\"written\":\"c\"}]}],"
        + "\"text\":\"" + topText + "\"}";
    for (Inputs input : Inputs.values()) {
      Transcript t = input.read(reader, Inputs.utf8(json), "t.json");
      assertThat(t.text()).isEqualTo(expected.equals("abc") ? "abc" : expected);
      assertThat(t.utterances().text(0)).isEqualTo("a");
      assertThat(t.utterances().text(1)).isEqualTo("B!");
      assertThat(t.utterances().text(2)).isEqualTo("c");
    }
  }

  @Test
  void comparesAnUtteranceTextWithTheWrittenFormsTheTokensKeep() throws IOException {
    String json = "{\"results\":[{\"tokens\":[{\"written\":\"x\",\"written\":\"今日\"},{\"written\":\"は\"}],"
        + "\"text\":\"今日は\"},{\"tokens\":[{\"written\":\"今日\"},{\"written\":\"は\"}],\"text\":\"今日\"},"
        + "{\"text\":\"は\",\"tokens\":[{\"written\":\"は\"}]}]}";
    for (Inputs input : Inputs.values()) {
      Utterances utterances = input.read(reader, Inputs.utf8(json), "dup.json").utterances();
      assertThat(utterances.tokens().written(0)).isEqualTo("今日");
      assertThat(utterances.hasOwnText(0)).isFalse();
      assertThat(utterances.text(0)).isEqualTo("今日は");
      assertThat(utterances.hasOwnText(1)).isTrue();
      assertThat(utterances.text(1)).isEqualTo("今日");
      assertThat(utterances.hasOwnText(2)).isFalse();
    }
  }

  @Test
  void rebuildsADocumentTextThatIsItsUtterancesRunTogether() throws IOException {
    String json = "{\"results\":[{\"tokens\":[{\"written\":\"a\"}],\"text\":\"a\"},"
        + "{\"tokens\":[{\"written\":\"b\"}],\"text\":\"B!\"}],\"text\":\"aB!\"}";
    assertThat(reader.read(Inputs.utf8(json), "t.json").text()).isEqualTo("aB!");
  }

  @ParameterizedTest
  @CsvSource({"same, -1", "one character changed, 20000", "shorter, -1", "longer, -1", "first changed, 0"})
  void keepsALongDocumentTextExactlyAcrossStreamedChunks(String variant, int changedAt) throws IOException {
    StringBuilder json = new StringBuilder("{\"results\":[");
    StringBuilder utterances = new StringBuilder();
    for (int u = 0; u < 3000; u++) {
      String[] words = {"今日は", "晴れ" + u, "です", "。"};
      json.append(u == 0 ? "" : ",").append("{\"tokens\":[");
      for (int w = 0; w < words.length; w++) {
        json.append(w == 0 ? "" : ",").append("{\"written\":\"").append(words[w]).append("\"}");
      }
      // every hundredth utterance has a text of its own
      String text = u % 100 == 7 ? "（" + String.join("", words) + "）" : String.join("", words);
      json.append("],\"text\":\"").append(text).append("\"}");
      utterances.append(text);
    }
    String documentText = switch (variant) {
      case "shorter" -> utterances.substring(0, utterances.length() - 2);
      case "longer" -> utterances + "です";
      default -> utterances.toString();
    };
    if (changedAt >= 0) {
      documentText = documentText.substring(0, changedAt) + "X" + documentText.substring(changedAt + 1);
    }
    json.append("],\"text\":\"").append(documentText).append("\"}");
    for (Inputs input : Inputs.values()) {
      Transcript t = input.read(reader, Inputs.utf8(json.toString()), "long.json");
      assertThat(t.text()).isEqualTo(documentText);
      assertThat(t.utterances().text(107)).isEqualTo("（今日は晴れ107です。）");
    }
  }

  @Test
  void limitsADocumentTextStreamedThroughTheComparison() {
    TranscriptReader limited = new TranscriptReader(ReadOptions.builder().maxStringLength(50).build());
    String json = "{\"results\":[{\"tokens\":[{\"written\":\"a\"}],\"text\":\"a\"}],\"text\":\"a"
        + "b".repeat(100) + "\"}";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> limited.read(Inputs.utf8(json), "t.json"))
        .isInstanceOf(ReadLimitException.class)
        .hasMessage("t.json: string longer than 50 characters (ReadOptions.maxStringLength) at $.text (line 1, column 61)");
  }

  @Test
  void recordsSentimentParametersInFileOrderWithGapsAsNaN() throws IOException {
    String json = "{\"status\":\"completed\",\"segments\":[],\"sentiment_analysis\":{\"segments\":["
        + "{\"starttime\":0,\"endtime\":100,\"energy\":1,\"stress\":2.5,\"note\":\"x\"},"
        + "{\"starttime\":100,\"endtime\":200,\"stress\":3,\"custom\":-7}]}}";
    Sentiment s = reader.read(Inputs.utf8(json), "s.json").sentiment();

    assertThat(s.parameters()).containsExactly("energy", "stress", "custom");
    assertThat(s.value(0, 0)).isEqualTo(1.0);
    assertThat(s.value(0, 1)).isEqualTo(2.5);
    assertThat(s.value(0, 2)).isNaN();
    assertThat(s.value(1, 0)).isNaN();
    assertThat(s.value(1, 2)).isEqualTo(-7.0);
  }

  @Test
  void keepsManyDistinctConfidencesExactly() throws IOException {
    StringBuilder json = new StringBuilder("{\"results\":[{\"tokens\":[");
    int n = 70_000;
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("{\"written\":\"w\",\"confidence\":").append(i / 100_000.0).append('}');
    }
    json.append("]}]}");
    Tokens tokens = reader.read(Inputs.utf8(json.toString()), "many.json").tokens();
    assertThat(tokens.size()).isEqualTo(n);
    for (int i = 0; i < n; i += 997) {
      assertThat(tokens.confidence(i)).isEqualTo(i / 100_000.0);
    }
    assertThat(tokens.confidence(n - 1)).isEqualTo((n - 1) / 100_000.0);
  }
}
