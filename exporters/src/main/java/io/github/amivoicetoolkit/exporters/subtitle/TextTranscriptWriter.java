package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.internal.Clock;
import io.github.amivoicetoolkit.exporters.AtomicFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a plain-text transcript: one paragraph per speaker turn (a run of tokens of one speaker,
 * across utterances), headed {@code [HH:MM:SS] Name: } and followed by the turn's text on the same
 * line; a blank line between paragraphs. A transcript without diarization gets the time only. Text is
 * joined as in subtitles (no spaces in Japanese, one space between Latin-script words) and never wrapped.
 * Uses {@link SubtitleOptions#includeFillers()} and {@link SubtitleOptions#offsetMs()}; the other
 * options concern subtitles only.
 *
 * <p>Streams token by token. Thread-safe (immutable).
 */
public final class TextTranscriptWriter {
  /** A long monologue is written out in parts, not held whole. */
  private static final int FLUSH_CHARS = 8192;

  private final SubtitleOptions options;

  public TextTranscriptWriter(SubtitleOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Writes the file atomically (UTF-8, {@code \n} line ends).
   *
   * @return {@code target}
   */
  public Path write(Transcript transcript, Path target) throws IOException {
    AtomicFile.writeUtf8(target, writer -> {
      write(transcript, writer);
      return null;
    });
    return target;
  }

  /** Writes to a writer it does not close. */
  public void write(Transcript transcript, Writer out) throws IOException {
    String[] shown = ShownSpeakers.of(transcript.speakers());
    PieceSource pieces = new PieceSource(transcript, options.includeFillers(), Integer.MAX_VALUE, Integer.MAX_VALUE,
        options.offsetMs(), new SubtitleReport.Accumulator());
    StringBuilder paragraph = new StringBuilder(256);
    int speaker = -1;
    boolean firstParagraph = true;
    for (Piece p = pieces.take(); p != null; p = pieces.take()) {
      if (p.speakerId != speaker) {
        if (speaker >= 0) {
          paragraph.append('\n');
          out.write(paragraph.toString());
          paragraph.setLength(0);
        }
        if (!firstParagraph) {
          paragraph.append('\n');
        }
        firstParagraph = false;
        speaker = p.speakerId;
        paragraph.append('[');
        Clock.appendSeconds(paragraph, p.startMs);
        paragraph.append("] ");
        if (shown[speaker] != null) {
          paragraph.append(TextWidth.displayText(shown[speaker])).append(": ");
        }
      } else if (p.spaceBefore) {
        paragraph.append(' ');
      }
      paragraph.append(p.text);
      if (paragraph.length() >= FLUSH_CHARS) {
        out.write(paragraph.toString());
        paragraph.setLength(0);
      }
    }
    if (speaker >= 0) {
      paragraph.append('\n');
      out.write(paragraph.toString());
    }
  }
}
