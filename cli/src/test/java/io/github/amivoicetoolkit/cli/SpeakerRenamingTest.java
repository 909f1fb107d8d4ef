package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SpeakerRenamingTest {
  private final Transcript call = ResultJson.result()
      .word("a", 0, 100, "speaker0").word("b", 100, 200, "speaker1").utterance(0, 200, 0.9, "ab").read();

  @Test
  void aLabelTheFileDoesNotHaveIsReportedWithTheLabelsItHas() {
    StringWriter err = new StringWriter();

    Transcript renamed = SpeakerRenaming.apply(call, SpeakerNames.parse("speaker0=A,speaker9=Z,=C"), "call.json",
        new PrintWriter(err, true));

    assertThat(renamed.speakers()).containsExactly("A", "speaker1");
    assertThat(err.toString()).isEqualTo("amivoice: warning: call.json: --speakers names 'speaker9', the unlabelled"
        + " speaker (empty label), which the file does not have; its speakers: 'speaker0', 'speaker1'"
        + System.lineSeparator());
  }

  @Test
  void namesTheFileHasAreAppliedSilently() {
    StringWriter err = new StringWriter();

    Transcript renamed = SpeakerRenaming.apply(call, SpeakerNames.parse("speaker0=A,speaker1=A"), "call.json",
        new PrintWriter(err, true));

    assertThat(renamed.speakers()).containsExactly("A");
    assertThat(err.toString()).isEmpty();
  }
}
