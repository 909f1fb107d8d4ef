package io.github.amivoicetoolkit.exporters.subtitle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where cues and lines break, and how cues are timed. Every case also goes through all invariant checks. */
class CueLayoutTest {
  private static final SubtitleOptions JA = SubtitleOptions.builder().profile(SubtitleProfile.ja()).build();
  private static final SubtitleOptions EN = SubtitleOptions.builder().profile(SubtitleProfile.en()).build();

  private static List<VttReader.VttCue> cues(Transcript transcript, SubtitleOptions options) {
    return SubtitleChecks.checkAll(transcript, options, "layout").vttFile().cues();
  }

  private static List<String> texts(List<VttReader.VttCue> cues) {
    return cues.stream().map(VttReader.VttCue::plainText).toList();
  }

  @Test
  void cueBreaksAtEveryUtteranceBoundaryWithoutMerging() {
    Transcript t = Transcripts.result().utterance().word("はい", 0, 300, "speaker0")
        .utterance().word("そう", 300, 600, "speaker0").read("utterances");
    assertThat(texts(cues(t, JA.toBuilder().mergeShortCues(false).build()))).containsExactly("はい\n", "そう\n");
  }

  @Test
  void shortCuesOfOneSpeakerAreMergedWhenTheyFitTogether() {
    Transcript t = Transcripts.result().utterance().word("はい", 0, 300, "speaker0")
        .utterance().word("そう", 300, 600, "speaker0").punct("。", 600, 700, "speaker0")
        .utterance().word("ええ", 1000, 1200, "speaker1")
        .utterance().word("では", 4000, 4300, "speaker1")
        .read("merge");
    SubtitleChecks.Written written = SubtitleChecks.checkAll(t, JA, "merge");
    // one speaker across an utterance boundary: merged; a new speaker or a pause over 1.5 s: not
    assertThat(texts(written.vttFile().cues())).containsExactly("はいそう。\n", "ええ\n", "では\n");
    assertThat(written.vttReport().cuesMerged()).isEqualTo(1);

    ResultJson long_ = Transcripts.result();
    for (int k = 0; k < 4; k++) {
      long_.utterance().word("今日はとても良い天気ですね", k * 2000, k * 2000 + 1900, "speaker0");
    }
    // 13 characters each: two fit the two lines of a cue together, a third does not
    assertThat(texts(cues(long_.read("full"), JA))).containsExactly(
        "今日はとても良い天気ですね\n今日はとても良い天気ですね\n", "今日はとても良い天気ですね\n今日はとても良い天気ですね\n");
  }

  @Test
  void cueBreaksWhenTheSpeakerChangesInsideAnUtterance() {
    Transcript t = Transcripts.result().utterance().word("はい", 0, 300, "speaker0")
        .word("いいえ", 300, 600, "speaker1").read("speakers");
    List<VttReader.VttCue> cues = cues(t, JA);
    assertThat(texts(cues)).containsExactly("はい\n", "いいえ\n");
    assertThat(cues).extracting(VttReader.VttCue::voice).containsExactly("speaker0", "speaker1");
  }

  @Test
  void cueBreaksAtAPauseLongerThanTheProfileAllows() {
    Transcript longPause = Transcripts.result().utterance().word("Wait", 0, 300, null)
        .word("now", 1801, 2000, null).read("pause");
    assertThat(texts(cues(longPause, EN))).containsExactly("Wait\n", "now\n");
    Transcript allowedPause = Transcripts.result().utterance().word("Wait", 0, 300, null)
        .word("now", 1800, 2000, null).read("pause");
    assertThat(texts(cues(allowedPause, EN))).containsExactly("Wait now\n");
  }

  @Test
  void longSpeechIsSplitIntoCuesOfAtMostTheMaximumDuration() {
    ResultJson json = Transcripts.result().utterance();
    for (int k = 0; k < 30; k++) {
      json.word("go", k * 1000, k * 1000 + 900, null);
    }
    List<VttReader.VttCue> cues = cues(json.read("slow"), EN);
    assertThat(cues).hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy(c -> assertThat(c.endMs() - c.startMs()).isLessThanOrEqualTo(7000));
  }

  @Test
  void shortCueIsExtendedToTheMinimumDurationButNotPastTheNextCueMinusTheGap() {
    Transcript room = Transcripts.result().utterance().word("Hi", 1000, 1200, null)
        .utterance().word("there", 5000, 5300, null).read("room");
    assertThat(cues(room, EN).get(0)).satisfies(c -> {
      assertThat(c.startMs()).isEqualTo(1000);
      assertThat(c.endMs()).isEqualTo(1833);
    });
    Transcript tight = Transcripts.result().utterance().word("Hi", 1000, 1200, null)
        .utterance().word("there", 1500, 1800, null).read("tight");
    assertThat(cues(tight, EN.toBuilder().mergeShortCues(false).build()).get(0).endMs()).isEqualTo(1500 - 83);
  }

  @Test
  void overlappingSpeakersAreCutBackNeverDelayedNeverOverlapping() {
    Transcript cut = Transcripts.result().utterance().word("長い", 0, 3000, "speaker0")
        .utterance().word("はい", 2000, 2400, "speaker1").read("cut");
    SubtitleChecks.Written written = SubtitleChecks.checkAll(cut, JA, "cut");
    assertThat(written.vttFile().cues()).extracting(VttReader.VttCue::startMs, VttReader.VttCue::endMs)
        .containsExactly(tuple(0L, 1917L), tuple(2000L, 2833L));
    assertThat(written.vttReport().cuesCutShort()).isEqualTo(1);
    assertThat(written.vttReport().cuesDelayed()).isZero();

    // the second speaker starts 100 ms after the first: the first cue is cut to 17 ms, the second keeps its start
    Transcript close = Transcripts.result().utterance().word("長い", 1000, 3000, "speaker0")
        .utterance().word("はい", 1100, 1400, "speaker1").read("close");
    written = SubtitleChecks.checkAll(close, JA, "close");
    assertThat(written.vttFile().cues()).extracting(VttReader.VttCue::startMs, VttReader.VttCue::endMs)
        .containsExactly(tuple(1000L, 1017L), tuple(1100L, 1933L));
    assertThat(written.vttReport().cuesDelayed()).isZero();
    assertThat(written.vttReport().maxStartOffsetMs()).isZero();
    assertThat(written.vttReport().cuesBelowMinDuration()).isEqualTo(1);
  }

  @Test
  void lineBreakPrefersPunctuationOverPerfectBalance() {
    Transcript t = Transcripts.result().utterance().word("そうですね", 0, 500, null).punct("、", 500, 550, null)
        .word("明日", 600, 800, null).word("の", 800, 900, null).word("会議", 900, 1100, null)
        .word("で", 1100, 1200, null).word("話し", 1200, 1400, null).word("ましょう", 1400, 1800, null)
        .punct("。", 1800, 1900, null).read("punctuation");
    assertThat(texts(cues(t, JA))).containsExactly("そうですね、\n明日の会議で話しましょう。\n");
  }

  @Test
  void twoLinesAreBalanced() {
    Transcript t = Transcripts.result().utterance()
        .sentence("this sentence is long enough that it needs two lines to be shown", 0, 200, null).read("balance");
    List<String> lines = List.of(texts(cues(t, EN)).get(0).split("\n"));
    assertThat(lines).hasSize(2);
    assertThat(Math.abs(lines.get(0).length() - lines.get(1).length())).isLessThanOrEqualTo(8);
  }

  @Test
  void aTokenWiderThanALineIsSplitByCharactersAndNoOtherIs() {
    Transcript t = Transcripts.result().utterance().word("アイウエオカキクケコサシスセソタチツテトナニヌネノ", 0, 5000, null)
        .word("です", 5000, 5300, null).read("wide");
    SubtitleChecks.Written written = SubtitleChecks.checkAll(t, JA, "wide");
    assertThat(texts(written.vttFile().cues())).containsExactly("アイウエオカキクケコサシス\nセソタチツテトナニヌネノ\n", "です\n");
    assertThat(written.vttReport().tokensSplit()).isEqualTo(1);
  }

  @Test
  void untimedTokensTakeTheirNeighboursTimesAndAreReported() {
    SubtitleChecks.Written written = SubtitleChecks.checkAll(Transcripts.synthetic().get("ja-untimed-punctuation"),
        JA, "untimed");
    SubtitleReport.Untimed untimed = written.vttReport().untimed();
    assertThat(untimed.afterPrevious()).isEqualTo(3);
    assertThat(untimed.beforeNext()).isEqualTo(1);
    assertThat(untimed.atUtteranceStart()).isEqualTo(1);
    assertThat(untimed.afterPrecedingText()).isEqualTo(1);
    assertThat(untimed.atOwnTime()).isZero();
    assertThat(untimed.total()).isEqualTo(6);
    assertThat(written.vttReport().summary()).contains("6 tokens without timing");
  }

  @Test
  void fillersAreDroppedUnlessAskedForAndShownWithoutPercentSigns() {
    Transcript t = Transcripts.synthetic().get("fillers");
    SubtitleChecks.Written dropped = SubtitleChecks.checkAll(t, JA, "fillers-dropped");
    assertThat(dropped.vtt()).doesNotContain("えーと").doesNotContain("%");
    assertThat(dropped.vttReport().fillersDropped()).isEqualTo(3);
    SubtitleChecks.Written kept = SubtitleChecks.checkAll(t, JA.toBuilder().includeFillers(true).build(), "fillers-kept");
    assertThat(kept.vtt()).contains("えーとそうですね\nあのー。").doesNotContain("%");
    assertThat(kept.vttReport().fillersDropped()).isZero();
  }

  @Test
  void readingSpeedIsMetByExtendingIntoSilenceNeverByDroppingWords() {
    Transcript fast = Transcripts.result().utterance().word("早口言葉を言います", 0, 1000, null).read("fast");
    SubtitleChecks.Written written = SubtitleChecks.checkAll(fast, JA, "fast");
    // 9 characters at 4 a second: 2250 ms
    assertThat(written.vttFile().cues().get(0).endMs()).isEqualTo(2250);
    assertThat(written.vttReport().cuesOverReadingSpeed()).isZero();
    assertThat(written.vttReport().fastestReadingSpeed()).isEqualTo(4.0);

    Transcript noRoom = Transcripts.result().utterance().word("早口言葉を言います", 0, 1000, "speaker0")
        .utterance().word("はい", 1500, 1900, "speaker1").read("no-room");
    written = SubtitleChecks.checkAll(noRoom, JA, "no-room");
    assertThat(written.vttFile().cues().get(0).endMs()).isEqualTo(1500 - 83);
    assertThat(written.vttReport().cuesOverReadingSpeed()).isEqualTo(1);
    assertThat(SubtitleChecks.strip(written.vttFile().cues().get(0).plainText())).isEqualTo("早口言葉を言います");

    SubtitleOptions faster = JA.toBuilder().maxCharsPerSecond(9).build();
    assertThat(SubtitleChecks.checkAll(fast, faster, "max-cps").vttFile().cues().get(0).endMs()).isEqualTo(1000);
  }
}
