package io.github.amivoicetoolkit.exporters.subtitle;

import java.util.Locale;

/**
 * How one subtitle file came out: what a person checking it should look at. Returned by
 * {@link SrtWriter}, {@link WebVttWriter} and {@link AssWriter}, accumulated while the cues are written
 * (the three formats of one transcript and options give equal reports: they share one cue list).
 *
 * @param profile the profile the cues were laid out with (after automatic choice and overrides)
 * @param cues number of cues
 * @param cuesOverReadingSpeed cues whose characters per second still exceed
 *     {@link SubtitleProfile#maxReadingSpeed()} after extension into the following silence (characters as
 *     displayed, spaces between words included, line breaks and furigana not)
 * @param fastestReadingSpeed the highest characters per second of any cue; 0 without cues
 * @param shortestCueMs the shortest cue's duration; 0 without cues
 * @param longestCueMs the longest cue's duration; 0 without cues
 * @param cuesBelowMinDuration cues that could not reach {@link SubtitleProfile#minCueDurationMs()} because the
 *     next cue starts too soon (a cue is never moved later to make room)
 * @param cuesCutShort cues that end before their last word does, because the next cue starts earlier
 * @param cuesDelayed cues that start after their first word does: only a cue that starts in the same
 *     millisecond as the cue before with no silence before both (as at time 0), or lies more than
 *     32 cues out of time order in the transcript; 0 otherwise
 * @param maxStartOffsetMs the largest delay of a cue's start after its first word's start: 0 unless
 *     {@code cuesDelayed} is not 0
 * @param gapsBelowMinimum gaps between cues shorter than {@link SubtitleProfile#minGapMs()}, because the cue
 *     before could not end earlier without ending before its last word starts
 * @param cuesMerged cues of one speaker merged with the next ({@link SubtitleProfile#mergeShortCues()})
 * @param linesOverWidth lines wider than the profile allows: only a speaker-name prefix can cause them
 * @param tokensSplit tokens wider than a line, split by characters
 * @param fillersDropped fillers left out (none when fillers are included)
 * @param untimed the shown tokens without timing and where they were placed
 */
public record SubtitleReport(
    SubtitleProfile profile,
    int cues,
    int cuesOverReadingSpeed,
    double fastestReadingSpeed,
    int shortestCueMs,
    int longestCueMs,
    int cuesBelowMinDuration,
    int cuesCutShort,
    int cuesDelayed,
    long maxStartOffsetMs,
    int gapsBelowMinimum,
    int cuesMerged,
    int linesOverWidth,
    int tokensSplit,
    int fillersDropped,
    Untimed untimed) {

  /**
   * Shown tokens without a usable time ({@code starttime}/{@code endtime} absent or not increasing), by
   * how their time was chosen, in this order of preference.
   *
   * @param atOwnTime the token has one time, or two equal ones: placed at it
   * @param afterPrevious placed at the end of the preceding timed token of its utterance (trailing punctuation)
   * @param beforeNext placed at the start of the following timed token of its utterance
   * @param atUtteranceStart no timed token in its utterance: placed at the utterance's start time
   * @param afterPrecedingText nothing timed anywhere near: placed at the end of the text before it
   */
  public record Untimed(int atOwnTime, int afterPrevious, int beforeNext, int atUtteranceStart,
      int afterPrecedingText) {
    public int total() {
      return atOwnTime + afterPrevious + beforeNext + atUtteranceStart + afterPrecedingText;
    }
  }

  /** A few human lines, e.g. for a command's output. */
  public String summary() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "profile %s: %d cues, %d ms to %d ms; %d over %.1f chars/s (fastest %.1f)",
        profile.name(), cues, shortestCueMs, longestCueMs, cuesOverReadingSpeed, profile.maxReadingSpeed(),
        fastestReadingSpeed));
    if (cuesBelowMinDuration > 0) {
      s.append("; ").append(cuesBelowMinDuration).append(" shorter than ").append(profile.minCueDurationMs())
          .append(" ms");
    }
    if (gapsBelowMinimum > 0) {
      s.append("; ").append(gapsBelowMinimum).append(" gaps under ").append(profile.minGapMs()).append(" ms");
    }
    if (cuesCutShort > 0) {
      s.append("; ").append(cuesCutShort).append(" end before their last word (the next cue starts)");
    }
    if (cuesDelayed > 0) {
      s.append("; ").append(cuesDelayed).append(" delayed (at most ").append(maxStartOffsetMs).append(" ms)");
    }
    if (untimed.total() > 0) {
      s.append(String.format(Locale.ROOT,
          "%n%d tokens without timing: %d at their own time, %d after the previous word, %d before the next word,"
              + " %d at the utterance start, %d after the preceding text",
          untimed.total(), untimed.atOwnTime, untimed.afterPrevious, untimed.beforeNext, untimed.atUtteranceStart,
          untimed.afterPrecedingText));
    }
    if (tokensSplit > 0) {
      s.append(String.format(Locale.ROOT, "%n%d tokens wider than a line split by characters", tokensSplit));
    }
    if (linesOverWidth > 0) {
      s.append(String.format(Locale.ROOT, "%n%d lines over the width (long speaker names)", linesOverWidth));
    }
    return s.toString();
  }

  /** Mutable counters filled while cues are built. */
  static final class Accumulator {
    int cues;
    int cuesOverReadingSpeed;
    double fastestReadingSpeed;
    int shortestCueMs = Integer.MAX_VALUE;
    int longestCueMs;
    int cuesBelowMinDuration;
    int cuesCutShort;
    int cuesDelayed;
    long maxStartOffsetMs;
    int gapsBelowMinimum;
    int cuesMerged;
    int linesOverWidth;
    int tokensSplit;
    int fillersDropped;
    int atOwnTime;
    int afterPrevious;
    int beforeNext;
    int atUtteranceStart;
    int afterPrecedingText;

    SubtitleReport toReport(SubtitleProfile profile) {
      return new SubtitleReport(profile, cues, cuesOverReadingSpeed, fastestReadingSpeed,
          cues == 0 ? 0 : shortestCueMs, longestCueMs, cuesBelowMinDuration, cuesCutShort, cuesDelayed,
          maxStartOffsetMs, gapsBelowMinimum, cuesMerged, linesOverWidth, tokensSplit, fillersDropped,
          new Untimed(atOwnTime, afterPrevious, beforeNext, atUtteranceStart, afterPrecedingText));
    }
  }
}
