package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.testkit.ResultJson;
import org.junit.jupiter.api.Test;

class TurnsTest {
  @Test
  void aMixedSpeakerUtteranceIsSplitAndATurnCrossesUtterances() {
    Transcript transcript = ResultJson.result()
        .token("「", "_", null, null, null, "speaker0")
        .word("Hello", 0, 400, "speaker0").token(",", "_", 400, 410, null, "speaker0")
        .word("hi", 350, 600, "speaker1")
        .utterance(0, 600, 0.9, "「Hello,hi")
        .word("there", 700, 900, "speaker1").token("%um%", "%um%", 900, 1000, 0.5, "speaker1")
        .utterance(700, 1000, 0.9, "there%um%")
        .read();

    Turns turns = Turns.of(transcript);

    assertThat(turns.size()).isEqualTo(2);
    assertThat(turns.speaker(0)).isEqualTo("speaker0");
    assertThat(turns.text(0)).as("leading and trailing punctuation belong to the turn").isEqualTo("「Hello,");
    assertThat(turns.startMs(0)).isEqualTo(0);
    assertThat(turns.endMs(0)).as("punctuation is not talk").isEqualTo(400);
    assertThat(turns.words(0)).isEqualTo(1);
    assertThat(turns.utterance(0)).isZero();
    assertThat(turns.speaker(1)).isEqualTo("speaker1");
    assertThat(turns.text(1)).isEqualTo("hi there %um%");
    assertThat(turns.startMs(1)).isEqualTo(350);
    assertThat(turns.endMs(1)).isEqualTo(1000);
    assertThat(turns.durationMs(1)).isEqualTo(650);
    assertThat(turns.words(1)).as("fillers are not words").isEqualTo(2);
    assertThat(turns.utterance(1)).as("the utterance it starts in").isZero();
    assertThat(turns.tokenFrom(1)).isEqualTo(3);
    assertThat(turns.tokenTo(1)).isEqualTo(transcript.tokens().size());
  }

  @Test
  void aTurnWithoutTimedTokensIsUntimed() {
    Transcript transcript = ResultJson.result()
        .word("a", 0, 100, "speaker0")
        .token("b", "b", null, null, 0.9, "speaker1")
        .word("c", 200, 300, "speaker0")
        .utterance(0, 300, 0.9, "abc").read();

    Turns turns = Turns.of(transcript);

    assertThat(turns.size()).isEqualTo(3);
    assertThat(turns.isTimed(1)).isFalse();
    assertThat(turns.startMs(1)).isEqualTo(Transcript.NO_TIME);
    assertThat(turns.isTimed(2)).isTrue();
  }

  @Test
  void aTranscriptWithoutWordsHasNoTurns() {
    Transcript transcript = ResultJson.result().token("。", "_", null, null, null, null)
        .utterance(null, null, null, "。").read();
    assertThat(Turns.of(transcript).size()).isZero();
  }
}
