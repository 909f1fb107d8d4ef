package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import java.io.IOException;
import java.io.StringWriter;

/** A short renamed dialogue with markup-looking words, and each writer's output of a transcript as text. */
final class Dialogue {
  static final Transcript DIALOGUE = Transcripts.result()
      .utterance().word("こんにちは", 1000, 1800, "speaker0").punct("。", 1800, 1900, "speaker0")
      .utterance().word("AT&T", 2500, 2900, "speaker1").word("<b>", 2900, 3100, "speaker1")
      .word("-->", 3100, 3300, "speaker1")
      .utterance().word("また", 4000, 4300, "speaker0").word("明日", 4300, 4600, "speaker0")
      .read("dialogue").withSpeakerNames(SpeakerNames.parse("speaker0=山田,speaker1=佐藤"));
  static final SubtitleOptions RENAMED = SubtitleOptions.builder().profile(SubtitleProfile.ja()).build();

  private Dialogue() {}

  static String srt(Transcript t, SubtitleOptions o) throws IOException {
    StringWriter out = new StringWriter();
    new SrtWriter(o).write(t, out);
    return out.toString();
  }

  static String vtt(Transcript t, SubtitleOptions o) throws IOException {
    StringWriter out = new StringWriter();
    new WebVttWriter(o).write(t, out);
    return out.toString();
  }

  static String text(Transcript t, SubtitleOptions o) throws IOException {
    StringWriter out = new StringWriter();
    new TextTranscriptWriter(o).write(t, out);
    return out.toString();
  }
}
