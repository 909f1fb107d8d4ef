package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.Transcript;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Lays the pieces of a transcript out into the one cue list every subtitle format encodes (SRT, WebVTT
 * and ASS break cues at the same places with the same times), one cue at a time.
 *
 * <p><b>Layout.</b> A cue takes pieces while they fit the profile's lines (greedy fill, which needs the
 * fewest lines) and its duration stays within the maximum, and never across a segment boundary
 * (utterance, speaker, long pause). When a piece no longer fits, the cue ends after its last piece ending
 * in punctuation if that keeps at least half the cue's room or duration used, else before the piece. With
 * {@link SubtitleProfile#mergeShortCues()}, a cue and the next cue of the same speaker (split only by an
 * utterance boundary) become one when they fit together. The cue's pieces are then spread over the fewest
 * lines needed, balanced, preferring line breaks after punctuation. Room for the {@code Name: } prefix is
 * kept on the first line of a cue whose speaker differs from the previous cue's, in every format.
 *
 * <p><b>Timing</b>, in order of priority: a cue starts at its earliest piece's start and <em>never
 * later</em>; it never ends before its last timed piece starts, unless the next cue (another speaker
 * talking over) starts even earlier, and then it ends where that one begins. Within that, its end is
 * its natural end (latest piece end), extended into the following silence to the minimum duration and to
 * the reading speed limit, capped at the maximum duration, and cut back to leave the minimum gap before
 * the next cue. Where the gap or the duration cannot be had, it falls short and the report counts it.
 *
 * <p><b>Order.</b> Cues come out sorted by start and never overlapping. Transcripts list speech in time
 * order except where speakers overlap; to sort those, up to {@value #WINDOW} laid-out cues are held and
 * the earliest is finished first. Of two cues starting in the same millisecond, the first is shown in
 * the silence just before (at most the minimum duration early) and ends where the second begins. A cue
 * that still starts before the previous one ended (it lay more than {@value #WINDOW} cues out of order,
 * or the same-millisecond cues had no silence before them, as at time 0) is the only cue ever moved
 * later, to the previous end; the report counts it and gives the largest such delay.
 *
 * <p>Memory: at most {@value #WINDOW} + 2 cues.
 */
final class CueBuilder {
  /** How many laid-out cues are held to put cues of overlapping speech in time order. */
  static final int WINDOW = 32;

  private final SubtitleProfile profile;
  private final PieceSource source;
  private final SubtitleReport.Accumulator report;
  private final int lineColumns;
  /** Columns of each speaker's {@code Name: } prefix; 0 where no name is shown. */
  private final int[] prefixColumns;
  private final ArrayDeque<Piece> pushedBack = new ArrayDeque<>();
  private final PriorityQueue<Cue> window = new PriorityQueue<>(
      Comparator.comparingLong((Cue c) -> c.trueStartMs).thenComparingLong(c -> c.sequence));
  /** A cue laid out ahead to try a merge, which did not merge. */
  private Cue laidOutAhead;
  private boolean sourceDone;
  private long sequence;
  private int lastLaidOutSpeaker = -1;
  private int lastShownSpeaker = -1;
  private long lastEnd = Long.MIN_VALUE;

  CueBuilder(Transcript transcript, SubtitleProfile profile, SubtitleOptions options,
      SubtitleReport.Accumulator report) {
    this.profile = profile;
    this.lineColumns = profile.lineColumns();
    this.source = new PieceSource(transcript, options.includeFillers(), lineColumns, profile.maxPauseMs(),
        options.offsetMs(), report);
    this.report = report;
    String[] shown = ShownSpeakers.of(transcript.speakers());
    this.prefixColumns = new int[shown.length];
    for (int s = 0; s < shown.length; s++) {
      prefixColumns[s] = shown[s] == null ? 0 : TextWidth.layoutColumns(namePrefix(shown[s]));
    }
  }

  /** The {@code Name: } prefix of a shown name, as SRT writes it. */
  static String namePrefix(String shownName) {
    return SrtWriter.plainText(shownName) + ": ";
  }

  /** The next finished cue in time order, or null after the last. */
  Cue next() {
    fillWindow();
    Cue cue = window.poll();
    if (cue == null) {
      return null;
    }
    fillWindow();
    if (cue.trueStartMs < lastEnd) {
      cue.startMs = lastEnd;
      report.cuesDelayed++;
      report.maxStartOffsetMs = Math.max(report.maxStartOffsetMs, cue.startMs - cue.trueStartMs);
    }
    cue.showsName = cue.speakerId != lastShownSpeaker;
    lastShownSpeaker = cue.speakerId;
    countLinesOverWidth(cue);
    finish(cue, window.peek());
    if (lastEnd != Long.MIN_VALUE && cue.startMs - lastEnd < profile.minGapMs()) {
      report.gapsBelowMinimum++;
    }
    lastEnd = cue.endMs;
    return cue;
  }

  private void fillWindow() {
    while (window.size() <= WINDOW && !sourceDone) {
      Cue cue = layOutMerged();
      if (cue == null) {
        sourceDone = true;
      } else {
        window.add(cue);
      }
    }
  }

  private Piece peek() {
    return pushedBack.isEmpty() ? source.peek() : pushedBack.peekFirst();
  }

  private Piece take() {
    return pushedBack.isEmpty() ? source.take() : pushedBack.pollFirst();
  }

  /** The next cue in document order, merged with the following cues of its speaker that fit with it. */
  private Cue layOutMerged() {
    Cue cue = laidOutAhead != null ? laidOutAhead : layOut();
    laidOutAhead = null;
    while (cue != null && profile.mergeShortCues() && peek() != null && peek().mergeable
        && peek().speakerId == cue.speakerId) {
      Cue following = layOut();
      Cue merged = merge(cue, following);
      if (merged == null) {
        laidOutAhead = following;
        break;
      }
      cue = merged;
    }
    return cue;
  }

  /** One cue of both cues' pieces when they fit the lines and the longest duration together, else null. */
  private Cue merge(Cue first, Cue second) {
    List<Piece> pieces = new ArrayList<>(first.pieces);
    pieces.addAll(second.pieces);
    int[] caps = caps(first.nameRoomKept ? prefixColumns[first.speakerId] : 0);
    LineFill fill = new LineFill(caps);
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    for (Piece p : pieces) {
      if (!fill.add(p)) {
        return null;
      }
      start = Math.min(start, p.startMs);
      end = Math.max(end, p.endMs);
    }
    if (end - start > profile.maxCueDurationMs()) {
      return null;
    }
    report.cuesMerged++;
    return new Cue(pieces, balance(pieces, caps), first.speakerId, first.sequence, first.nameRoomKept);
  }

  /** Line capacities, the first line less the room for a name prefix (at most half a line). */
  private int[] caps(int prefix) {
    int[] caps = new int[profile.maxLines()];
    Arrays.fill(caps, lineColumns);
    caps[0] -= Math.min(prefix, lineColumns / 2);
    return caps;
  }

  private Cue layOut() {
    Piece first = take();
    if (first == null) {
      return null;
    }
    boolean speakerChanged = first.speakerId != lastLaidOutSpeaker;
    lastLaidOutSpeaker = first.speakerId;
    int[] caps = caps(speakerChanged ? prefixColumns[first.speakerId] : 0);
    List<Piece> pieces = new ArrayList<>();
    pieces.add(first);
    LineFill fill = new LineFill(caps);
    fill.add(first);
    long start = first.startMs;
    long end = first.endMs;
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
    }
    return new Cue(pieces, balance(pieces, caps), first.speakerId, sequence++, speakerChanged);
  }

  private void countLinesOverWidth(Cue cue) {
    for (int l = 0; l < cue.lines.size(); l++) {
      int prefix = l == 0 && cue.showsName ? prefixColumns[cue.speakerId] : 0;
      if (width(cue.lines.get(l), 0, cue.lines.get(l).size()) + prefix > lineColumns) {
        report.linesOverWidth++;
      }
    }
  }

  /** Index of the last piece to keep in an overflowing cue. */
  private int breakAfter(List<Piece> pieces, int[] caps) {
    int room = 0;
    for (int cap : caps) {
      room += cap;
    }
    long start = Long.MAX_VALUE;
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
      if (p.breakAfter && (2 * usedUpTo[k] >= room || 2 * (p.endMs - start) >= profile.maxCueDurationMs())) {
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

  /** Sets the cue's end from its own times and the next cue's start; counts what falls short. */
  private void finish(Cue cue, Cue following) {
    long start = cue.startMs;
    long chars = cue.displayedChars();
    long readingEnd = start + (long) Math.ceil(chars * 1000.0 / profile.maxReadingSpeed());
    long lower = Math.max(cue.lastWordStartMs, start + 1);
    long wanted = Math.max(cue.naturalEndMs, Math.max(start + profile.minCueDurationMs(), readingEnd));
    wanted = Math.max(lower, Math.min(wanted, start + profile.maxCueDurationMs()));
    long end = wanted;
    if (following != null) {
      long next = Math.max(following.trueStartMs, start);
      long beforeGap = next - profile.minGapMs();
      if (wanted <= beforeGap) {
        end = wanted;
      } else if (beforeGap >= lower) {
        end = beforeGap;
      } else if (next >= lower) {
        // the gap cannot be had without ending before the last word starts: the cues touch
        end = next;
      } else if (next > start) {
        // the next speaker starts before this cue's last word: it ends where the next begins
        end = next;
      } else if (cue.startMs == cue.trueStartMs && start > Math.max(lastEnd, 0)) {
        // both start in the same millisecond: this one is shown in the silence just before, up to the
        // minimum duration, and ends where the other begins (it still does not start after its first word)
        long earliest = Math.max(lastEnd, 0);
        long lead = Math.max(earliest + profile.minGapMs(), start - Math.max(1, profile.minCueDurationMs()));
        cue.startMs = lead < start ? lead : earliest;
        start = cue.startMs;
        end = next;
      } else {
        // no silence before either: the next one will be moved 1 ms later, touching this one
        end = start + 1;
      }
    }
    cue.endMs = end;
    if (end < cue.naturalEndMs && end < start + profile.maxCueDurationMs()) {
      report.cuesCutShort++;
    }
    int duration = (int) (end - start);
    if (duration < profile.minCueDurationMs()) {
      report.cuesBelowMinDuration++;
    }
    report.cues++;
    report.shortestCueMs = Math.min(report.shortestCueMs, duration);
    report.longestCueMs = Math.max(report.longestCueMs, duration);
    double speed = chars * 1000.0 / duration;
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
