package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.Utterances;
import io.github.amivoicetoolkit.core.internal.DisplayWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads the token columns in document order into {@link Piece}s, one token at a time: drops fillers
 * unless asked for, gives untimed tokens a time from their neighbours, splits tokens wider than a line
 * and marks where a cue must end (utterance boundary, speaker change, pause longer than the profile's).
 */
final class PieceSource {
  private final Tokens tokens;
  private final Utterances utterances;
  private final boolean includeFillers;
  private final int lineColumns;
  private final int maxPauseMs;
  private final UnaryOperator<String> shownAs;
  private final SubtitleReport.Accumulator report;

  private int next;
  private int utterance = -1;
  private int utteranceEnd;
  /** End of the last timed token of the current utterance, or NO_TIME. */
  private int lastTimedEnd = Transcript.NO_TIME;
  /** Index of the next timed token of the current utterance at or after {@link #next}, -1 if none, -2 unknown. */
  private int nextTimed = -2;
  /** End time of the last piece handed out: the fallback place for text with no time anywhere near. */
  private int lastPlacedEnd;
  private Piece previous;
  /** The previous token's text before {@link #shownAs}: spacing follows the words, not their stand-ins. */
  private String previousWritten;
  private int previousUtterance = -1;

  /** Parts of a split token not handed out yet. */
  private Piece[] pending;
  private int pendingNext;
  private Piece peeked;

  /**
   * @param shownAs how a format shows a token's text (SRT replaces what players would take for markup);
   *     widths are measured on the result
   */
  PieceSource(Transcript transcript, boolean includeFillers, int lineColumns, int maxPauseMs,
      UnaryOperator<String> shownAs, SubtitleReport.Accumulator report) {
    this.shownAs = shownAs;
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
      boolean spaceBefore = previousWritten != null && TextWidth.spaceBetween(previousWritten, display);
      previousWritten = display;
      String text = shownAs.apply(display);
      int start;
      int end;
      if (tokens.isTimed(i)) {
        start = Math.max(0, tokens.startMs(i));
        end = Math.max(start, tokens.endMs(i));
        lastTimedEnd = end;
      } else {
        start = placeUntimed(i);
        end = start;
      }
      return handOut(toPieces(text, start, end, tokens.speakerId(i), spaceBefore));
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

  private int placeUntimed(int i) {
    int own = tokens.startMs(i) != Transcript.NO_TIME ? tokens.startMs(i) : tokens.endMs(i);
    if (own != Transcript.NO_TIME) {
      report.atOwnTime++;
      return Math.max(0, own);
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
      return Math.max(0, tokens.startMs(nextTimed));
    }
    int utteranceStart = utterances.startMs(utterance);
    if (utteranceStart != Transcript.NO_TIME) {
      report.atUtteranceStart++;
      return Math.max(0, utteranceStart);
    }
    report.afterPrecedingText++;
    return lastPlacedEnd;
  }

  /** One piece, or the parts of a token wider than a line (times shared out by width); returns the first. */
  private Piece toPieces(String text, int start, int end, int speakerId, boolean spaceBefore) {
    int columns = DisplayWidth.columns(text);
    boolean startsSegment = previous == null || utterance != previousUtterance || speakerId != previous.speakerId
        || start - previous.endMs > maxPauseMs;
    if (columns <= lineColumns) {
      return new Piece(text, columns, start, end, speakerId, spaceBefore, TextWidth.endsWithBreakPunctuation(text),
          startsSegment);
    }
    report.tokensSplit++;
    List<Piece> parts = new ArrayList<>();
    int partStart = 0;
    int partColumns = 0;
    int columnsBefore = 0;
    for (int k = 0; k <= text.length(); ) {
      int cp = k < text.length() ? text.codePointAt(k) : -1;
      int w = cp < 0 ? 0 : DisplayWidth.columns(cp);
      if (cp < 0 || (partColumns + w > lineColumns && partColumns > 0)) {
        String part = text.substring(partStart, k);
        int from = start + (int) ((long) (end - start) * columnsBefore / columns);
        int to = start + (int) ((long) (end - start) * (columnsBefore + partColumns) / columns);
        boolean first = parts.isEmpty();
        boolean last = cp < 0;
        parts.add(new Piece(part, partColumns, from, to, speakerId, first && spaceBefore,
            last && TextWidth.endsWithBreakPunctuation(part), first && startsSegment));
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
