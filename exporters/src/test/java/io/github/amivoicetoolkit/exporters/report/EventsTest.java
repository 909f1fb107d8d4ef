package io.github.amivoicetoolkit.exporters.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events the reports draw, taken from the analytics, against {@code docs/figures.md#conversation-figures}. */
class EventsTest {
  private static Events events(Transcript transcript, long silenceMs, long interruptionMs) {
    return Events.of(transcript, stats(transcript, silenceMs, interruptionMs));
  }

  private static TranscriptStats stats(Transcript transcript, long silenceMs, long interruptionMs) {
    return TranscriptStats.of(transcript,
        AnalyticsOptions.builder().silenceMs(silenceMs).interruptionMs(interruptionMs).build());
  }

  @Test
  void workedExampleHasTheDocsSilenceInterruptionAndResponses() {
    Events events = events(ReportSamples.workedExample(), 3000, 1000);

    assertThat(events.silences()).isEqualTo(1);
    assertThat(List.of(events.silenceStart(0), events.silenceEnd(0))).containsExactly(5500, 9000);
    assertThat(events.silenceTotalMs()).isEqualTo(3500);
    assertThat(events.interruptions()).isEqualTo(1);
    assertThat(List.of(events.interruptionStart(0), events.interruptionEnd(0), events.interrupter(0),
        events.interrupted(0))).containsExactly(3800, 5000, 0, 1);
    assertThat(gaps(events)).containsExactly(-200L, -1200L, 3500L);
    assertThat(stats(ReportSamples.workedExample(), 3000, 1000).speakers())
        .extracting(s -> s.conversation().responses()).containsExactly(1L, 2L);
    assertThat(List.of(events.windowStart(), events.windowEnd())).containsExactly(200, 9600);
  }

  @Test
  void thresholdsAreInclusive() {
    Transcript transcript = Transcripts.result()
        .utterance().word("a", 0, 2000, "speaker0")
        .utterance().word("b", 1000, 3000, "speaker1") // overlaps a by exactly 1000
        .utterance().word("c", 6000, 7000, "speaker0") // 3000 after b
        .utterance().word("d", 6001, 8000, "speaker1") // overlaps c by 999
        .read("thresholds");
    Events events = events(transcript, 3000, 1000);

    assertThat(events.interruptions()).isEqualTo(1);
    assertThat(events.interruptionStart(0)).isEqualTo(1000);
    assertThat(events.silences()).isEqualTo(1);
    assertThat(events(transcript, 3001, 999).silences()).isZero();
    assertThat(events(transcript, 3001, 999).interruptions()).isEqualTo(2);
  }

  @Test
  void consecutiveTimedTurnsOfOneSpeakerAcrossAnUntimedTurnMakeNoResponse() {
    Transcript transcript = Transcripts.result()
        .utterance().word("a", 0, 1000, "speaker0")
        .utterance().word("untimed", -1, -1, "speaker1")
        .utterance().word("b", 500, 1500, "speaker0")
        .read("same-speaker");
    Events events = events(transcript, 3000, 1);

    assertThat(events.responses()).isZero();
    assertThat(events.interruptions()).isZero();
  }

  @Test
  void punctuationNeverCountsAsTalk() {
    Transcript transcript = Transcripts.result()
        .utterance().word("はい", 0, 500, "speaker0").punct("。", 500, 4000, "speaker0")
        .utterance().word("ええ", 4000, 4500, "speaker1")
        .read("timed-punctuation");

    assertThat(events(transcript, 3000, 1000).silences()).isEqualTo(1);
  }

  private static List<Long> gaps(Events events) {
    List<Long> gaps = new ArrayList<>();
    for (int k = 0; k < events.responses(); k++) {
      gaps.add(events.gap(k));
    }
    return gaps;
  }
}
