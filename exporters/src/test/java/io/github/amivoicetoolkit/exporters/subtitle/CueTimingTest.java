package io.github.amivoicetoolkit.exporters.subtitle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cues are on time: the slip of issue #14 (each cue of a dense exchange pushed 83 ms later than the one
 * before) and how the minimum gap and duration are reached without moving a cue later.
 */
class CueTimingTest {
  private static final SubtitleOptions JA = SubtitleOptions.builder().profile(SubtitleProfile.ja()).build();

  @Test
  void twoHundredAlternatingBackChannelsStayOnTime() {
    ResultJson json = Transcripts.result();
    for (int k = 0; k < 200; k++) {
      json.utterance().word(k % 2 == 0 ? "はい" : "ええ", 1000 + k * 300, 1300 + k * 300, "speaker" + (k % 2));
    }
    SubtitleChecks.Written written = SubtitleChecks.checkAll(json.read("back-channels"), JA, "back-channels");
    List<VttReader.VttCue> cues = written.vttFile().cues();
    assertThat(cues).hasSize(200);
    for (int k = 0; k < 199; k++) {
      // each cue starts with its word and gives up the gap at its end: 300 - 83 ms
      assertThat(cues.get(k).startMs()).isEqualTo(1000 + k * 300L);
      assertThat(cues.get(k).endMs()).isEqualTo(1000 + k * 300L + 217);
    }
    assertThat(cues.get(199).startMs()).as("was 16.5 s late before the fix").isEqualTo(1000 + 199 * 300L);
    SubtitleReport report = written.vttReport();
    assertThat(report.cuesDelayed()).isZero();
    assertThat(report.maxStartOffsetMs()).isZero();
    assertThat(report.cuesBelowMinDuration()).isEqualTo(199);
    assertThat(report.summary()).contains("199 shorter than 833 ms").doesNotContain("delayed");
  }

  @Test
  void theSampleWordSpokenBetweenTwoTurnsIsShownWhenItIsSpoken() {
    Transcript v1 = Transcripts.samples().get("async-v1-completed-sentiment.json");
    SubtitleChecks.Written written = SubtitleChecks.checkAll(v1, JA, "v1");
    // 用語 (speaker1) is spoken 5.060–5.412 between two turns of speaker0; it was shown 5.143–5.495
    assertThat(written.vttFile().cues()).extracting(VttReader.VttCue::startMs, VttReader.VttCue::endMs,
            c -> SubtitleChecks.strip(c.plainText()))
        .containsExactly(tuple(1620L, 4449L, "www2はバスケットボールの記録に"), tuple(4532L, 4977L, "関する"),
            tuple(5060L, 5329L, "用語"), tuple(5412L, 6245L, "です。"));
    // SRT and WebVTT split 関する alike: room for the name is kept in both
    assertThat(written.srtCues()).extracting(StrictSrtReader.SrtCue::lines).containsExactly(
        List.of("speaker0: www2は", "バスケットボールの記録に"), List.of("関する"), List.of("speaker1: 用語"),
        List.of("speaker0: です。"));
  }

  @Test
  void aShortCueIsExtendedIntoSilenceNeverPushingTheNextOneLater() {
    Transcript t = Transcripts.result().utterance().word("はい", 1000, 1100, "speaker0")
        .utterance().word("ええ", 1500, 1600, "speaker1")
        .utterance().word("そう", 3000, 3100, "speaker0").read("short");
    SubtitleChecks.Written written = SubtitleChecks.checkAll(t, JA, "short");
    assertThat(written.vttFile().cues()).extracting(VttReader.VttCue::startMs, VttReader.VttCue::endMs)
        .containsExactly(tuple(1000L, 1417L), tuple(1500L, 2333L), tuple(3000L, 3833L));
    assertThat(written.vttReport().cuesBelowMinDuration()).isEqualTo(1);
  }

  @Test
  void whereTheGapCannotBeHadTheCuesTouchAndTheReportCountsIt() {
    // the last word of the first cue starts 20 ms before the next speaker: ending 83 ms before would cut it
    Transcript t = Transcripts.result().utterance().word("そう", 1000, 1400, "speaker0")
        .word("ね", 1480, 1520, "speaker0").utterance().word("はい", 1500, 1900, "speaker1").read("touch");
    SubtitleChecks.Written written = SubtitleChecks.checkAll(t, JA, "touch");
    assertThat(written.vttFile().cues()).extracting(VttReader.VttCue::startMs, VttReader.VttCue::endMs)
        .containsExactly(tuple(1000L, 1500L), tuple(1500L, 2333L));
    assertThat(written.vttReport().gapsBelowMinimum()).isEqualTo(1);
    assertThat(written.vttReport().summary()).contains("1 gaps under 83 ms");
  }

  @Test
  void overlappingSpeechOutOfDocumentOrderIsSortedNotDelayed() {
    Transcript t = Transcripts.synthetic().get("overlapping-speakers");
    SubtitleChecks.Written written = SubtitleChecks.checkAll(t, SubtitleOptions.builder().profile(SubtitleProfile.en())
        .build(), "overlap");
    assertThat(written.vttReport().cuesDelayed()).isZero();
    assertThat(written.vttFile().cues().get(0).plainText()).isEqualTo("Back in time.\n");
  }

  @Test
  void ofTwoSpeakersStartingInTheSameMillisecondTheFirstIsShownJustBefore() {
    Transcript t = Transcripts.result().utterance().word("はい", 1000, 1300, "speaker0")
        .utterance().word("ええ", 1000, 1300, "speaker1").read("same-ms");
    SubtitleChecks.Written written = SubtitleChecks.checkAll(t, JA, "same-ms");
    assertThat(written.vttFile().cues()).extracting(VttReader.VttCue::startMs, VttReader.VttCue::endMs)
        .containsExactly(tuple(1000L - 833, 1000L), tuple(1000L, 1833L));
    assertThat(written.vttReport().cuesDelayed()).isZero();

    // at time 0 there is no silence before: the second is moved 1 ms later, and the report says so
    Transcript atZero = Transcripts.result().utterance().word("はい", 0, 300, "speaker0")
        .utterance().word("ええ", 0, 300, "speaker1").read("same-ms-at-0");
    written = SubtitleChecks.checkAll(atZero, JA, "same-ms-at-0");
    assertThat(written.vttFile().cues()).extracting(VttReader.VttCue::startMs, VttReader.VttCue::endMs)
        .containsExactly(tuple(0L, 1L), tuple(1L, 834L));
    assertThat(written.vttReport().cuesDelayed()).isEqualTo(1);
    assertThat(written.vttReport().maxStartOffsetMs()).isEqualTo(1);
    assertThat(written.vttReport().summary()).contains("1 delayed (at most 1 ms)");
  }

  @Test
  void srtAndWebVttBreakTheSameCuesAtTheSamePlaces() {
    for (Transcript t : Transcripts.synthetic().values()) {
      SubtitleChecks.Written written = SubtitleChecks.checkAll(t, SubtitleOptions.defaults(), "same-breaks");
      assertThat(written.vttFile().cues()).hasSameSizeAs(written.srtCues());
      for (int k = 0; k < written.srtCues().size(); k++) {
        StrictSrtReader.SrtCue srt = written.srtCues().get(k);
        VttReader.VttCue vtt = written.vttFile().cues().get(k);
        assertThat(vtt.lines()).hasSameSizeAs(srt.lines());
        assertThat(vtt.startMs()).isEqualTo(srt.startMs());
        assertThat(vtt.endMs()).isEqualTo(srt.endMs());
      }
    }
  }

  @Test
  void offsetShiftsEveryTimeAndClipsAtZero() {
    Transcript t = Transcripts.result().utterance().word("はい", 1000, 1300, "speaker0")
        .utterance().word("ええ", 3000, 3300, "speaker1").read("offset");
    SubtitleOptions earlier = JA.toBuilder().offsetMs(-2000).build();
    SubtitleChecks.Written written = SubtitleChecks.checkAll(t, earlier, "offset");
    assertThat(written.vttFile().cues()).extracting(VttReader.VttCue::startMs, VttReader.VttCue::endMs)
        .containsExactly(tuple(0L, 833L), tuple(1000L, 1833L));
    assertThat(written.text()).startsWith("[00:00:00] speaker0: はい");
  }

  @Test
  void timesNearTheLargestTheReaderAcceptsDoNotOverflow() {
    Transcript t = Transcripts.synthetic().get("near-2^31");
    SubtitleChecks.Written written = SubtitleChecks.checkAll(t, JA.toBuilder().offsetMs(SubtitleOptions.MAX_OFFSET_MS)
        .build(), "overflow");
    assertThat(written.srtCues()).extracting(StrictSrtReader.SrtCue::startMs)
        .containsExactly(2_147_482_000L + SubtitleOptions.MAX_OFFSET_MS, 2_147_483_647L + SubtitleOptions.MAX_OFFSET_MS);
    assertThat(written.srt()).contains("1596:31:22,000 --> 1596:31:23,647");
  }
}
