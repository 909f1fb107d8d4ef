package io.github.amivoicetoolkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecognitionOptionsTest {

  @Test
  void defaultsToTheGeneralEngineOnly() {
    assertThat(RecognitionOptions.defaults().toDParameter()).isEqualTo("grammarFileNames=-a-general");
  }

  @Test
  void joinsPairsWithSingleSpacesInTheOrderSet() {
    RecognitionOptions options = RecognitionOptions.builder()
        .grammarFileNames("-a2-ja-general")
        .loggingOptOut(true)
        .speakerDiarization(true)
        .diarizationMinSpeaker(2)
        .diarizationMaxSpeaker(4)
        .keepFillerToken(true)
        .compatibleWithSync(true)
        .profileId("p1")
        .extension("ext")
        .build();

    assertThat(options.toDParameter()).isEqualTo(
        "grammarFileNames=-a2-ja-general loggingOptOut=True speakerDiarization=True diarizationMinSpeaker=2"
            + " diarizationMaxSpeaker=4 keepFillerToken=1 compatibleWithSync=True profileId=p1 extension=ext");
  }

  @Test
  void encodesValuesInUtf8WithSpaceAsPercent20NeverPlus() {
    RecognitionOptions options = RecognitionOptions.builder()
        .contentId("会議 a+b&c=d|e.wav")
        .profileWord("AmiVoice", "あみぼいす")
        .profileWord("www2", "とりぷるだぶる")
        .build();

    assertThat(options.toDParameter()).isEqualTo(
        "grammarFileNames=-a-general contentId=%E4%BC%9A%E8%AD%B0%20a%2Bb%26c%3Dd%7Ce.wav"
            + " profileWords=AmiVoice%20%E3%81%82%E3%81%BF%E3%81%BC%E3%81%84%E3%81%99%7C"
            + "www2%20%E3%81%A8%E3%82%8A%E3%81%B7%E3%82%8B%E3%81%A0%E3%81%B6%E3%82%8B");
    assertThat(options.toDParameter()).doesNotContain("+").doesNotContain("&");
    assertThat(options.get("contentId")).isEqualTo("会議 a+b&c=d|e.wav");
  }

  @Test
  void passesUnknownKeysThroughAndLetsTheLastCallWin() {
    RecognitionOptions options = RecognitionOptions.builder()
        .option("resultUpdatedInterval", "1000")
        .option("grammarFileNames", "-a-medical")
        .speakerDiarization(true)
        .speakerDiarization(false)
        .build();

    assertThat(options.toDParameter()).isEqualTo("grammarFileNames=-a-medical resultUpdatedInterval=1000");
    assertThat(options.asMap()).containsOnlyKeys("grammarFileNames", "resultUpdatedInterval");
  }

  @Test
  void derivesNewOptionsWithoutChangingTheOriginal() {
    RecognitionOptions base = RecognitionOptions.builder().contentId("a").build();
    RecognitionOptions derived = base.toBuilder().contentId("b").build();

    assertThat(base.get("contentId")).isEqualTo("a");
    assertThat(derived.get("contentId")).isEqualTo("b");
    assertThat(base).isNotEqualTo(derived).isEqualTo(RecognitionOptions.builder().contentId("a").build());
  }

  @Test
  void rejectsMaxSpeakersBelowMin() {
    RecognitionOptions.Builder b = RecognitionOptions.builder()
        .speakerDiarization(true).diarizationMinSpeaker(3).diarizationMaxSpeaker(2);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("diarizationMaxSpeaker < diarizationMinSpeaker: 2 < 3");
  }

  @Test
  void rejectsSpeakerBoundsWithoutDiarizationOrBelowOne() {
    assertThatThrownBy(() -> RecognitionOptions.builder().diarizationMaxSpeaker(2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("need speakerDiarization=True");
    assertThatThrownBy(() -> RecognitionOptions.builder().diarizationMinSpeaker(0))
        .hasMessage("diarizationMinSpeaker < 1: 0");
    assertThatThrownBy(() -> RecognitionOptions.builder().speakerDiarization(true)
        .option("diarizationMaxSpeaker", "many").build())
        .hasMessage("diarizationMaxSpeaker is not a whole number: 'many'");
  }

  @Test
  void rejectsProfileWordsAndKeysThatWouldBreakTheFormat() {
    assertThatThrownBy(() -> RecognitionOptions.builder().profileWord("a b", "x"))
        .hasMessage("written contains a space or '|': 'a b'");
    assertThatThrownBy(() -> RecognitionOptions.builder().profileWord("a", "x|y"))
        .hasMessage("spoken contains a space or '|': 'x|y'");
    assertThatThrownBy(() -> RecognitionOptions.builder().option("a=b", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecognitionOptions.builder().option("a b", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecognitionOptions.builder().grammarFileNames(" "))
        .hasMessage("grammarFileNames is blank");
  }

  @Test
  void knowsWhetherSentimentAnalysisIsAsked() {
    assertThat(RecognitionOptions.builder().sentimentAnalysis(true).build().sentimentAnalysis()).isTrue();
    assertThat(RecognitionOptions.builder().option("sentimentAnalysis", "true").build().sentimentAnalysis()).isTrue();
    assertThat(RecognitionOptions.defaults().sentimentAnalysis()).isFalse();
  }
}
