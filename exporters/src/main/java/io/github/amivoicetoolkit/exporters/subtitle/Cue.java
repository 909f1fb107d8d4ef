package io.github.amivoicetoolkit.exporters.subtitle;

import java.util.List;

/**
 * One cue: its pieces, laid out in lines (never empty, at most the profile's), and its times. The
 * builder fills in the final times and {@link #showsName} when the cue is finished.
 */
final class Cue {
  /** Earliest start among the pieces: the start the cue must keep. */
  final long trueStartMs;
  /** Latest end among the pieces. */
  final long naturalEndMs;
  /** Latest start among the pieces with times of their own (the cue must not end before it); {@link #trueStartMs} if none. */
  final long lastWordStartMs;
  final int speakerId;
  final List<Piece> pieces;
  final List<List<Piece>> lines;
  /** Order in the document, to keep cues starting at the same time in document order. */
  final long sequence;
  /** Whether layout kept room on the first line for the speaker's name. */
  final boolean nameRoomKept;

  long startMs;
  long endMs;
  /** The speaker differs from the previous cue's: SRT (and WebVTT with a prefix) shows the name. */
  boolean showsName;

  Cue(List<Piece> pieces, List<List<Piece>> lines, int speakerId, long sequence, boolean nameRoomKept) {
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    long lastWord = Long.MIN_VALUE;
    for (Piece p : pieces) {
      start = Math.min(start, p.startMs);
      end = Math.max(end, p.endMs);
      if (p.timed) {
        lastWord = Math.max(lastWord, p.startMs);
      }
    }
    this.trueStartMs = start;
    this.naturalEndMs = end;
    this.lastWordStartMs = lastWord == Long.MIN_VALUE ? start : lastWord;
    this.speakerId = speakerId;
    this.pieces = pieces;
    this.lines = lines;
    this.sequence = sequence;
    this.nameRoomKept = nameRoomKept;
    this.startMs = start;
    this.endMs = end;
  }

  /** Characters as displayed: code points plus one for each space between words on a line or across a line break. */
  int displayedChars() {
    int chars = 0;
    boolean first = true;
    for (Piece p : pieces) {
      if (p.spaceBefore && !first) {
        chars++;
      }
      chars += p.text.codePointCount(0, p.text.length());
      first = false;
    }
    return chars;
  }

  @Override
  public String toString() {
    return startMs + "-" + endMs + " " + lines;
  }
}
