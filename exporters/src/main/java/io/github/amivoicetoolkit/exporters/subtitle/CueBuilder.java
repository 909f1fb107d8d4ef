package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.Transcript;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * Lays the pieces of a transcript out into cues, one cue at a time (memory holds about two cues).
 *
 * <p>A cue takes pieces while they fit the profile's lines (greedy fill, which needs the fewest lines)
 * and its duration stays within the maximum, and never across a segment boundary (utterance, speaker,
 * long pause). When a piece no longer fits, the cue ends after its last piece ending in punctuation if
 * that keeps at least half the cue's room or duration used, else before the piece. The cue's pieces are
 * then spread over the fewest lines needed, balanced, preferring line breaks after punctuation.
 *
 * <p>Timing: a cue runs from its earliest piece start to its latest piece end. One cue is held back
 * until the next is known, then finished: extended to the minimum duration into the following silence
 * but never past the next cue's start − min gap, and capped at the maximum duration. <b>Overlapping
 * speech</b> (the next cue starts before this one may end): this cue is cut back to end min gap before the
 * next; if that would leave it shorter than {@code min(its own length, min duration)}, it keeps that
 * length and the next cue is delayed to start min gap after it. Cues therefore come out sorted, never
 * overlapping, at least 1 ms long, with all their text.
 */
final class CueBuilder {
  private final SubtitleProfile profile;
  private final PieceSource source;
  private final IntUnaryOperator firstLineReserve;
  private final SubtitleReport.Accumulator report;
  private final int lineColumns;
  private final ArrayDeque<Piece> pushedBack = new ArrayDeque<>();
  private Cue held;
  private int lastSpeaker = -1;

  /**
   * @param shownAs how the format shows a token's text, see {@link PieceSource}
   * @param firstLineReserve columns to keep free on the first line of a cue whose speaker differs from
   *     the previous cue's, by speaker id (SRT's {@code Name: } prefix); at most half a line is kept
   */
  CueBuilder(Transcript transcript, SubtitleProfile profile, boolean includeFillers, UnaryOperator<String> shownAs,
      IntUnaryOperator firstLineReserve, SubtitleReport.Accumulator report) {
    this.profile = profile;
    this.lineColumns = profile.lineColumns();
    this.source = new PieceSource(transcript, includeFillers, lineColumns, profile.maxPauseMs(), shownAs,
        report);
    this.firstLineReserve = firstLineReserve;
    this.report = report;
  }

  /** The next finished cue, or null after the last. */
  Cue next() {
    if (held == null) {
      held = layOut();
      if (held == null) {
        return null;
      }
    }
    Cue following = layOut();
    Cue done = held;
    finish(done, following);
    held = following;
    return done;
  }

  private Piece peek() {
    return pushedBack.isEmpty() ? source.peek() : pushedBack.peekFirst();
  }

  private Piece take() {
    return pushedBack.isEmpty() ? source.take() : pushedBack.pollFirst();
  }

  private Cue layOut() {
    Piece first = take();
    if (first == null) {
      return null;
    }
    boolean speakerChanged = first.speakerId != lastSpeaker;
    lastSpeaker = first.speakerId;
    int[] caps = new int[profile.maxLines()];
    Arrays.fill(caps, lineColumns);
    int prefixColumns = speakerChanged ? firstLineReserve.applyAsInt(first.speakerId) : 0;
    caps[0] -= Math.min(prefixColumns, lineColumns / 2);
    List<Piece> pieces = new ArrayList<>();
    pieces.add(first);
    LineFill fill = new LineFill(caps);
    fill.add(first);
    int start = first.startMs;
    int end = first.endMs;
    boolean overflow = false;
    for (Piece p = peek(); p != null && !p.startsSegment; p = peek()) {
      if (Math.max(end, p.endMs) - Math.min(start, p.startMs) > profile.maxCueDurationMs() || !fill.add(p)) {
        overflow = true;
        break;
      }
      pieces.add(take());
      start = Math.min(start, p.startMs);
      end = Math.max(end, p.endMs);
    }
    if (overflow) {
      int keep = breakAfter(pieces, caps);
      for (int k = pieces.size() - 1; k > keep; k--) {
        pushedBack.addFirst(pieces.remove(k));
      }
      start = Integer.MAX_VALUE;
      end = Integer.MIN_VALUE;
      for (Piece p : pieces) {
        start = Math.min(start, p.startMs);
        end = Math.max(end, p.endMs);
      }
    }
    List<List<Piece>> lines = balance(pieces, caps);
    for (int l = 0; l < lines.size(); l++) {
      if (width(lines.get(l), 0, lines.get(l).size()) + (l == 0 ? prefixColumns : 0) > lineColumns) {
        report.linesOverWidth++;
      }
    }
    return new Cue(start, end, first.speakerId, speakerChanged, lines);
  }

  /** Index of the last piece to keep in an overflowing cue. */
  private int breakAfter(List<Piece> pieces, int[] caps) {
    int room = 0;
    for (int cap : caps) {
      room += cap;
    }
    int start = Integer.MAX_VALUE;
    for (Piece p : pieces) {
      start = Math.min(start, p.startMs);
    }
    int used = 0;
    int[] usedUpTo = new int[pieces.size()];
    for (int k = 0; k < pieces.size(); k++) {
      used += pieces.get(k).columns + (k > 0 && pieces.get(k).spaceBefore ? 1 : 0);
      usedUpTo[k] = used;
    }
    for (int k = pieces.size() - 2; k >= 0; k--) {
      Piece p = pieces.get(k);
      if (p.breakAfter && (2 * usedUpTo[k] >= room || 2L * (p.endMs - start) >= profile.maxCueDurationMs())) {
        return k;
      }
    }
    return pieces.size() - 1;
  }

  /**
   * Splits pieces into the fewest lines that hold them, choosing the breaks that minimise the squared
   * difference of line widths from their mean plus a penalty for a break not after punctuation.
   */
  private List<List<Piece>> balance(List<Piece> pieces, int[] caps) {
    LineFill fill = new LineFill(caps);
    for (Piece p : pieces) {
      fill.add(p);
    }
    int lineCount = fill.lines;
    int n = pieces.size();
    List<List<Piece>> lines = new ArrayList<>(lineCount);
    if (lineCount == 1) {
      lines.add(List.copyOf(pieces));
      return lines;
    }
    double mean = (double) width(pieces, 0, n) / lineCount;
    // A break not after punctuation costs as much as lines differing by 0.7 of a line width: punctuation
    // wins unless it leaves the lines very uneven.
    double penalty = lineColumns * (double) lineColumns / 4;
    double[][] cost = new double[lineCount + 1][n + 1];
    int[][] from = new int[lineCount + 1][n + 1];
    for (double[] row : cost) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    cost[0][0] = 0;
    for (int line = 1; line <= lineCount; line++) {
      for (int j = line; j <= n; j++) {
        for (int i = j - 1; i >= line - 1; i--) {
          if (cost[line - 1][i] == Double.POSITIVE_INFINITY) {
            continue;
          }
          int w = width(pieces, i, j);
          if (w > caps[line - 1] && j - i > 1) {
            break;
          }
          double c = cost[line - 1][i] + (w - mean) * (w - mean);
          if (j < n && !pieces.get(j - 1).breakAfter) {
            c += penalty;
          }
          if (c < cost[line][j]) {
            cost[line][j] = c;
            from[line][j] = i;
          }
        }
      }
    }
    int[] bounds = new int[lineCount + 1];
    bounds[lineCount] = n;
    for (int line = lineCount; line > 0; line--) {
      bounds[line - 1] = from[line][bounds[line]];
    }
    for (int line = 0; line < lineCount; line++) {
      lines.add(List.copyOf(pieces.subList(bounds[line], bounds[line + 1])));
    }
    return lines;
  }

  /** Columns of pieces [from, to) on one line. */
  private static int width(List<Piece> pieces, int from, int to) {
    int w = 0;
    for (int k = from; k < to; k++) {
      Piece p = pieces.get(k);
      w += p.columns + (k > from && p.spaceBefore ? 1 : 0);
    }
    return w;
  }

  private void finish(Cue cue, Cue following) {
    int natural = cue.naturalEndMs - cue.startMs;
    int keepAtLeast = Math.max(1, Math.min(profile.minCueDurationMs(), natural));
    int wanted = Math.max(cue.naturalEndMs, cue.startMs + profile.minCueDurationMs());
    wanted = Math.min(wanted, cue.startMs + profile.maxCueDurationMs());
    wanted = Math.max(wanted, cue.startMs + 1);
    if (following == null) {
      cue.endMs = wanted;
    } else {
      long limit = (long) following.startMs - profile.minGapMs();
      if (limit >= cue.startMs + keepAtLeast) {
        cue.endMs = (int) Math.min(wanted, limit);
      } else {
        cue.endMs = cue.startMs + keepAtLeast;
        int delayedStart = cue.endMs + profile.minGapMs();
        int followingNatural = Math.max(1, following.naturalEndMs - following.startMs);
        following.startMs = delayedStart;
        following.naturalEndMs = Math.max(following.naturalEndMs,
            delayedStart + Math.min(followingNatural, Math.max(1, profile.minCueDurationMs())));
        report.cuesDelayed++;
      }
    }
    if (cue.endMs < cue.naturalEndMs && cue.endMs < cue.startMs + profile.maxCueDurationMs()) {
      report.cuesCutShort++;
    }
    int duration = cue.endMs - cue.startMs;
    if (duration < profile.minCueDurationMs()) {
      report.cuesBelowMinDuration++;
    }
    report.cues++;
    report.shortestCueMs = Math.min(report.shortestCueMs, duration);
    report.longestCueMs = Math.max(report.longestCueMs, duration);
    double speed = cue.displayedChars() * 1000.0 / duration;
    report.fastestReadingSpeed = Math.max(report.fastestReadingSpeed, speed);
    if (speed > profile.maxReadingSpeed()) {
      report.cuesOverReadingSpeed++;
    }
  }

  /** Greedy line filling: the fewest lines for pieces broken only between them. */
  private static final class LineFill {
    private final int[] caps;
    int lines;
    private int lineWidth;

    LineFill(int[] caps) {
      this.caps = caps;
    }

    /** Adds the piece if it still fits; a cue's first piece always does. */
    boolean add(Piece p) {
      if (lines == 0) {
        lines = 1;
        lineWidth = p.columns;
        return true;
      }
      int widened = lineWidth + (p.spaceBefore ? 1 : 0) + p.columns;
      if (widened <= caps[lines - 1]) {
        lineWidth = widened;
        return true;
      }
      if (lines < caps.length && p.columns <= caps[lines]) {
        lines++;
        lineWidth = p.columns;
        return true;
      }
      return false;
    }
  }
}
