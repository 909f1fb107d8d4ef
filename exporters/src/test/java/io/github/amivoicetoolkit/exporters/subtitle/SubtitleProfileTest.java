package io.github.amivoicetoolkit.exporters.subtitle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.amivoicetoolkit.testkit.ResultJson;
import io.github.amivoicetoolkit.exporters.Transcripts;
import org.junit.jupiter.api.Test;

class SubtitleProfileTest {
  @Test
  void standardProfilesAreAsSpecified() {
    SubtitleProfile ja = SubtitleProfile.ja();
    assertThat(ja.maxLineWidth()).isEqualTo(13);
    assertThat(ja.widthUnit()).isEqualTo(SubtitleProfile.WidthUnit.FULL_WIDTH);
    assertThat(ja.lineColumns()).isEqualTo(26);
    assertThat(ja.maxLines()).isEqualTo(2);
    assertThat(ja.maxCueDurationMs()).isEqualTo(7000);
    assertThat(ja.minCueDurationMs()).isEqualTo(833);
    assertThat(ja.minGapMs()).isEqualTo(83);
    assertThat(ja.maxPauseMs()).isEqualTo(1500);
    assertThat(ja.maxReadingSpeed()).isEqualTo(4);
    SubtitleProfile en = SubtitleProfile.en();
    assertThat(en.lineColumns()).isEqualTo(42);
    assertThat(en.maxReadingSpeed()).isEqualTo(20);
    assertThat(SubtitleProfile.named(" EN ")).isSameAs(en);
  }

  @Test
  void unknownProfileNameIsEchoed() {
    assertThatThrownBy(() -> SubtitleProfile.named("fr")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown subtitle profile 'fr': expected ja or en");
  }

  @Test
  void customValuesGoOnTopOfAStandardProfile() {
    SubtitleProfile custom = SubtitleProfile.ja().toBuilder().maxLineWidth(16.5).maxLines(3).minGapMs(0).build();
    assertThat(custom.lineColumns()).isEqualTo(33);
    assertThat(custom.maxLines()).isEqualTo(3);
    assertThat(custom.minCueDurationMs()).isEqualTo(833);
    assertThat(custom).isNotEqualTo(SubtitleProfile.ja());
    assertThat(SubtitleProfile.ja().toBuilder().build()).isEqualTo(SubtitleProfile.ja());
  }

  @Test
  void badValuesAreRejectedAndEchoed() {
    SubtitleProfile.Builder b = SubtitleProfile.en().toBuilder();
    assertThatThrownBy(() -> b.maxLines(0)).hasMessage("maxLines must be 1..10: 0");
    assertThatThrownBy(() -> b.maxLineWidth(12.3)).hasMessage("maxLineWidth must be a multiple of 0.5 in (0, 1000]: 12.3");
    assertThatThrownBy(() -> b.minGapMs(-1)).hasMessage("minGapMs < 0: -1");
    assertThatThrownBy(() -> b.maxReadingSpeed(0)).hasMessage("maxReadingSpeed must be positive and finite: 0.0");
    assertThatThrownBy(() -> SubtitleProfile.en().toBuilder().maxLineWidth(12.5).build())
        .hasMessage("maxLineWidth must be a whole number of HALF_WIDTH characters: 12.5");
    assertThatThrownBy(() -> SubtitleProfile.en().toBuilder().maxLineWidth(1).build())
        .hasMessage("maxLineWidth below one full-width character: 1.0 HALF_WIDTH");
    assertThatThrownBy(() -> SubtitleProfile.ja().toBuilder().maxCueDurationMs(800).minCueDurationMs(900).build())
        .hasMessage("minCueDurationMs > maxCueDurationMs: 900 > 800");
  }

  @Test
  void automaticChoiceFollowsTheScript() {
    assertThat(SubtitleProfile.forText(Transcripts.japaneseDialogue().read("ja"))).isSameAs(SubtitleProfile.ja());
    assertThat(SubtitleProfile.forText(Transcripts.englishMonologue().read("en"))).isSameAs(SubtitleProfile.en());
    assertThat(SubtitleProfile.forText(Transcripts.result().read("empty"))).isSameAs(SubtitleProfile.ja());
    assertThat(SubtitleProfile.forText(Transcripts.result().utterance().word("AmiVoice", 0, 100, null)
        .word("は", 100, 200, null).read("mixed"))).as("8 Latin letters outweigh one kana").isSameAs(SubtitleProfile.en());
  }

  @Test
  void optionsApplyOverridesToTheChosenProfile() {
    SubtitleOptions options = SubtitleOptions.builder().maxLineWidth(20).maxLines(1).build();
    assertThat(options.profile()).isEmpty();
    SubtitleProfile ja = options.profileFor(Transcripts.japaneseDialogue().read("ja"));
    assertThat(ja.name()).isEqualTo("ja");
    assertThat(ja.lineColumns()).isEqualTo(40);
    assertThat(ja.maxLines()).isEqualTo(1);
    SubtitleProfile en = options.profileFor(Transcripts.englishMonologue().read("en"));
    assertThat(en.lineColumns()).isEqualTo(20);
    assertThatThrownBy(() -> SubtitleOptions.builder().profile(SubtitleProfile.en()).maxLineWidth(20.5).build())
        .hasMessage("maxLineWidth must be a whole number of HALF_WIDTH characters: 20.5");
    assertThatThrownBy(() -> SubtitleOptions.builder().maxLines(11)).hasMessage("maxLines must be 1..10: 11");
    assertThat(SubtitleOptions.defaults().toBuilder().build()).isEqualTo(SubtitleOptions.defaults());
    assertThat(SubtitleOptions.builder().noteMetadata(true).build())
        .isNotEqualTo(SubtitleOptions.defaults());
  }
}
