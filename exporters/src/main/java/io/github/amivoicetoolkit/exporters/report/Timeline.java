package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.Turns;
import java.util.Arrays;

/**
 * The speaker timeline as inline SVG: one lane per speaker with their timed turns, a lane of silences
 * and a lane of interruptions, over a time axis in {@code hh:mm:ss}.
 *
 * <p><b>Light at any length.</b> A ten-hour call has tens of thousands of turns, far more than the
 * thousand pixels they are drawn on. Each lane is therefore cut into {@link #columns(int) columns} of
 * equal time; an item (a turn, a silence, an interruption) covers the columns its interval touches, at
 * least one, and items whose columns touch or overlap are drawn as one rectangle whose tooltip gives
 * the exact span and how many items it holds. Two rectangles of a lane are always separated by an
 * empty column, so a lane holds at most {@code columns / 2} rectangles and the whole timeline at most
 * {@link #RECT_BUDGET} (each with its {@code <title>}), whatever the call's length: the columns are
 * fewer when there are many lanes. A short call keeps full detail, as its columns are milliseconds wide.
 */
final class Timeline {
  /** Width of the plot area, in SVG user units (pixels at 100 %). */
  static final int PLOT_WIDTH = 1000;
  /** Most rectangles drawn over all lanes; each also has a {@code <title>} child. */
  static final int RECT_BUDGET = 1500;
  private static final int LABEL_WIDTH = 160;
  private static final int LANE_HEIGHT = 22;
  private static final int LANE_GAP = 6;
  private static final int AXIS_HEIGHT = 30;
  private static final long[] TICK_STEPS_MS = {1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000,
    300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000};
  private static final int MAX_TICKS = 10;

  private Timeline() {}

  /** Columns per lane for {@code lanes} lanes: at most the plot's width, at least 50. */
  static int columns(int lanes) {
    return Math.max(50, Math.min(PLOT_WIDTH, 2 * RECT_BUDGET / Math.max(1, lanes)));
  }

  /**
   * Writes the timeline's {@code <svg>}; {@code endMs} is where the axis ends (the latest time drawn).
   * Writes a sentence instead when no turn is timed.
   */
  static void write(StringBuilder out, Turns turns, Events events, String[] names, long endMs) {
    boolean timed = false;
    for (int t = 0; t < turns.size() && !timed; t++) {
      timed = turns.isTimed(t);
    }
    if (!timed || endMs <= 0) {
      out.append("<p>Nothing in this result is timed: there is no timeline to draw.</p>\n");
      return;
    }
    int speakers = names.length;
    int lanes = speakers + 2;
    int columns = columns(lanes);
    long axisEnd = axisEnd(endMs);
    int height = lanes * (LANE_HEIGHT + LANE_GAP) + AXIS_HEIGHT;
    int width = LABEL_WIDTH + PLOT_WIDTH + 40; // room for the last tick's label, centred on the plot's end
    out.append("<svg class=\"timeline\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\">\n<title id=\"timeline-title\">Speaker timeline</title>\n<desc id=\"timeline-desc\">");
    describe(out, turns, events, names, axisEnd);
    out.append("</desc>\n");
    axis(out, axisEnd, height);

    long[][] perSpeaker = new long[speakers][];
    int[] counts = new int[speakers];
    for (int s = 0; s < speakers; s++) {
      perSpeaker[s] = new long[8];
    }
    for (int t = 0; t < turns.size(); t++) {
      if (!turns.isTimed(t)) {
        continue;
      }
      int s = turns.speakerId(t);
      if (counts[s] == perSpeaker[s].length) {
        perSpeaker[s] = Arrays.copyOf(perSpeaker[s], counts[s] * 2);
      }
      perSpeaker[s][counts[s]++] = pack(turns.startMs(t), turns.endMs(t));
    }
    for (int s = 0; s < speakers; s++) {
      String speaker = names[s];
      lane(out, s, speaker, "s" + s % SpeakerPalette.colours().size(), "turn", perSpeaker[s], counts[s], columns,
          axisEnd, (start, end) -> speaker + ": ");
    }
    long[] silences = new long[events.silences()];
    for (int k = 0; k < silences.length; k++) {
      silences[k] = pack(events.silenceStart(k), events.silenceEnd(k));
    }
    lane(out, speakers, "Silences", "silence", "silence", silences, silences.length, columns, axisEnd,
        (start, end) -> "");
    long[] interruptions = new long[events.interruptions()];
    for (int k = 0; k < interruptions.length; k++) {
      interruptions[k] = pack(events.interruptionStart(k), events.interruptionEnd(k));
    }
    lane(out, speakers + 1, "Interruptions", "interruption", "interruption", interruptions, interruptions.length,
        columns, axisEnd, (start, end) -> {
          for (int k = 0; k < events.interruptions(); k++) {
            if (events.interruptionStart(k) == start && events.interruptionEnd(k) == end) {
              return names[events.interrupter(k)] + " interrupted " + names[events.interrupted(k)] + ": ";
            }
          }
          return "";
        });
    out.append("</svg>\n");
  }

  private static void describe(StringBuilder out, Turns turns, Events events, String[] names, long axisEnd) {
    out.append("Timeline from 00:00:00 to ").append(Html.clock(axisEnd)).append(": ");
    int[] timedTurns = new int[names.length];
    for (int t = 0; t < turns.size(); t++) {
      if (turns.isTimed(t)) {
        timedTurns[turns.speakerId(t)]++;
      }
    }
    for (int s = 0; s < names.length; s++) {
      Html.text(out, names[s]).append(' ').append(timedTurns[s]).append(timedTurns[s] == 1 ? " turn; " : " turns; ");
    }
    out.append(events.silences()).append(events.silences() == 1 ? " silence; " : " silences; ")
        .append(events.interruptions()).append(events.interruptions() == 1 ? " interruption." : " interruptions.");
  }

  /** The axis ends at the next tick after {@code endMs}. */
  static long axisEnd(long endMs) {
    long step = tickStep(endMs);
    return (endMs + step - 1) / step * step;
  }

  static long tickStep(long endMs) {
    for (long step : TICK_STEPS_MS) {
      if (endMs / step <= MAX_TICKS) {
        return step;
      }
    }
    long day = TICK_STEPS_MS[TICK_STEPS_MS.length - 1];
    return (endMs / MAX_TICKS / day + 1) * day;
  }

  private static void axis(StringBuilder out, long axisEnd, int height) {
    long step = tickStep(axisEnd);
    int axisY = height - AXIS_HEIGHT + 4;
    out.append("<g class=\"axis\" aria-hidden=\"true\">\n");
    for (long tick = 0; tick <= axisEnd; tick += step) {
      String x = Html.px(LABEL_WIDTH + (double) tick * PLOT_WIDTH / axisEnd);
      out.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"0\" y2=\"").append(axisY)
          .append("\"/><text x=\"").append(x).append("\" y=\"").append(axisY + 16).append("\">")
          .append(Html.clock(tick)).append("</text>\n");
    }
    out.append("</g>\n");
  }

  /**
   * One lane: its label, then its items merged at column resolution (see the class comment). {@code
   * items} are packed {@code start << 32 | end} and are sorted here.
   */
  private static void lane(StringBuilder out, int row, String label, String cssClass, String noun, long[] items,
      int count, int columns, long axisEnd, Prefix prefix) {
    int y = row * (LANE_HEIGHT + LANE_GAP);
    out.append("<g class=\"lane ").append(cssClass).append("\">\n<text class=\"label\" x=\"")
        .append(LABEL_WIDTH - 8).append("\" y=\"").append(y + LANE_HEIGHT / 2 + 5).append("\">");
    Html.text(out, label).append("</text>\n");
    Arrays.sort(items, 0, count);
    double columnMs = (double) axisEnd / columns;
    int k = 0;
    while (k < count) {
      int runFrom = column(start(items[k]), columnMs, columns);
      int runTo = Math.max(runFrom + 1, columnEnd(end(items[k]), columnMs, columns));
      long runStart = start(items[k]);
      long runEnd = end(items[k]);
      long lengths = runEnd - runStart;
      int merged = 1;
      k++;
      while (k < count && column(start(items[k]), columnMs, columns) <= runTo) {
        runTo = Math.max(runTo, Math.max(column(start(items[k]), columnMs, columns) + 1,
            columnEnd(end(items[k]), columnMs, columns)));
        runEnd = Math.max(runEnd, end(items[k]));
        lengths += (long) end(items[k]) - start(items[k]);
        merged++;
        k++;
      }
      double pxPerColumn = (double) PLOT_WIDTH / columns;
      out.append("<rect x=\"").append(Html.px(LABEL_WIDTH + runFrom * pxPerColumn)).append("\" y=\"").append(y)
          .append("\" width=\"").append(Html.px((runTo - runFrom) * pxPerColumn)).append("\" height=\"")
          .append(LANE_HEIGHT).append("\" data-start-ms=\"").append(runStart).append("\" data-end-ms=\"")
          .append(runEnd).append("\" data-count=\"").append(merged).append("\"><title>");
      Html.text(out, prefix.of(runStart, runEnd));
      out.append(Html.clock(runStart)).append('–').append(Html.clock(runEnd)).append(", ");
      if (merged == 1) {
        out.append(noun).append(' ').append(Html.duration(lengths));
      } else {
        out.append(merged).append(' ').append(noun).append("s, ").append(Html.duration(lengths)).append(" in all");
      }
      out.append("</title></rect>\n");
    }
    out.append("</g>\n");
  }

  /** What a rectangle's tooltip starts with, given the span it covers. */
  @FunctionalInterface
  private interface Prefix {
    String of(long start, long end);
  }

  private static int column(long ms, double columnMs, int columns) {
    return (int) Math.max(0, Math.min(columns - 1, Math.floor(ms / columnMs)));
  }

  private static int columnEnd(long ms, double columnMs, int columns) {
    return (int) Math.max(1, Math.min(columns, Math.ceil(ms / columnMs)));
  }

  private static long pack(int start, int end) {
    return ((long) start << 32) | (end & 0xFFFF_FFFFL);
  }

  private static int start(long item) {
    return (int) (item >> 32);
  }

  private static int end(long item) {
    return (int) item;
  }
}
