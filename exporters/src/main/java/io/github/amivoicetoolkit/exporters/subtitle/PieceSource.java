package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.Utterances;
import io.github.amivoicetoolkit.core.internal.TextJoin;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the token columns in document order into {@link Piece}s, one token at a time: drops fillers
 * unless asked for, gives untimed tokens a time from their neighbours, shifts every time by the offset
 * (clipped at 0), splits tokens wider than a line and marks where a cue must end (utterance boundary,
 * speaker change, pause longer than the profile's). Times are {@code long}: a time the reader accepts
 * (up to 2<sup>31</sup> − 1 ms) plus an offset or a cue's extension cannot overflow.
 */
final class PieceSource {
  private final Tokens tokens;
  private final Utterances utterances;
  private final boolean includeFillers;
  private final int lineColumns;
  private final int maxPauseMs;
  private final long offsetMs;
  private final SubtitleReport.Accumulator report;

  private int next;
  private int utterance = -1;
  private int utteranceEnd;
  /** End of the last timed token of the current utterance (shifted), or NO_TIME. */
  private long lastTimedEnd = Transcript.NO_TIME;
  /** Index of the next timed token of the current utterance at or after {@link #next}, -1 if none, -2 unknown. */
  private int nextTimed = -2;
  /** End time of the last piece handed out: the fallback place for text with no time anywhere near. */
  private long lastPlacedEnd;
  private Piece previous;
  /** The previous token's text: spacing follows the words. */
  private String previousWritten;
  private int previousUtterance = -1;

  /** Parts of a split token not handed out yet. */
  private Piece[] pending;
  private int pendingNext;
  private Piece peeked;

  /** @param offsetMs added to every time; a time that would be negative becomes 0 */
  PieceSource(Transcript transcript, boolean includeFillers, int lineColumns, int maxPauseMs, long offsetMs,
      SubtitleReport.Accumulator report) {
    this.offsetMs = offsetMs;
    this.tokens = transcript.tokens();
    this.utterances = transcript.utterances();
    this.includeFillers = includeFillers;
    this.lineColumns = lineColumns;
    this.maxPauseMs = maxPauseMs;
    this.report = report;
  }

  Piece peek() {
    if (peeked == null) {
      peeked = read();
    }
    return peeked;
  }

  Piece take() {
    Piece p = peek();
    peeked = null;
    return p;
  }

  private Piece read() {
    if (pending != null) {
      Piece p = pending[pendingNext++];
      if (pendingNext == pending.length) {
        pending = null;
      }
      return handOut(p);
    }
    while (next < tokens.size()) {
      int i = next++;
      enterUtteranceOf(i);
      TokenKind kind = tokens.kind(i);
      if (kind == TokenKind.FILLER && !includeFillers) {
        report.fillersDropped++;
        continue;
      }
      String written = tokens.written(i);
      if (kind == TokenKind.FILLER) {
        written = written.substring(1, written.length() - 1);
      }
      String display = TextWidth.displayText(written);
      if (display.isEmpty()) {
        continue;
      }
      boolean spaceBefore = previousWritten != null && TextJoin.spaceBetween(previousWritten, display);
      previousWritten = display;
      long start;
      long end;
      boolean timed = tokens.isTimed(i);
      if (timed) {
        start = shift(tokens.startMs(i));
        end = Math.max(start, shift(tokens.endMs(i)));
        lastTimedEnd = end;
      } else {
        start = placeUntimed(i);
        end = start;
      }
      String reading = kind == TokenKind.WORD ? Furigana.reading(display, tokens.spoken(i)) : null;
      return handOut(toPieces(display, start, end, timed, tokens.speakerId(i), spaceBefore, reading));
    }
    return null;
  }

  private Piece handOut(Piece p) {
    previous = p;
    previousUtterance = utterance;
    lastPlacedEnd = Math.max(lastPlacedEnd, p.endMs);
    return p;
  }

  private void enterUtteranceOf(int i) {
    if (utterance >= 0 && i < utteranceEnd) {
      return;
    }
    do {
      utterance++;
      utteranceEnd = utterances.endToken(utterance);
    } while (i >= utteranceEnd);
    lastTimedEnd = Transcript.NO_TIME;
    nextTimed = -2;
  }

  /** A time of the transcript, shifted by the offset and clipped at 0. */
  private long shift(int ms) {
    return Math.max(0, ms + offsetMs);
  }

  private long placeUntimed(int i) {
    int own = tokens.startMs(i) != Transcript.NO_TIME ? tokens.startMs(i) : tokens.endMs(i);
    if (own != Transcript.NO_TIME) {
      report.atOwnTime++;
      return shift(own);
    }
    if (lastTimedEnd != Transcript.NO_TIME) {
      report.afterPrevious++;
      return lastTimedEnd;
    }
    if (nextTimed == -2 || (nextTimed >= 0 && nextTimed < i)) {
      nextTimed = -1;
      for (int j = i + 1; j < utteranceEnd; j++) {
        if (tokens.isTimed(j) && (includeFillers || tokens.kind(j) != TokenKind.FILLER)) {
          nextTimed = j;
          break;
        }
      }
    }
    if (nextTimed >= 0) {
      report.beforeNext++;
      return shift(tokens.startMs(nextTimed));
    }
    int utteranceStart = utterances.startMs(utterance);
    if (utteranceStart != Transcript.NO_TIME) {
      report.atUtteranceStart++;
      return shift(utteranceStart);
    }
    report.afterPrecedingText++;
    return lastPlacedEnd;
  }

  /** One piece, or the parts of a token wider than a line (times shared out by width); returns the first. */
  private Piece toPieces(String text, long start, long end, boolean timed, int speakerId, boolean spaceBefore,
      String reading) {
    int columns = TextWidth.layoutColumns(text);
    boolean sameSpeakerAfterShortPause = previous != null && speakerId == previous.speakerId
        && start - previous.endMs <= maxPauseMs;
    boolean newUtterance = previous != null && utterance != previousUtterance;
    boolean startsSegment = !sameSpeakerAfterShortPause || newUtterance;
    boolean mergeable = sameSpeakerAfterShortPause && newUtterance;
    if (columns <= lineColumns) {
      return new Piece(text, columns, start, end, timed, speakerId, spaceBefore,
          TextWidth.endsWithBreakPunctuation(text), startsSegment, mergeable, reading);
    }
    report.tokensSplit++;
    List<Piece> parts = new ArrayList<>();
    int partStart = 0;
    int partColumns = 0;
    int columnsBefore = 0;
    for (int k = 0; k <= text.length(); ) {
      int cp = k < text.length() ? text.codePointAt(k) : -1;
      int w = cp < 0 ? 0 : TextWidth.layoutColumns(Character.toString(cp));
      if (cp < 0 || (partColumns + w > lineColumns && partColumns > 0)) {
        String part = text.substring(partStart, k);
        long from = start + (end - start) * columnsBefore / columns;
        long to = start + (end - start) * (columnsBefore + partColumns) / columns;
        boolean first = parts.isEmpty();
        boolean last = cp < 0;
        parts.add(new Piece(part, partColumns, from, to, timed, speakerId, first && spaceBefore,
            last && TextWidth.endsWithBreakPunctuation(part), first && startsSegment, first && mergeable, null));
        columnsBefore += partColumns;
        partStart = k;
        partColumns = 0;
        if (cp < 0) {
          break;
        }
        continue;
      }
      partColumns += w;
      k += Character.charCount(cp);
    }
    pending = parts.subList(1, parts.size()).toArray(new Piece[0]);
    pendingNext = 0;
    if (pending.length == 0) {
      pending = null;
    }
    return parts.get(0);
  }
}
