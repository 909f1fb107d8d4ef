package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.SpeakerStats;
import io.github.amivoicetoolkit.core.Sentiment;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import java.util.List;
import java.util.Locale;

/**
 * The report's charts as inline SVG, each with a {@code <title>}, a {@code <desc>} and its numbers in a
 * table beside it (the text alternative, and what a reader without colour vision or a screen reader
 * uses). Every chart has a fixed number of elements, or (sentiment) at most {@link #SENTIMENT_POINTS}
 * points a line, so none grows with the call's length.
 */
final class Charts {
  /** Confidence histogram bins: 0.05 wide, the last one closed ({@code [0.95, 1.0]}). */
  static final int CONFIDENCE_BINS = 20;
  /** Response gaps: 500 ms bins from −5 s to +10 s, with one bin below and one above. */
  static final int GAP_BIN_MS = 500;
  static final int GAP_MIN_MS = -5_000;
  static final int GAP_MAX_MS = 10_000;
  static final int GAP_BINS = (GAP_MAX_MS - GAP_MIN_MS) / GAP_BIN_MS + 2;
  /** Points of a sentiment line at most: segments are averaged per column of time. */
  static final int SENTIMENT_POINTS = 300;

  private Charts() {}

  // ---- talk share

  static void talkShare(StringBuilder out, List<SpeakerStats> speakers, String[] names) {
    int barWidth = 480;
    int rowHeight = 26;
    int width = 160 + barWidth + 80;
    int height = speakers.size() * rowHeight + 10;
    svgOpen(out, "talk-share", "Talk share per speaker", width, height);
    out.append("<desc id=\"talk-share-desc\">");
    for (int s = 0; s < speakers.size(); s++) {
      Html.text(out, names[s]).append(' ').append(Html.percent(speakers.get(s).share())).append(s + 1 < speakers.size() ? "; " : ".");
    }
    out.append("</desc>\n");
    for (int s = 0; s < speakers.size(); s++) {
      SpeakerStats speaker = speakers.get(s);
      int y = 5 + s * rowHeight;
      double w = speaker.share() * barWidth;
      out.append("<text class=\"label\" x=\"152\" y=\"").append(y + 16).append("\">");
      Html.text(out, names[s]).append("</text><rect class=\"s").append(s % SpeakerPalette.colours().size())
          .append("\" x=\"160\" y=\"").append(y).append("\" width=\"").append(Html.px(w)).append("\" height=\"20\">")
          .append("<title>");
      Html.text(out, names[s]).append(": ").append(Html.percent(speaker.share())).append(", ")
          .append(Html.duration(speaker.talkMs())).append(" of talk</title></rect><text x=\"")
          .append(Html.px(160 + w + 6)).append("\" y=\"").append(y + 16).append("\">")
          .append(Html.percent(speaker.share())).append("</text>\n");
    }
    out.append("</svg>\n");
  }

  // ---- confidence

  /** Word-token confidence counts per speaker and bin ({@code [speaker][bin]}). */
  static long[][] confidenceBins(Tokens tokens, int speakers) {
    long[][] bins = new long[speakers][CONFIDENCE_BINS];
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.kind(i) == TokenKind.WORD && tokens.hasConfidence(i)) {
        bins[tokens.speakerId(i)][confidenceBin(tokens.confidence(i))]++;
      }
    }
    return bins;
  }

  /**
   * The bin of a confidence: {@code floor(c / 0.05)} computed on millionths, so that 0.15 falls in
   * {@code [0.15, 0.2)} and not, by binary rounding, in the bin below; 1.0 falls in the last bin.
   */
  static int confidenceBin(double confidence) {
    long millionths = Math.round(confidence * 1_000_000);
    return (int) Math.max(0, Math.min(CONFIDENCE_BINS - 1, millionths / 50_000));
  }

  static String binLabel(int bin) {
    return String.format(Locale.ROOT, bin == CONFIDENCE_BINS - 1 ? "%.2f–%.2f" : "%.2f–<%.2f", bin * 0.05,
        (bin + 1) * 0.05);
  }

  static void confidenceHistogram(StringBuilder out, int speaker, String name, long[] bins, double threshold) {
    int plotWidth = 300;
    int plotHeight = 110;
    int left = 40;
    int top = 10;
    int width = left + plotWidth + 10;
    int height = top + plotHeight + 34;
    String id = "confidence-" + speaker;
    svgOpen(out, id, "Word confidence of " + name, width, height);
    long max = 1;
    long total = 0;
    for (int b = 0; b < bins.length; b++) {
      max = Math.max(max, bins[b]);
      total += bins[b];
    }
    out.append("<desc id=\"").append(id).append("-desc\">Histogram of ").append(total)
        .append(" word confidences in bins of 0.05; the dashed line marks the low-confidence threshold ")
        .append(threshold).append(".</desc>\n");
    double barWidth = (double) plotWidth / CONFIDENCE_BINS;
    for (int b = 0; b < bins.length; b++) {
      double h = (double) bins[b] * plotHeight / max;
      out.append("<rect class=\"s").append(speaker % SpeakerPalette.colours().size()).append(b * 0.05 < threshold ? " low" : "")
          .append("\" x=\"").append(Html.px(left + b * barWidth + 0.5)).append("\" y=\"")
          .append(Html.px(top + plotHeight - h)).append("\" width=\"").append(Html.px(barWidth - 1))
          .append("\" height=\"").append(Html.px(h)).append("\" data-count=\"").append(bins[b]).append("\"><title>")
          .append(Html.text(binLabel(b))).append(": ").append(bins[b]).append("</title></rect>\n");
    }
    double tx = left + threshold * plotWidth;
    out.append("<line class=\"threshold\" x1=\"").append(Html.px(tx)).append("\" x2=\"").append(Html.px(tx))
        .append("\" y1=\"").append(top - 4).append("\" y2=\"").append(top + plotHeight).append("\"/>")
        .append("<text class=\"small\" x=\"").append(Html.px(tx + 3)).append("\" y=\"").append(top + 6)
        .append("\">low &lt; ").append(threshold).append("</text>\n");
    xAxis(out, left, top + plotHeight, plotWidth, new String[] {"0", "0.5", "1"});
    out.append("<text class=\"small\" x=\"2\" y=\"").append(top + 8).append("\">").append(max).append("</text>\n");
    out.append("</svg>\n");
  }

  // ---- response gaps

  static int gapBin(long gapMs) {
    if (gapMs < GAP_MIN_MS) {
      return 0;
    }
    if (gapMs >= GAP_MAX_MS) {
      return GAP_BINS - 1;
    }
    return 1 + (int) Math.floorDiv(gapMs - GAP_MIN_MS, GAP_BIN_MS);
  }

  static String gapBinLabel(int bin) {
    if (bin == 0) {
      return "< " + GAP_MIN_MS / 1000 + " s";
    }
    if (bin == GAP_BINS - 1) {
      return "≥ " + GAP_MAX_MS / 1000 + " s";
    }
    int from = GAP_MIN_MS + (bin - 1) * GAP_BIN_MS;
    return String.format(Locale.ROOT, "%.1f to <%.1f s", from / 1000.0, (from + GAP_BIN_MS) / 1000.0);
  }

  static long[] gapBins(Events events) {
    long[] bins = new long[GAP_BINS];
    for (int k = 0; k < events.responses(); k++) {
      bins[gapBin(events.gap(k))]++;
    }
    return bins;
  }

  static void responseGaps(StringBuilder out, long[] bins) {
    int plotWidth = 640;
    int plotHeight = 120;
    int left = 40;
    int top = 10;
    svgOpen(out, "gaps", "Response gaps", left + plotWidth + 10, top + plotHeight + 34);
    long max = 1;
    long total = 0;
    for (long count : bins) {
      max = Math.max(max, count);
      total += count;
    }
    out.append("<desc id=\"gaps-desc\">Histogram of ").append(total)
        .append(" response gaps in bins of 0.5 s from −5 s to 10 s; negative gaps are overlaps.</desc>\n");
    double barWidth = (double) plotWidth / bins.length;
    for (int b = 0; b < bins.length; b++) {
      double h = (double) bins[b] * plotHeight / max;
      out.append("<rect class=\"gap").append(b > 0 && b < bins.length - 1 && GAP_MIN_MS + (b - 1) * GAP_BIN_MS < 0 ? " overlap" : "")
          .append("\" x=\"").append(Html.px(left + b * barWidth + 0.5)).append("\" y=\"")
          .append(Html.px(top + plotHeight - h)).append("\" width=\"").append(Html.px(barWidth - 1))
          .append("\" height=\"").append(Html.px(h)).append("\" data-count=\"").append(bins[b]).append("\"><title>")
          .append(Html.text(gapBinLabel(b))).append(": ").append(bins[b]).append("</title></rect>\n");
    }
    double zero = left + (double) gapBin(0) * barWidth;
    out.append("<line class=\"threshold\" x1=\"").append(Html.px(zero)).append("\" x2=\"").append(Html.px(zero))
        .append("\" y1=\"").append(top - 4).append("\" y2=\"").append(top + plotHeight).append("\"/>\n");
    out.append("<g class=\"axis\" aria-hidden=\"true\">");
    String[] labels = {"−5 s", "0", "5 s", "10 s"};
    int[] at = {1, gapBin(0), gapBin(5_000), GAP_BINS - 1};
    for (int k = 0; k < labels.length; k++) {
      out.append("<text x=\"").append(Html.px(left + at[k] * barWidth)).append("\" y=\"")
          .append(top + plotHeight + 16).append("\">").append(labels[k]).append("</text>");
    }
    out.append("</g>\n<text class=\"small\" x=\"2\" y=\"").append(top + 8).append("\">").append(max)
        .append("</text>\n</svg>\n");
  }

  // ---- sentiment

  /** One small line chart of a sentiment parameter over time; segments averaged per column of time. */
  static void sentiment(StringBuilder out, Sentiment sentiment, int p, long axisEnd) {
    int plotWidth = 300;
    int plotHeight = 70;
    int left = 40;
    int top = 8;
    String name = sentiment.parameters().get(p);
    String id = "sentiment-" + p;
    int columns = Math.min(SENTIMENT_POINTS, plotWidth);
    double[] sums = new double[columns];
    int[] counts = new int[columns];
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < sentiment.size(); s++) {
      double value = sentiment.value(s, p);
      int start = sentiment.startMs(s);
      int end = sentiment.endMs(s);
      if (Double.isNaN(value) || start == io.github.amivoicetoolkit.core.Transcript.NO_TIME
          || end == io.github.amivoicetoolkit.core.Transcript.NO_TIME) {
        continue;
      }
      double middle = (start + (double) end) / 2;
      int column = (int) Math.max(0, Math.min(columns - 1, Math.floor(middle * columns / axisEnd)));
      sums[column] += value;
      counts[column]++;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    // 30 units on the right: room for the last time label, centred on the axis end
    svgOpen(out, id, "Sentiment: " + name + " over time", left + plotWidth + 30, top + plotHeight + 30);
    out.append("<desc id=\"").append(id).append("-desc\">");
    if (min > max) {
      out.append("No timed segment carries ").append(Html.text(name)).append(".</desc>\n</svg>\n");
      return;
    }
    out.append(Html.text(name)).append(" from ").append(Html.number(min)).append(" to ").append(Html.number(max))
        .append(", averaged over ").append(columns).append(" spans of time.</desc>\n");
    double range = max > min ? max - min : 1;
    out.append("<polyline class=\"sentiment\" points=\"");
    for (int c = 0; c < columns; c++) {
      if (counts[c] == 0) {
        continue;
      }
      double value = sums[c] / counts[c];
      out.append(Html.px(left + (c + 0.5) * plotWidth / columns)).append(',')
          .append(Html.px(top + plotHeight - (value - min) / range * plotHeight)).append(' ');
    }
    out.append("\"/>\n");
    xAxis(out, left, top + plotHeight, plotWidth, new String[] {"00:00:00", Html.clock(axisEnd)});
    out.append("<text class=\"small\" x=\"2\" y=\"").append(top + 8).append("\">").append(Html.number(max))
        .append("</text><text class=\"small\" x=\"2\" y=\"").append(top + plotHeight).append("\">")
        .append(Html.number(min)).append("</text>\n</svg>\n");
  }

  // ---- shared

  private static void svgOpen(StringBuilder out, String id, String title, int width, int height) {
    out.append("<svg id=\"").append(id).append("\" class=\"chart\" role=\"img\" aria-labelledby=\"").append(id)
        .append("-title ").append(id).append("-desc\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\">\n<title id=\"")
        .append(id).append("-title\">");
    Html.text(out, title).append("</title>\n");
  }

  private static void xAxis(StringBuilder out, int left, int y, int width, String[] labels) {
    out.append("<g class=\"axis\" aria-hidden=\"true\"><line x1=\"").append(left).append("\" x2=\"")
        .append(left + width).append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>");
    for (int k = 0; k < labels.length; k++) {
      double x = left + (double) k * width / (labels.length - 1);
      out.append("<text x=\"").append(Html.px(x)).append("\" y=\"").append(y + 16).append("\">").append(labels[k])
          .append("</text>");
    }
    out.append("</g>\n");
  }
}
