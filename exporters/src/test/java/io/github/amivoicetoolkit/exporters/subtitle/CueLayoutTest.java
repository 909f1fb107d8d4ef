package io.github.amivoicetoolkit.exporters.subtitle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.testkit.ResultJson;
import io.github.amivoicetoolkit.exporters.Transcripts;
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
  void cueBreaksAtEveryUtteranceBoundary() {
    Transcript t = Transcripts.result().utterance().word("はい", 0, 300, "speaker0")
        .utterance().word("そう", 300, 600, "speaker0").read("utterances");
    assertThat(texts(cues(t, JA))).containsExactly("はい\n", "そう\n");
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
    assertThat(cues(tight, EN).get(0).endMs()).isEqualTo(1500 - 83);
  }

  @Test
  void overlappingSpeakersAreCutBackOrDelayedNeverOverlapping() {
    Transcript cut = Transcripts.result().utterance().word("長い", 0, 3000, "speaker0")
        .utterance().word("はい", 2000, 2400, "speaker1").read("cut");
    SubtitleChecks.Written written = SubtitleChecks.checkAll(cut, JA, "cut");
    assertThat(written.vttFile().cues()).extracting(VttReader.VttCue::startMs, VttReader.VttCue::endMs)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1917), org.assertj.core.groups.Tuple.tuple(2000, 2833));
    assertThat(written.vttReport().cuesCutShort()).isEqualTo(1);
    assertThat(written.vttReport().cuesDelayed()).isZero();

    Transcript delayed = Transcripts.result().utterance().word("長い", 1000, 3000, "speaker0")
        .utterance().word("はい", 1100, 1400, "speaker1").read("delayed");
    written = SubtitleChecks.checkAll(delayed, JA, "delayed");
    assertThat(written.vttFile().cues()).extracting(VttReader.VttCue::startMs, VttReader.VttCue::endMs)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1000, 1833), org.assertj.core.groups.Tuple.tuple(1916, 1916 + 833));
    assertThat(written.vttReport().cuesDelayed()).isEqualTo(1);
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
    assertThat(kept.vtt()).contains("えーとそうですねあのー。").doesNotContain("%");
    assertThat(kept.vttReport().fillersDropped()).isZero();
  }

  @Test
  void readingSpeedIsMeasuredNotEnforced() {
    Transcript fast = Transcripts.result().utterance().word("早口言葉を言います", 0, 1000, null).read("fast");
    SubtitleChecks.Written written = SubtitleChecks.checkAll(fast, JA, "fast");
    assertThat(written.vttReport().cuesOverReadingSpeed()).isEqualTo(1);
    assertThat(written.vttReport().fastestReadingSpeed()).isEqualTo(9.0);
    assertThat(SubtitleChecks.strip(written.vttFile().cues().get(0).plainText())).isEqualTo("早口言葉を言います");
  }
}
