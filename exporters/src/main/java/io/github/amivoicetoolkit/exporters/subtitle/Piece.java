package io.github.amivoicetoolkit.exporters.subtitle;

/**
 * One shown unit of subtitle text: a token, or one part of a token wider than a line. Times are
 * effective (after the offset, as {@code long} so that times near 2<sup>31</sup> ms plus a cue's extension
 * cannot overflow): an untimed token carries the time it was placed at and has zero length.
 */
final class Piece {
  /** The token's text cleaned for one line ({@link TextWidth#displayText}), before any format's escaping. */
  final String text;
  /** Width for layout: the widest form any format writes the text in ({@link TextWidth#layoutColumns}). */
  final int columns;
  final long startMs;
  final long endMs;
  /** The token had times of its own (not placed at a neighbour's). */
  final boolean timed;
  final int speakerId;
  /** A space goes before this piece when it follows the previous piece on the same line. */
  final boolean spaceBefore;
  /** A line or cue break after this piece reads best (it ends with {@code 、。,.?!} and the like). */
  final boolean breakAfter;
  /** This piece may not share a cue with the one before it: new utterance, new speaker or long pause. */
  final boolean startsSegment;
  /**
   * The only reason for {@link #startsSegment} is a new utterance of the same speaker after a pause no
   * longer than the profile's: the cue before may be merged with this one's.
   */
  final boolean mergeable;
  /** The token's reading in hiragana when furigana can be shown for it, else null ({@link Furigana}). */
  final String reading;

  Piece(String text, int columns, long startMs, long endMs, boolean timed, int speakerId, boolean spaceBefore,
      boolean breakAfter, boolean startsSegment, boolean mergeable, String reading) {
    this.text = text;
    this.columns = columns;
    this.startMs = startMs;
    this.endMs = endMs;
    this.timed = timed;
    this.speakerId = speakerId;
    this.spaceBefore = spaceBefore;
    this.breakAfter = breakAfter;
    this.startsSegment = startsSegment;
    this.mergeable = mergeable;
    this.reading = reading;
  }

  @Override
  public String toString() {
    return text + "@" + startMs + "-" + endMs;
  }
}
