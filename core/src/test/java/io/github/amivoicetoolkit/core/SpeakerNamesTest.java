package io.github.amivoicetoolkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakerNamesTest {
  private static final String TWO_SPEAKERS = """
      {"status":"completed","segments":[
       {"results":[{"starttime":0,"endtime":900,"confidence":0.9,"text":"abc","tokens":[
        {"written":"a","starttime":0,"endtime":300,"label":"speaker0"},
        {"written":"b","starttime":300,"endtime":500,"label":"speaker1"},
        {"written":"c","starttime":500,"endtime":900,"label":"speaker2"}]}]},
       {"results":[{"starttime":1000,"endtime":1200,"confidence":0.9,"text":"d","tokens":[
        {"written":"d","starttime":1000,"endtime":1200}]}]}]}
      """;

  private static Transcript read() throws Exception {
    return new TranscriptReader().read(TWO_SPEAKERS.getBytes(StandardCharsets.UTF_8), "t.json");
  }

  @Test
  void parsesPairsTrimsAndNamesTheUnlabelledSpeakerWithAnEmptyLabel() {
    SpeakerNames names = SpeakerNames.parse(" speaker0 = 山田 ,=Caller");
    assertThat(names.asMap()).containsExactly(Map.entry("speaker0", "山田"), Map.entry("", "Caller"));
    assertThat(names.nameOf("speaker1")).isEqualTo("speaker1");
    assertThat(SpeakerNames.parse(names.toString())).isEqualTo(names);
  }

  @Test
  void rejectsAPairWithoutANameOrALabelTwice() {
    assertThatThrownBy(() -> SpeakerNames.parse("speaker0")).hasMessage(
        "expected label=name in speaker names but was 'speaker0'");
    assertThatThrownBy(() -> SpeakerNames.parse("speaker0=")).hasMessage(
        "expected label=name in speaker names but was 'speaker0='");
    assertThatThrownBy(() -> SpeakerNames.parse("a=1,a=2")).hasMessage("speaker label 'a' renamed twice");
  }

  @Test
  void theUnlabelledSpeakerIsDisplayedUnderOneName() {
    assertThat(SpeakerNames.display("")).isEqualTo("(no speaker)");
    assertThat(SpeakerNames.display("speaker0")).isEqualTo("speaker0");
  }

  @Test
  void listsTheNamedLabelsATranscriptLacks() {
    assertThat(SpeakerNames.parse("speaker0=A,x=B,=C").missingFrom(List.of("speaker0", "speaker1")))
        .containsExactly("x", "");
  }

  @Test
  void renamedViewMergesLabelsGivenOneNameAndKeepsTheFilesLabels() throws Exception {
    Transcript original = read();
    Transcript renamed = original.withSpeakerNames(SpeakerNames.parse("speaker0=A,speaker1=A,=Caller"));

    assertThat(original.speakers()).containsExactly("speaker0", "speaker1", "speaker2", "");
    assertThat(renamed.speakers()).containsExactly("A", "speaker2", "Caller");
    Tokens tokens = renamed.tokens();
    assertThat(List.of(tokens.speakerId(0), tokens.speakerId(1), tokens.speakerId(2), tokens.speakerId(3)))
        .containsExactly(0, 0, 1, 2);
    assertThat(List.of(tokens.speaker(0), tokens.speaker(1), tokens.speaker(3))).containsExactly("A", "A", "Caller");
    assertThat(tokens.label(1)).isEqualTo("speaker1");
    assertThat(tokens.labelId(1)).isEqualTo(0);
    assertThat(tokens.labelId(3)).isEqualTo(-1);
    assertThat(original.tokens().speaker(1)).as("the original is untouched").isEqualTo("speaker1");
  }

  @Test
  void renamingARenamedViewComposes() throws Exception {
    Transcript twice = read().withSpeakerNames(SpeakerNames.parse("speaker0=A,speaker1=B"))
        .withSpeakerNames(SpeakerNames.parse("A=X,B=X"));

    assertThat(twice.speakers()).containsExactly("X", "speaker2", "");
    assertThat(twice.tokens().speaker(1)).isEqualTo("X");
    assertThat(twice.tokens().speakerId(2)).isEqualTo(1);
  }

  @Test
  void noNamesGiveTheSameTranscript() throws Exception {
    Transcript original = read();
    assertThat(original.withSpeakerNames(SpeakerNames.none())).isSameAs(original);
  }
}
