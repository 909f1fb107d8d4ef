package io.github.amivoicetoolkit.exporters.subtitle;

import java.util.List;

/** One finished cue: final times, the speaker, and its lines of pieces (never empty, at most the profile's). */
final class Cue {
  int startMs;
  int endMs;
  /** End of the last word, before min-duration extension and overlap handling. */
  int naturalEndMs;
  final int speakerId;
  /** The speaker differs from the previous cue's: SRT shows the name. */
  final boolean speakerChanged;
  final List<List<Piece>> lines;

  Cue(int startMs, int naturalEndMs, int speakerId, boolean speakerChanged, List<List<Piece>> lines) {
    this.startMs = startMs;
    this.endMs = naturalEndMs;
    this.naturalEndMs = naturalEndMs;
    this.speakerId = speakerId;
    this.speakerChanged = speakerChanged;
    this.lines = lines;
  }

  /** Characters as displayed: code points plus one for each space between words on a line or across a line break. */
  int displayedChars() {
    int chars = 0;
    boolean first = true;
    for (List<Piece> line : lines) {
      for (Piece p : line) {
        if (p.spaceBefore && !first) {
          chars++;
        }
        chars += p.text.codePointCount(0, p.text.length());
        first = false;
      }
    }
    return chars;
  }

  @Override
  public String toString() {
    return startMs + "-" + endMs + " " + lines;
  }
}
