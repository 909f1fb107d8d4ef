package io.github.amivoicetoolkit.exporters.subtitle;

import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.DIALOGUE;
import static io.github.amivoicetoolkit.exporters.subtitle.Dialogue.RENAMED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact output of the ASS writer. */
class AssWriterTest {
  private static String ass(Transcript t, SubtitleOptions o) throws IOException {
    StringWriter out = new StringWriter();
    new AssWriter(o).write(t, out);
    return out.toString();
  }

  @Test
  void assHasOneStylePerSpeakerNamesInTheNameFieldAndEscapedText() throws IOException {
    Transcript t = Transcripts.result()
        .utterance().word("こんにちは", 1000, 1800, "speaker0").punct("。", 1800, 1900, "speaker0")
        .utterance().word("{\\an8}", 2500, 2900, "speaker1").word("a}b", 2900, 3100, "speaker1")
        .word("\\N", 3100, 3300, "speaker1")
        .read("ass").withSpeakerNames(SpeakerNames.of(Map.of("speaker0", "山田", "speaker1", "Smith, Jr")));
    assertThat(ass(t, RENAMED)).isEqualTo("""
        [Script Info]
        ; Written by amivoice-toolkit
        ScriptType: v4.00+
        WrapStyle: 0
        ScaledBorderAndShadow: yes
        YCbCr Matrix: None
        PlayResX: 1920
        PlayResY: 1080

        [V4+ Styles]
        Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, \
        Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, \
        MarginV, Encoding
        Style: 山田,Noto Sans CJK JP,64,&H00009FE6,&H00FFFFFF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,3,0,2,96,96,54,1
        Style: Smith， Jr,Noto Sans CJK JP,64,&H00E9B456,&H00FFFFFF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,3,0,2,\
        96,96,54,1

        [Events]
        Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
        Dialogue: 0,0:00:01.00,0:00:02.41,山田,山田,0,0,0,,こんにちは。
        Dialogue: 0,0:00:02.50,0:00:05.50,Smith， Jr,Smith， Jr,0,0,0,,\\{＼an8\\} a\\}b＼N
        """);
    assertThat(StrictAssReader.read(ass(t, RENAMED)).events()).extracting(StrictAssReader.AssEvent::plainText)
        .containsExactly("こんにちは。\n", "{＼an8} a}b＼N\n");
  }

  @Test
  void assKaraokeLightsEachWordFromItsStartToTheNextOne() throws IOException {
    String ass = ass(DIALOGUE, RENAMED.toBuilder().wordTiming(true).build());
    assertThat(ass).contains("Dialogue: 0,0:00:01.00,0:00:02.41,山田,山田,0,0,0,,{\\k80}こんにちは{\\k61}。\n")
        .contains(",0,0,0,,{\\k40}AT&T {\\k20}<b> {\\k81}-->\n");
    for (StrictAssReader.AssEvent event : StrictAssReader.read(ass).events()) {
      assertThat(event.karaoke().stream().mapToLong(Long::longValue).sum()).isEqualTo(event.endCs() - event.startCs());
    }
  }

  @Test
  void speakerColoursComeFromTheSharedColourBlindSafePalette() {
    assertThat(SpeakerColours.all()).hasSize(7).doesNotHaveDuplicates().doesNotContain("#000000");
    assertThat(SpeakerColours.hex(0)).isEqualTo("#E69F00");
    assertThat(SpeakerColours.hex(7)).isEqualTo(SpeakerColours.hex(0));
    assertThat(SpeakerColours.rgb(1)).isEqualTo(0x56B4E9);
    assertThat(AssWriter.colour(0x56B4E9)).isEqualTo("&H00E9B456");
  }
}
