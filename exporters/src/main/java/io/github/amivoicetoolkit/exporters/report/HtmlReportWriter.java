package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.SpeakerConversation;
import io.github.amivoicetoolkit.analytics.SpeakerStats;
import io.github.amivoicetoolkit.analytics.TotalStats;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.analytics.Turns;
import io.github.amivoicetoolkit.core.JobInfo;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.Utterances;
import io.github.amivoicetoolkit.core.internal.Clock;
import io.github.amivoicetoolkit.core.internal.TextJoin;
import io.github.amivoicetoolkit.exporters.AtomicFile;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleProfile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a call report: one self-contained HTML file (inline CSS and SVG, no font, image or script from
 * the network, so it opens offline from a mail attachment) that reads top to bottom as
 *
 * <ol>
 *   <li>the job's facts (source, session, status, result shape, audio length) and the total figures;
 *   <li>the speakers' figures, in a table the page's one small script can sort (it reads fully without);
 *   <li>the speaker timeline: a lane per speaker with their turns, lanes of silences and interruptions
 *       ({@code docs/figures.md#conversation-figures}), an {@code hh:mm:ss} axis;
 *   <li>charts: talk share, word confidence per speaker (bins of 0.05, the low-confidence threshold
 *       marked), response gaps, and each sentiment parameter over time when the result has sentiment;
 *   <li>the transcript by turns: time, speaker in the speaker's colour, words under the low-confidence
 *       threshold highlighted, fillers greyed.
 * </ol>
 *
 * <p>Speakers get the colours of {@link SpeakerPalette} and are shown as the transcript names them
 * (rename with {@link Transcript#withSpeakerNames}); the unlabelled speaker reads
 * {@value SpeakerNames#UNLABELLED}. Every SVG has a {@code <title>} and {@code <desc>}, and every chart's
 * numbers are also in a table. A print stylesheet makes the browser's "print to PDF" a clean report.
 *
 * <p><b>Size.</b> The charts have a fixed number of elements and the timeline is drawn at screen
 * resolution (see {@code Timeline}): a ten-hour call has at most a few thousand SVG elements. The
 * transcript is the page's bulk, about three times the transcript's text. The page is built in memory
 * section by section and written as it goes, the transcript a turn at a time.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReportWriter {
  /** The transcript goes out in parts of about this many characters. */
  private static final int FLUSH_CHARS = 1 << 16;

  private final ReportOptions options;

  public HtmlReportWriter(ReportOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public ReportOptions options() {
    return options;
  }

  /**
   * Writes the report of {@code transcript} to {@code target} atomically (UTF-8), computing its figures
   * with {@link ReportOptions#analytics()}.
   *
   * @return {@code target}
   */
  public Path write(Transcript transcript, Path target) throws IOException {
    return write(transcript, TranscriptStats.of(transcript, options.analytics()), target);
  }

  /** {@link #write(Transcript, Path)} with figures already computed from the same transcript. */
  public Path write(Transcript transcript, TranscriptStats stats, Path target) throws IOException {
    Objects.requireNonNull(target, "target");
    AtomicFile.writeUtf8(target, out -> {
      write(transcript, stats, out);
      return null;
    });
    return target;
  }

  /** Writes the report to a writer it does not close. */
  public void write(Transcript transcript, TranscriptStats stats, Writer out) throws IOException {
    Objects.requireNonNull(transcript, "transcript");
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(out, "out");
    Turns turns = Turns.of(transcript);
    Events events = Events.of(transcript, stats);
    String[] names = names(transcript.speakers());
    long endMs = endMs(transcript, events);
    StringBuilder page = new StringBuilder(1 << 16);
    String source = title(transcript);
    Page.open(page, "Call report: " + source);
    page.append("<header>\n<h1>Call report: ");
    Html.text(page, source).append("</h1>\n");
    facts(page, transcript, endMs);
    page.append("</header>\n<main>\n");
    totals(page, stats.total(), events);
    speakers(page, stats.speakers(), names, events);
    page.append("<section id=\"timeline-section\">\n<h2>Timeline</h2>\n");
    legend(page, names);
    Timeline.write(page, turns, events, names, endMs);
    page.append("<p class=\"note\">Hover over a bar for its times. Silences are gaps of ")
        .append(Html.duration(options.analytics().silenceMs())).append(" or more in everyone's speech; interruptions are"
            + " responses that overlap the previous speaker by ").append(Html.duration(options.analytics().interruptionMs()))
        .append(" or more. Bars closer together than the drawing's resolution are drawn as one.</p>\n</section>\n");
    out.write(page.toString());
    page.setLength(0);
    charts(page, transcript, stats, names, events, endMs);
    out.write(page.toString());
    page.setLength(0);
    transcript(page, transcript, turns, names, out);
    page.append("</main>\n");
    Page.close(page);
    out.write(page.toString());
    out.flush();
  }

  /** The source's file name, without the directories before it. */
  static String title(Transcript transcript) {
    String source = transcript.source();
    if (source == null || source.isEmpty()) {
      return "result";
    }
    return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  }

  /** Display name per speaker id. */
  static String[] names(List<String> speakers) {
    String[] names = new String[speakers.size()];
    for (int s = 0; s < names.length; s++) {
      names[s] = SpeakerNames.display(speakers.get(s));
    }
    return names;
  }

  /** The latest time anything in the report reaches: utterance ends, token ends, events. */
  static long endMs(Transcript transcript, Events events) {
    long end = Math.max(0, events.windowEnd());
    Utterances utterances = transcript.utterances();
    for (int u = 0; u < utterances.size(); u++) {
      if (utterances.endMs(u) != Transcript.NO_TIME) {
        end = Math.max(end, utterances.endMs(u));
      }
    }
    return end;
  }

  private static void facts(StringBuilder out, Transcript transcript, long endMs) {
    JobInfo job = transcript.job();
    out.append("<dl class=\"facts\">\n");
    fact(out, "Session", job.sessionId());
    fact(out, "Status", job.status() == null ? "(not given)" : job.status());
    fact(out, "Result shape", transcript.shape().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    out.append("<dt>Audio length</dt><dd data-ms=\"").append(endMs).append("\">").append(Html.clock(endMs))
        .append(" (to the end of the last utterance)</dd>\n");
    if (job.audioSize() >= 0) {
      fact(out, "Audio size", String.format(Locale.ROOT, "%,d bytes", job.audioSize()));
    }
    fact(out, "Content id", job.contentId());
    fact(out, "Speakers", String.valueOf(transcript.speakers().size()));
    fact(out, "Utterances", String.valueOf(transcript.utterances().size()));
    out.append("</dl>\n");
  }

  private static void fact(StringBuilder out, String name, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    out.append("<dt>").append(name).append("</dt><dd>");
    Html.text(out, value).append("</dd>\n");
  }

  private void totals(StringBuilder out, TotalStats total, Events events) {
    out.append("<section id=\"totals\">\n<h2>Totals</h2>\n<table class=\"totals\">\n<tbody>\n");
    row(out, "Talk (all speakers)", total.talkMs(), Html.duration(total.talkMs()));
    row(out, "Speech (anyone talking)", total.speechMs(), Html.duration(total.speechMs()));
    row(out, "Overlap (two or more talking)", total.overlapMs(), Html.duration(total.overlapMs()));
    row(out, "Billable", total.billableMs(), Html.duration(total.billableMs()));
    row(out, "Utterances", total.utterances(), String.valueOf(total.utterances()));
    row(out, "Turns", total.turns(), String.valueOf(total.turns()));
    row(out, "Words", total.words(), String.valueOf(total.words()));
    row(out, "Fillers", total.fillers(), String.valueOf(total.fillers()));
    out.append("<tr><th class=\"name\" scope=\"row\">Word confidence, mean</th><td>")
        .append(Html.decimal(total.confidence().mean(), 3)).append("</td></tr>\n");
    out.append("<tr><th class=\"name\" scope=\"row\">Words under ").append(options.lowConfidenceThreshold())
        .append("</th><td>").append(Html.percent(total.confidence().lowShare())).append("</td></tr>\n");
    row(out, "Responses (speaker changes)", events.responses(), String.valueOf(events.responses()));
    row(out, "Silences", events.silences(), events.silences() + ", " + Html.duration(events.silenceTotalMs()));
    row(out, "Interruptions", events.interruptions(), String.valueOf(events.interruptions()));
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void row(StringBuilder out, String name, long value, String shown) {
    out.append("<tr><th class=\"name\" scope=\"row\">").append(name).append("</th><td data-v=\"").append(value)
        .append("\">").append(shown).append("</td></tr>\n");
  }

  private void speakers(StringBuilder out, List<SpeakerStats> speakers, String[] names, Events events) {
    long[] responses = new long[names.length];
    long[] interruptions = new long[names.length];
    long[] interrupted = new long[names.length];
    for (int s = 0; s < speakers.size(); s++) {
      SpeakerConversation conversation = speakers.get(s).conversation();
      responses[s] = conversation.responses();
      interruptions[s] = conversation.interruptions();
      interrupted[s] = conversation.interrupted();
    }
    out.append("<section id=\"speakers\">\n<h2>Speakers</h2>\n<table class=\"speakers sortable\">\n<thead><tr>")
        .append("<th class=\"name\" scope=\"col\">Speaker</th><th scope=\"col\">Talk</th><th scope=\"col\">Share</th>")
        .append("<th scope=\"col\">Turns</th><th scope=\"col\">Mean turn</th><th scope=\"col\">Words</th>")
        .append("<th scope=\"col\">Fillers</th><th scope=\"col\">Confidence</th><th scope=\"col\">Low-confidence words</th>")
        .append("<th scope=\"col\">Responses</th><th scope=\"col\">Interrupted others</th>")
        .append("<th scope=\"col\">Was interrupted</th></tr></thead>\n<tbody>\n");
    for (int s = 0; s < speakers.size(); s++) {
      SpeakerStats speaker = speakers.get(s);
      out.append("<tr><td class=\"name\"><span class=\"swatch s").append(s % SpeakerPalette.colours().size())
          .append("\"></span>");
      Html.text(out, names[s]).append("</td>");
      cell(out, speaker.talkMs(), Html.duration(speaker.talkMs()));
      cell(out, speaker.share(), Html.percent(speaker.share()));
      cell(out, speaker.turns(), String.valueOf(speaker.turns()));
      if (speaker.meanTurnMs().isPresent()) {
        cell(out, speaker.meanTurnMs().getAsDouble(), Html.duration(Math.round(speaker.meanTurnMs().getAsDouble())));
      } else {
        out.append("<td data-v=\"-1\">–</td>");
      }
      cell(out, speaker.words(), String.valueOf(speaker.words()));
      cell(out, speaker.fillers(), String.valueOf(speaker.fillers()));
      cell(out, speaker.confidence().mean().orElse(-1), Html.decimal(speaker.confidence().mean(), 3));
      cell(out, speaker.confidence().lowShare().orElse(-1), Html.percent(speaker.confidence().lowShare()));
      cell(out, responses[s], String.valueOf(responses[s]));
      cell(out, interruptions[s], String.valueOf(interruptions[s]));
      cell(out, interrupted[s], String.valueOf(interrupted[s]));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void cell(StringBuilder out, double value, String shown) {
    out.append("<td data-v=\"").append(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
        : Double.toString(value)).append("\">").append(shown).append("</td>");
  }

  private static void legend(StringBuilder out, String[] names) {
    out.append("<p class=\"legend\">");
    for (int s = 0; s < names.length; s++) {
      out.append("<span><span class=\"swatch s").append(s % SpeakerPalette.colours().size()).append("\"></span>");
      Html.text(out, names[s]).append("</span>");
    }
    out.append("<span><span class=\"swatch\" style=\"border-color:#9e9e9e\"></span>Silence</span>")
        .append("<span><span class=\"swatch\" style=\"border-color:#222\"></span>Interruption</span></p>\n");
  }

  private void charts(StringBuilder out, Transcript transcript, TranscriptStats stats, String[] names,
      Events events, long endMs) {
    out.append("<section id=\"charts\">\n<h2>Charts</h2>\n<h3>Talk share</h3>\n");
    Charts.talkShare(out, stats.speakers(), names);

    out.append("<h3>Word confidence per speaker</h3>\n<div class=\"charts\">\n");
    long[][] bins = Charts.confidenceBins(transcript.tokens(), names.length);
    double threshold = options.lowConfidenceThreshold();
    for (int s = 0; s < names.length; s++) {
      out.append("<figure>\n<figcaption>");
      Html.text(out, names[s]).append("</figcaption>\n");
      Charts.confidenceHistogram(out, s, names[s], bins[s], threshold);
      out.append("<details><summary>Numbers</summary>\n<table class=\"confidence\" id=\"confidence-table-").append(s)
          .append("\">\n<thead><tr><th scope=\"col\">Confidence</th><th scope=\"col\">Words</th></tr></thead>\n<tbody>\n");
      for (int b = 0; b < Charts.CONFIDENCE_BINS; b++) {
        out.append("<tr><td>").append(Html.text(Charts.binLabel(b))).append("</td><td data-v=\"").append(bins[s][b])
            .append("\">").append(bins[s][b]).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n</details>\n</figure>\n");
    }
    out.append("</div>\n<h3>Response gaps</h3>\n<p class=\"note\">How long each speaker took to answer the"
        + " previous one: negative gaps (in vermillion) mean they started before the other had finished.</p>\n");
    long[] gaps = Charts.gapBins(events);
    Charts.responseGaps(out, gaps);
    out.append("<details><summary>Numbers</summary>\n<table class=\"gaps\">\n<thead><tr><th scope=\"col\">Gap</th>"
        + "<th scope=\"col\">Responses</th></tr></thead>\n<tbody>\n");
    for (int b = 0; b < gaps.length; b++) {
      out.append("<tr><td>").append(Html.text(Charts.gapBinLabel(b))).append("</td><td data-v=\"").append(gaps[b]).append("\">")
          .append(gaps[b]).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</details>\n");

    if (!transcript.sentiment().isEmpty() && endMs > 0) {
      out.append("<h3>Sentiment over time</h3>\n<div class=\"charts\">\n");
      List<String> parameters = transcript.sentiment().parameters();
      for (int p = 0; p < parameters.size(); p++) {
        out.append("<figure>\n<figcaption>");
        Html.text(out, parameters.get(p)).append("</figcaption>\n");
        Charts.sentiment(out, transcript.sentiment(), p, Timeline.axisEnd(endMs));
        out.append("</figure>\n");
      }
      out.append("</div>\n");
    }
    out.append("</section>\n");
  }

  /** The transcript by turns, written to {@code out} in parts as it grows. */
  private void transcript(StringBuilder page, Transcript transcript, Turns turns, String[] names, Writer out)
      throws IOException {
    boolean japanese = SubtitleProfile.forText(transcript).name().equals("ja");
    page.append("<section id=\"transcript\"").append(japanese ? " lang=\"ja\"" : "").append(">\n<h2>Transcript</h2>\n")
        .append("<p class=\"note\">Words with a confidence under ").append(options.lowConfidenceThreshold())
        .append(" are <mark class=\"low\">highlighted</mark>; fillers are <span class=\"filler\">greyed</span>.</p>\n");
    Tokens tokens = transcript.tokens();
    Utterances utterances = transcript.utterances();
    double threshold = options.lowConfidenceThreshold();
    for (int t = 0; t < turns.size(); t++) {
      int speaker = turns.speakerId(t);
      page.append("<p class=\"turn s").append(speaker % SpeakerPalette.colours().size()).append("\"><span class=\"t\">[");
      long start = turns.isTimed(t) ? turns.startMs(t) : utterances.startMs(turns.utterance(t));
      if (start == Transcript.NO_TIME) {
        page.append("--:--:--");
      } else {
        Clock.appendSeconds(page, start);
      }
      page.append("]</span><span class=\"spk s").append(speaker % SpeakerPalette.colours().size()).append("\">");
      Html.text(page, names[speaker]).append("</span>");
      int last = -1;
      for (int i = turns.tokenFrom(t), to = turns.tokenTo(t); i < to; i++) {
        String written = tokens.written(i);
        if (written == null) {
          continue;
        }
        TokenKind kind = tokens.kind(i);
        String shown = kind == TokenKind.FILLER ? written.substring(1, written.length() - 1) : written;
        if (shown.isEmpty()) {
          continue;
        }
        if (last >= 0 && TextJoin.spaceBetween(last, shown.codePointAt(0))) {
          page.append(' ');
        }
        last = shown.codePointBefore(shown.length());
        if (kind == TokenKind.FILLER) {
          page.append("<span class=\"filler\">");
          Html.text(page, shown).append("</span>");
        } else if (kind == TokenKind.WORD && tokens.hasConfidence(i) && tokens.confidence(i) < threshold) {
          page.append("<mark class=\"low\" title=\"confidence ").append(tokens.confidence(i)).append("\">");
          Html.text(page, shown).append("</mark>");
        } else {
          Html.text(page, shown);
        }
      }
      page.append("</p>\n");
      if (page.length() >= FLUSH_CHARS) {
        out.write(page.toString());
        page.setLength(0);
      }
    }
    if (turns.size() == 0) {
      page.append("<p>This result has no words.</p>\n");
    }
    page.append("</section>\n");
  }
}
