package io.github.amivoicetoolkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TranscriptReaderSamplesTest {
  private final TranscriptReader reader = new TranscriptReader();

  static List<Arguments> everySampleOverEveryInput() {
    return Samples.NAMES.stream()
        .flatMap(sample -> java.util.Arrays.stream(Inputs.values()).map(input -> Arguments.of(sample, input)))
        .toList();
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("everySampleOverEveryInput")
  void readsEverySampleIdenticallyOverEveryInput(String sample, Inputs input) throws IOException {
    byte[] json = Inputs.resource(sample);
    Transcript expected = reader.read(json, sample);
    Transcript actual = input.read(reader, json, sample);
    assertThat(Dump.of(actual)).isEqualTo(Dump.of(expected));
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void readsAsyncV1WithSentimentSpeakersAndTimes(Inputs input) throws IOException {
    Transcript t = input.read(reader, Inputs.resource("async-v1-completed-sentiment.json"), "v1.json");

    assertThat(t.shape()).isEqualTo(ResultShape.ASYNC_SEGMENTS);
    assertThat(t.job().status()).isEqualTo("completed");
    assertThat(t.job().completed()).isTrue();
    assertThat(t.job().failed()).isFalse();
    assertThat(t.job().sessionId()).isEqualTo("0184e605ff170a306b8f9c96");
    assertThat(t.job().contentId()).isEqualTo("www-2.wav");
    assertThat(t.job().audioSize()).isEqualTo(270444);
    assertThat(t.job().audioMd5()).isEqualTo("fd7d144824e8a5982d3aaa4cda5358a8");
    assertThat(t.job().utteranceId()).isEqualTo("20221206/15/0184e60741170a30522339d0_20221206_150225[nolog]");
    assertThat(t.job().code()).isEmpty();

    Tokens tokens = t.tokens();
    assertThat(tokens.size()).isEqualTo(10);
    assertThat(tokens.written(0)).isEqualTo("www2");
    assertThat(tokens.spoken(0)).isEqualTo("とりぷるだぶる");
    assertThat(tokens.startMs(0)).isEqualTo(1620);
    assertThat(tokens.endMs(0)).isEqualTo(2548);
    assertThat(tokens.confidence(3)).isEqualTo(0.99);
    assertThat(tokens.confidence(0)).isEqualTo(1.0);
    assertThat(tokens.speaker(7)).isEqualTo("speaker1");
    assertThat(tokens.label(7)).isEqualTo("speaker1");
    assertThat(tokens.kind(9)).isEqualTo(TokenKind.PUNCTUATION);
    assertThat(tokens.kind(0)).isEqualTo(TokenKind.WORD);
    assertThat(t.speakers()).containsExactly("speaker0", "speaker1");

    Utterances utterances = t.utterances();
    assertThat(utterances.size()).isEqualTo(1);
    assertThat(utterances.startMs(0)).isEqualTo(1300);
    assertThat(utterances.endMs(0)).isEqualTo(6196);
    assertThat(utterances.durationMs(0)).isEqualTo(4896);
    assertThat(utterances.confidence(0)).isEqualTo(1.0);
    assertThat(utterances.tokenCount(0)).isEqualTo(10);
    assertThat(utterances.text(0)).isEqualTo("www2はバスケットボールの記録に関する用語です。");
    assertThat(t.text()).isEqualTo("www2はバスケットボールの記録に関する用語です。");

    Sentiment sentiment = t.sentiment();
    assertThat(sentiment.size()).isEqualTo(2);
    assertThat(sentiment.parameters()).hasSize(20).startsWith("energy", "stress", "emo_cog")
        .endsWith("dissatisfaction", "extreme_emotion");
    assertThat(sentiment.startMs(1)).isEqualTo(3520);
    assertThat(sentiment.endMs(1)).isEqualTo(4900);
    assertThat(sentiment.value(1, sentiment.parameterIndex("atmosphere"))).isEqualTo(-15.0);
    assertThat(sentiment.value(0, sentiment.parameterIndex("emo_cog"))).isEqualTo(210.0);
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void readsCompatibleWithSyncResultsAtTheTopLevel(Inputs input) throws IOException {
    Transcript t = input.read(reader, Inputs.resource("async-v2-completed-compatible-with-sync.json"), "c.json");
    Transcript segments = reader.read(Inputs.resource("async-v2-completed-diarized.json"), "c.json");

    assertThat(t.shape()).isEqualTo(ResultShape.ASYNC_RESULTS);
    assertThat(segments.shape()).isEqualTo(ResultShape.ASYNC_SEGMENTS);
    assertThat(Dump.columns(t)).isEqualTo(Dump.columns(segments));
    assertThat(t.sentiment().isEmpty()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void readsSyncResultWithoutLabelsAsOneUnknownSpeaker(Inputs input) throws IOException {
    Transcript t = input.read(reader, Inputs.resource("sync-ja-low-confidence.json"), "sync.json");

    assertThat(t.shape()).isEqualTo(ResultShape.SYNC);
    assertThat(t.job().completed()).isTrue();
    assertThat(t.job().status()).isNull();
    assertThat(t.tokens().size()).isEqualTo(13);
    assertThat(t.speakers()).containsExactly("");
    assertThat(t.tokens().label(0)).isNull();
    assertThat(t.tokens().labelId(0)).isEqualTo(-1);
    assertThat(t.tokens().confidence(5)).isEqualTo(0.01);
    assertThat(t.utterances().confidence(0)).isEqualTo(0.931);
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void classifiesKeptFillers(Inputs input) throws IOException {
    Transcript t = input.read(reader, Inputs.resource("sync-ja-filler-kept.json"), "filler.json");

    assertThat(t.tokens().written(0)).isEqualTo("%えーと%");
    assertThat(t.tokens().kind(0)).isEqualTo(TokenKind.FILLER);
    assertThat(t.tokens().kind(1)).isEqualTo(TokenKind.WORD);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("japaneseSamples")
  void reconstructsTheFilesOwnTextsFromTokensOfJapaneseSamples(String sample) throws IOException {
    byte[] json = Inputs.resource(sample);
    FileTexts file = FileTexts.of(json);
    Transcript t = reader.read(json, sample);
    StringBuilder fromTokens = new StringBuilder();
    for (Token token : t.tokens()) {
      fromTokens.append(token.written());
    }
    assertThat(file.document()).isNotEmpty();
    assertThat(fromTokens.toString()).isEqualTo(file.document());
    assertHasTheFilesTexts(t, file);
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("japaneseSamplesOverEveryInput")
  void keepsTextsThatAreNotTheirTokensRunTogetherExactly(String sample, Inputs input) throws IOException {
    byte[] json = FileTexts.withEveryTextMarked(Inputs.resource(sample));
    FileTexts file = FileTexts.of(json);
    Transcript t = input.read(reader, json, sample);
    assertThat(file.document()).contains("〔");
    assertHasTheFilesTexts(t, file);
  }

  /** The document and utterance texts as the file wrote them, read from it without the reader. */
  private static void assertHasTheFilesTexts(Transcript t, FileTexts file) {
    assertThat(t.text()).isEqualTo(file.document());
    List<String> utteranceTexts = new ArrayList<>();
    for (int u = 0; u < t.utterances().size(); u++) {
      utteranceTexts.add(t.utterances().text(u));
    }
    assertThat(utteranceTexts).isNotEmpty().containsExactlyElementsOf(file.utterances());
  }

  static List<Arguments> japaneseSamplesOverEveryInput() {
    return japaneseSamples().stream()
        .flatMap(sample -> java.util.Arrays.stream(Inputs.values()).map(input -> Arguments.of(sample, input)))
        .toList();
  }

  static List<String> japaneseSamples() {
    return List.of("async-v1-completed-sentiment.json", "async-v2-completed-compatible-with-sync.json",
        "async-v2-completed-diarized.json", "sync-ja-filler-kept.json", "sync-ja-low-confidence.json");
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void reportsARejectedJobAsFailedNotRetryable(Inputs input) throws IOException {
    Transcript t = input.read(reader, Inputs.resource("status-error-rejected.json"), "err.json");

    assertThat(t.shape()).isEqualTo(ResultShape.JOB_STATUS);
    assertThat(t.job().status()).isEqualTo("error");
    assertThat(t.job().failed()).isTrue();
    assertThat(t.job().completed()).isFalse();
    assertThat(t.job().aminethCode()).isEqualTo("o");
    assertThat(t.job().aminethMessage())
        .isEqualTo("recognition result is rejected because confidence is below the threshold");
    assertThat(t.job().retryable()).isFalse();
    assertThat(t.job().audioSize()).isEqualTo(306980);
    assertThat(t.tokens().size()).isZero();
    assertThat(t.utterances().size()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void treatsAnErrorWithAnotherAminethCodeAsRetryable(Inputs input) throws IOException {
    String json = "{\"status\":\"error\",\"session_id\":\"x\",\"error_message\":\"ERROR: Failed - amineth_result=0,"
        + " amineth_code='e', amineth_message='internal error'\"}";
    Transcript t = input.read(reader, Inputs.utf8(json), "err.json");

    assertThat(t.job().failed()).isTrue();
    assertThat(t.job().aminethCode()).isEqualTo("e");
    assertThat(t.job().retryable()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statusSamples")
  void readsUnfinishedJobStatusBodies(String sample, String status) throws IOException {
    Transcript t = reader.read(Inputs.resource(sample), sample);

    assertThat(t.shape()).isEqualTo(ResultShape.JOB_STATUS);
    assertThat(t.job().status()).isEqualTo(status);
    assertThat(t.job().completed()).isFalse();
    assertThat(t.job().failed()).isFalse();
    assertThat(t.job().sessionId()).isEqualTo("01979fb5d7a30a305c0094c0");
  }

  static List<Arguments> statusSamples() {
    return List.of(Arguments.of("status-queued.json", "queued"), Arguments.of("status-started.json", "started"),
        Arguments.of("status-processing.json", "processing"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failureSamples")
  void readsFailureBodiesAsFailedTranscriptsWithoutUtterances(String sample, String code, String message)
      throws IOException {
    Transcript t = reader.read(Inputs.resource(sample), sample);

    assertThat(t.shape()).isEqualTo(ResultShape.FAILURE);
    assertThat(t.job().failed()).isTrue();
    assertThat(t.job().retryable()).isFalse();
    assertThat(t.job().code()).isEqualTo(code);
    assertThat(t.job().message()).isEqualTo(message);
    assertThat(t.utterances().size()).isZero();
    assertThat(t.text()).isEmpty();
  }

  static List<Arguments> failureSamples() {
    return List.of(
        Arguments.of("create-job-failed-auth.json", "-", "received illegal service authorization"),
        Arguments.of("create-job-failed-unsupported-audio-v1.json", "+", "received unsupported audio format"),
        Arguments.of("create-job-failed-unsupported-audio-v2.json", "+", "received unsupported audio format"));
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void readsAJobCreationAnswer(Inputs input) throws IOException {
    Transcript t = input.read(reader, Inputs.resource("create-job-accepted.json"), "created.json");

    assertThat(t.shape()).isEqualTo(ResultShape.JOB_CREATED);
    assertThat(t.job().sessionId()).isEqualTo("017ac8786c5b0a0504399999");
    assertThat(t.job().failed()).isFalse();
  }
}
