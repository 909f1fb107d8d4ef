package io.github.amivoicetoolkit.exporters.subtitle;

/**
 * One shown unit of subtitle text: a token, or one part of a token wider than a line. Times are
 * effective: an untimed token carries the time it was placed at.
 */
final class Piece {
  final String text;
  final int columns;
  final int startMs;
  final int endMs;
  final int speakerId;
  /** A space goes before this piece when it follows the previous piece on the same line. */
  final boolean spaceBefore;
  /** A line or cue break after this piece reads best (it ends with {@code 、。,.?!} and the like). */
  final boolean breakAfter;
  /** This piece may not share a cue with the one before it: new utterance, new speaker or long pause. */
  final boolean startsSegment;

  Piece(String text, int columns, int startMs, int endMs, int speakerId, boolean spaceBefore, boolean breakAfter,
      boolean startsSegment) {
    this.text = text;
    this.columns = columns;
    this.startMs = startMs;
    this.endMs = endMs;
    this.speakerId = speakerId;
    this.spaceBefore = spaceBefore;
    this.breakAfter = breakAfter;
    this.startsSegment = startsSegment;
  }

  @Override
  public String toString() {
    return text + "@" + startMs + "-" + endMs;
  }
}
