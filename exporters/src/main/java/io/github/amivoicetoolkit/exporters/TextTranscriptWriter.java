package io.github.amivoicetoolkit.exporters;

import io.github.amivoicetoolkit.analytics.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a plain-text transcript: one paragraph per speaker turn (a run of tokens of one speaker,
 * across utterances), headed {@code [HH:MM:SS] Name: } and followed by the turn's text on the same
 * line; a blank line between paragraphs. The unknown speaker {@code ""} gets the time only. Text is
 * joined as in subtitles (no spaces in Japanese, one space between Latin-script words) and never wrapped.
 * Uses {@link SubtitleOptions#includeFillers()} and {@link SubtitleOptions#speakerNames()}; the other
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

  /** Writes the file atomically (UTF-8, {@code \n} line ends). */
  public void write(Transcript transcript, Path target) throws IOException {
    AtomicFile.writeUtf8(target, writer -> {
      writeTo(transcript, writer);
      return null;
    });
  }

  /** Writes to a writer it does not close. */
  public void writeTo(Transcript transcript, Writer out) throws IOException {
    SpeakerNames names = options.speakerNames();
    PieceSource pieces = new PieceSource(transcript, options.includeFillers(), Integer.MAX_VALUE, Integer.MAX_VALUE,
        text -> text, new SubtitleReport.Accumulator());
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
        Timestamps.appendSeconds(paragraph, p.startMs);
        paragraph.append("] ");
        String label = transcript.speakers().get(speaker);
        if (!label.isEmpty()) {
          paragraph.append(TextWidth.displayText(names.nameOf(label))).append(": ");
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
