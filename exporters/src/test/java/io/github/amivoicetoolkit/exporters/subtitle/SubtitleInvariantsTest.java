package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invariant of the spec, on every shared sample and synthetic result, with every option set. */
class SubtitleInvariantsTest {
  static Stream<Arguments> cases() {
    return Transcripts.everyInputWithEveryOption().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("cases")
  void holdsEveryInvariant(String input, String optionName, Transcript transcript, SubtitleOptions options) {
    SubtitleChecks.checkAll(transcript, options, input + "-" + optionName);
  }
}
