package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.internal.Clock;
import io.github.amivoicetoolkit.exporters.AtomicFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes SubRip (SRT): cues numbered from 1, {@code HH:MM:SS,mmm --> HH:MM:SS,mmm}, one blank line
 * after each cue and never inside one; cues sorted and never overlapping. When the speaker changes, the
 * cue's first line starts with {@code Name: } (room for it is kept on that line). The cues are the ones
 * {@link WebVttWriter} and {@link AssWriter} write for the same transcript and options: same breaks, same
 * times.
 *
 * <p>SRT has no escapes and players read anything tag-shaped as markup and drop it, so {@code <} and
 * {@code >} in the text are written as their full-width forms {@code ＜ ＞} (this also keeps
 * {@code -->} out of cue text), and so is a <code>{</code> before a backslash (an ASS override tag to
 * most players); {@code &} is written as is. Word timing, {@code NOTE} and {@code STYLE}
 * options do not apply to SRT.
 *
 * <p>Streams: at most 34 cues in memory (32 held to sort overlapping speech by time). Thread-safe
 * (immutable).
 */
public final class SrtWriter {
  private final SubtitleOptions options;

  public SrtWriter(SubtitleOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Writes the file atomically (UTF-8, {@code \n} line ends). */
  public SubtitleReport write(Transcript transcript, Path target) throws IOException {
    return AtomicFile.writeUtf8(target, writer -> write(transcript, writer));
  }

  /** Writes to a writer it does not close. */
  public SubtitleReport write(Transcript transcript, Writer out) throws IOException {
    SubtitleProfile profile = options.profileFor(transcript);
    String[] shown = ShownSpeakers.of(transcript.speakers());
    SubtitleReport.Accumulator report = new SubtitleReport.Accumulator();
    CueBuilder cues = new CueBuilder(transcript, profile, options, report);
    StringBuilder text = new StringBuilder(256);
    StringBuilder line = new StringBuilder(64);
    int number = 0;
    for (Cue cue = cues.next(); cue != null; cue = cues.next()) {
      text.setLength(0);
      text.append(++number).append('\n');
      Clock.append(text, cue.startMs, ',');
      text.append(" --> ");
      Clock.append(text, cue.endMs, ',');
      text.append('\n');
      if (cue.showsName && shown[cue.speakerId] != null) {
        text.append(CueBuilder.namePrefix(shown[cue.speakerId]));
      }
      for (int l = 0; l < cue.lines.size(); l++) {
        if (l > 0) {
          text.append('\n');
        }
        line.setLength(0);
        List<Piece> pieces = cue.lines.get(l);
        for (int k = 0; k < pieces.size(); k++) {
          Piece p = pieces.get(k);
          if (k > 0 && p.spaceBefore) {
            line.append(' ');
          }
          line.append(p.text);
        }
        text.append(plainText(line.toString()));
      }
      text.append("\n\n");
      out.write(text.toString());
    }
    return report.toReport(profile);
  }

  /**
   * Text safe on an SRT line: no line breaks, full-width angle brackets, and a full-width brace before a
   * backslash (players read {@code {\an8}} as a positioning tag).
   */
  static String plainText(String text) {
    return TextWidth.displayText(text).replace('<', '＜').replace('>', '＞').replace("{\\", "｛\\");
  }
}
