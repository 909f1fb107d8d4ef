package io.github.amivoicetoolkit.exporters.subtitle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.PackageInfoExamples;
import io.github.amivoicetoolkit.core.Samples;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of this package's {@code package-info.java}, run on a bundled sample. */
class PackageInfoExampleTest {

  @Test
  void exampleRunsOnASample(@TempDir Path dir) throws IOException {
    Path file = Samples.copyTo("async-v1-completed-sentiment.json", dir);
    Path out = Files.createDirectories(dir.resolve("out"));

    // example 0
    Transcript transcript = new TranscriptReader().read(file)
        .withSpeakerNames(SpeakerNames.parse("speaker0=山田,speaker1=佐藤"));   // --speakers
    SubtitleOptions options = SubtitleOptions.builder()
        .profile(SubtitleProfile.ja())          // --profile ja; without it, picked from the text
        .maxLines(2)                            // --max-lines 2
        .build();
    SubtitleReport report = new SrtWriter(options).write(transcript, out.resolve("call.srt"));
    new WebVttWriter(options.toBuilder().wordTiming(true).build())    // --words
        .write(transcript, out.resolve("call.vtt"));
    new TextTranscriptWriter(options).write(transcript, out.resolve("call.txt"));
    System.out.println(report.summary());      // profile ja: 3 cues, 833 ms to 900 ms; ...
    // end of example

    assertThat(report.cues()).isPositive();
    assertThat(Files.readString(out.resolve("call.srt"))).contains("山田");
    assertThat(Files.readString(out.resolve("call.vtt"))).startsWith("WEBVTT");
    assertThat(out.resolve("call.txt")).isNotEmptyFile();
  }

  @Test
  void javadocShowsTheCodeThatRuns() {
    assertThat(PackageInfoExamples.javadocExample("io.github.amivoicetoolkit.exporters.subtitle", 0))
        .isEqualTo(PackageInfoExamples.testedExample(getClass(), 0));
  }
}
