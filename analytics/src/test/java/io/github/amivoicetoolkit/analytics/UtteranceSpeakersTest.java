package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.testkit.ResultJson;
import org.junit.jupiter.api.Test;

class UtteranceSpeakersTest {
  @Test
  void utteranceBelongsToTheSpeakerWithMostTalkTimeCountingOverlapOnce() {
    // speaker0: [0,100) and [50,150) overlap -> 150 ms; speaker1: three separate 60 ms words -> 180 ms
    Transcript transcript = ResultJson.result()
        .word("a", 0, 100, "speaker0").word("b", 50, 150, "speaker0")
        .word("c", 200, 260, "speaker1").word("d", 300, 360, "speaker1").word("e", 400, 460, "speaker1")
        .utterance(0, 460, 0.9, "abcde").read();

    assertThat(speakerOfUtterance(transcript, 0)).isEqualTo("speaker1");
  }

  @Test
  void fillersCountAsTalkButPunctuationAndUntimedTokensDoNot() {
    Transcript transcript = ResultJson.result()
        .word("a", 0, 100, "speaker0")
        .token("%えー%", "%えー%", 100, 250, 0.9, "speaker1")
        .token("。", "_", 300, 900, 0.9, "speaker0")
        .token("long", "long", null, null, 0.9, "speaker0")
        .utterance(0, 900, 0.9, "a%えー%。long").read();

    assertThat(speakerOfUtterance(transcript, 0)).isEqualTo("speaker1");
  }

  @Test
  void tiesGoToTheSpeakerWhoseTalkComesFirstInTheUtterance() {
    Transcript transcript = ResultJson.result()
        .word("x", 0, 10, "speaker1").utterance(0, 10, 0.9, "x")
        .word("a", 0, 100, "speaker0").word("b", 100, 200, "speaker1").utterance(0, 200, 0.9, "ab")
        .word("b", 0, 100, "speaker1").word("a", 100, 200, "speaker0").utterance(0, 200, 0.9, "ba").read();

    assertThat(speakerOfUtterance(transcript, 1)).isEqualTo("speaker0");
    assertThat(speakerOfUtterance(transcript, 2)).isEqualTo("speaker1");
  }

  @Test
  void withoutTimedTalkTheFirstWordDecidesAndWithoutWordsNobody() {
    Transcript transcript = ResultJson.result()
        .token("、", "_", 0, 10, null, "speaker0").token("w", "w", null, null, null, "speaker1")
        .utterance(0, 10, 0.9, "、w")
        .token("。", "_", null, null, null, "speaker0").utterance(null, null, null, "。")
        .utterance(100, 200, null, "").read();

    assertThat(speakerOfUtterance(transcript, 0)).isEqualTo("speaker1");
    assertThat(attributeUtterance(transcript, 1)).isEqualTo(UtteranceSpeakers.NONE);
    assertThat(attributeUtterance(transcript, 2)).isEqualTo(UtteranceSpeakers.NONE);
  }

  @Test
  void speakersListsEveryWordOrFillerSpeakerInOrderOfAppearance() {
    Transcript transcript = ResultJson.result()
        .word("a", 0, 100, "speaker1").token("、", "_", 100, 110, null, "speaker2")
        .token("%えー%", "%えー%", 100, 250, 0.9, "speaker0").word("b", 250, 300, "speaker1")
        .utterance(0, 300, 0.9, "a、%えー%b")
        .token("。", "_", null, null, null, "speaker0").utterance(null, null, null, "。").read();

    UtteranceSpeakers attribution = UtteranceSpeakers.of(transcript);
    assertThat(java.util.Arrays.stream(attribution.speakers(0)).mapToObj(transcript.speakers()::get))
        .containsExactly("speaker1", "speaker0");
    assertThat(attribution.speakers(1)).isEmpty();
  }

  @Test
  void labelsRenamedToOneNameAreOneSpeakerForTheUtteranceAsForTheSentiment() {
    // the redesign's regression: 300 + 200 ms of A against 400 ms of B over 0-900 ms
    Transcript transcript = ResultJson.result()
        .word("x", 0, 300, "speaker0").word("y", 300, 500, "speaker1").word("z", 500, 900, "speaker2")
        .utterance(0, 900, 0.9, "xyz")
        .segment(0, 900, "energy", 1)
        .read().withSpeakerNames(SpeakerNames.parse("speaker0=A,speaker1=A,speaker2=B"));

    assertThat(speakerOfUtterance(transcript, 0)).isEqualTo("A");
    assertThat(TranscriptStats.of(transcript).sentimentSpeaker(0)).isEqualTo("A");
  }

  @Test
  void mergingSortsAndJoinsOverlappingAndTouchingIntervals() {
    LongList intervals = new LongList();
    for (long interval : new long[] {Intervals.pack(50, 60), Intervals.pack(-20, 0), Intervals.pack(0, 10),
        Intervals.pack(5, 8), Intervals.pack(30, 40)}) {
      intervals.add(interval);
    }

    long length = Intervals.mergeInPlace(intervals);

    assertThat(intervals.size).isEqualTo(3);
    assertThat(length).isEqualTo(30 + 10 + 10);
    assertThat(new long[] {intervals.values[0], intervals.values[1], intervals.values[2]}).containsExactly(
        Intervals.pack(-20, 10), Intervals.pack(30, 40), Intervals.pack(50, 60));
  }

  private static int attributeUtterance(Transcript transcript, int u) {
    return UtteranceSpeakers.of(transcript).speakerOf(u);
  }

  private static String speakerOfUtterance(Transcript transcript, int u) {
    return transcript.speakers().get(attributeUtterance(transcript, u));
  }
}
