package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.testkit.ResultJson;
import org.junit.jupiter.api.Test;

class ExportInputTest {
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

}
