package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code --speakers}: applied to the transcript once, right after reading, so that figures, tables and
 * subtitles all show the same renamed speakers; a label the file does not have is reported, not ignored.
 */
final class SpeakerRenaming {
  private SpeakerRenaming() {}

  /** The renamed transcript; warns on {@code err} about each named label that {@code transcript} lacks. */
  static Transcript apply(Transcript transcript, SpeakerNames names, String inputName, PrintWriter err) {
    if (names.isEmpty()) {
      return transcript;
    }
    List<String> missing = names.missingFrom(transcript.speakers());
    if (!missing.isEmpty()) {
      String have = transcript.speakers().isEmpty() ? "none"
          : transcript.speakers().stream().map(SpeakerRenaming::shown).collect(Collectors.joining(", "));
      err.println("amivoice: warning: " + inputName + ": --speakers names "
          + missing.stream().map(SpeakerRenaming::shown).collect(Collectors.joining(", "))
          + ", which the file does not have; its speakers: " + have);
    }
    return transcript.withSpeakerNames(names);
  }

  private static String shown(String label) {
    return label.isEmpty() ? "the unlabelled speaker (empty label)" : "'" + label + "'";
  }
}
