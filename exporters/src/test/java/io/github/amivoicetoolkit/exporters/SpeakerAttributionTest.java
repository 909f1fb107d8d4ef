package io.github.amivoicetoolkit.exporters;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import org.junit.jupiter.api.Test;

class SpeakerAttributionTest {
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
    assertThat(attributeUtterance(transcript, 1)).isEqualTo(SpeakerAttribution.NONE);
    assertThat(attributeUtterance(transcript, 2)).isEqualTo(SpeakerAttribution.NONE);
  }

  @Test
  void segmentBelongsToTheLongestOverlapTiesToTheFirstSpeakerNoOverlapToNobody() {
    Transcript transcript = ResultJson.result()
        .word("a", 0, 1000, "speaker0").word("b", 1000, 3000, "speaker1").word("c", 2500, 2600, "speaker1")
        .word("d", 5000, 6000, "speaker0").word("e", 5000, 6000, "speaker1")
        .utterance(0, 6000, 0.9, "abcde")
        .segment(500, 1400, "energy", 1)
        .segment(900, 2000, "energy", 1)
        .segment(5000, 6000, "energy", 1)
        .segment(7000, 8000, "energy", 1)
        .segment(4000, 4000, "energy", 1)
        .read();
    // the sentiment table takes the analytics' attribution
    TranscriptStats segments = ExportInput.of(transcript).statsForAttribution();

    assertThat(segments.sentimentSpeaker(0)).isEqualTo("speaker0");
    assertThat(segments.sentimentSpeaker(1)).isEqualTo("speaker1");
    assertThat(segments.sentimentSpeaker(2)).isEqualTo("speaker0");
    assertThat(segments.sentimentSpeaker(3)).isEmpty();
    assertThat(segments.sentimentSpeaker(4)).isEmpty();
  }

  @Test
  void mergingSortsAndJoinsOverlappingAndTouchingIntervals() {
    long[] intervals = {
      SpeakerAttribution.pack(50, 60), SpeakerAttribution.pack(-20, 0), SpeakerAttribution.pack(0, 10),
      SpeakerAttribution.pack(5, 8), SpeakerAttribution.pack(30, 40)
    };

    int end = SpeakerAttribution.mergeInPlace(intervals, 0, intervals.length);

    assertThat(end).isEqualTo(3);
    assertThat(new long[] {intervals[0], intervals[1], intervals[2]}).containsExactly(
        SpeakerAttribution.pack(-20, 10), SpeakerAttribution.pack(30, 40), SpeakerAttribution.pack(50, 60));
  }

  private static int attributeUtterance(Transcript transcript, int u) {
    return new SpeakerAttribution.ForUtterances(transcript.tokens())
        .speakerOf(transcript.utterances().firstToken(u), transcript.utterances().endToken(u));
  }

  private static String speakerOfUtterance(Transcript transcript, int u) {
    return transcript.speakers().get(attributeUtterance(transcript, u));
  }
}
