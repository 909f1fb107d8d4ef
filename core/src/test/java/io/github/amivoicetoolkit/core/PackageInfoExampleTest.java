package io.github.amivoicetoolkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of this package's {@code package-info.java}, run on a bundled sample. */
class PackageInfoExampleTest {

  @Test
  void exampleRunsOnASample(@TempDir Path dir) throws IOException {
    Path file = Samples.copyTo("async-v2-completed-diarized.json", dir);

    // example 0
    TranscriptReader reader = new TranscriptReader();            // thread-safe, reuse it
    Transcript t = reader.read(file);                            // a Path: .json or .json.gz
    if (t.job().failed()) {
      throw new IllegalStateException(t.job().describe());        // a failure body is data, not an exception
    }
    Tokens tokens = t.tokens();
    long talk = 0;
    for (int i = 0; i < tokens.size(); i++) {                    // columns: no object per token
      if (tokens.isTimed(i) && tokens.kind(i) != TokenKind.PUNCTUATION) {
        talk += tokens.endMs(i) - tokens.startMs(i);
      }
    }
    System.out.println(t.speakers() + " " + talk + " ms");
    // end of example

    assertThat(t.speakers()).isNotEmpty();
    assertThat(talk).isPositive();
  }

  @Test
  void javadocShowsTheCodeThatRuns() {
    assertThat(PackageInfoExamples.javadocExample("io.github.amivoicetoolkit.core", 0))
        .isEqualTo(PackageInfoExamples.testedExample(getClass(), 0));
  }
}
