package io.github.amivoicetoolkit.analytics;

import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.internal.DisplayWidth;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A readable per-speaker table for a terminal, as {@code amivoice stats} prints it: aligned columns
 * (kanji and kana count as two columns), times in seconds, shares in percent, then the total figures,
 * then a second table of the conversation figures (turns, responses, interruptions) and a line of the
 * total-only ones (switches, interruptions, silences, non-talk time).
 * Numbers are formatted with {@link Locale#ROOT}; a statistic over an empty set shows {@code -}. For
 * exact figures use {@link StatsJson} or the tables.
 */
public final class StatsText {
  private static final String[] SPEAKER_HEADER = {"speaker", "talk", "share", "turns", "mean turn", "words",
      "chars/min", "fillers", "conf mean", "conf p10", "conf p50", "low conf"};
  private static final String[] CONVERSATION_HEADER = {"conversation", "longest turn", "words/min", "responses",
      "gap mean", "gap p50", "interrupts", "interrupted"};

  private StatsText() {}

  /** The table of one file, ending with a newline. Not-completed results render as one status line. */
  public static String render(String file, TranscriptStats stats) {
    Objects.requireNonNull(file, "file");
    if (!stats.isCompletedResult()) {
      return file + ": not a completed result: " + stats.job().describe() + "\n";
    }
    StringBuilder out = new StringBuilder();
    out.append(file).append('\n');
    List<String[]> rows = new ArrayList<>();
    for (SpeakerStats s : stats.speakers()) {
      rows.add(speakerRow(s));
    }
    rows.add(totalRow(stats.total(), true));
    table(out, SPEAKER_HEADER, rows, 1);
    summary(out, stats.total());
    List<String[]> conversation = new ArrayList<>();
    for (SpeakerStats s : stats.speakers()) {
      conversation.add(conversationRow(s));
    }
    conversation.add(conversationTotalRow("total", stats.total()));
    table(out, CONVERSATION_HEADER, conversation, 1);
    conversationSummary(out, stats.total());
    if (!stats.sentiment().isEmpty()) {
      sentiment(out, stats.sentiment());
    }
    return out.toString();
  }

  /** Every file's table, then the pooled figures of the batch. */
  public static String render(BatchStats batch) {
    StringBuilder out = new StringBuilder();
    String[] header = new String[SPEAKER_HEADER.length + 1];
    header[0] = "file";
    System.arraycopy(SPEAKER_HEADER, 0, header, 1, SPEAKER_HEADER.length);
    List<String[]> rows = new ArrayList<>();
    for (FileStats file : batch.files()) {
      for (SpeakerStats s : file.speakers()) {
        rows.add(prepend(file.file(), speakerRow(s)));
      }
      rows.add(prepend(file.file(), totalRow(file.total(), true)));
    }
    rows.add(prepend("all files", totalRow(batch.total(), false)));
    table(out, header, rows, 2);
    summary(out, batch.total());
    String[] conversationHeader = prepend("file", CONVERSATION_HEADER);
    List<String[]> conversation = new ArrayList<>();
    for (FileStats file : batch.files()) {
      for (SpeakerStats s : file.speakers()) {
        conversation.add(prepend(file.file(), conversationRow(s)));
      }
      conversation.add(prepend(file.file(), conversationTotalRow("total", file.total())));
    }
    conversation.add(prepend("all files", conversationTotalRow("total", batch.total())));
    table(out, conversationHeader, conversation, 2);
    conversationSummary(out, batch.total());
    for (String file : batch.notCompleted()) {
      out.append(file).append(": not a completed result\n");
    }
    return out.toString();
  }

  private static String[] speakerRow(SpeakerStats s) {
    return new String[] {SpeakerNames.display(s.speaker()), seconds(s.talkMs()),
        percent(s.share()), Long.toString(s.turns()), seconds(s.meanTurnMs()), Long.toString(s.words()),
        decimal(s.charsPerMin(), 1), Long.toString(s.fillers()), decimal(s.confidence().mean(), 2),
        decimal(s.confidence().p10(), 2), decimal(s.confidence().p50(), 2), percent(s.confidence().lowShare())};
  }

  private static String[] totalRow(TotalStats t, boolean shareIsOne) {
    return new String[] {"total", seconds(t.talkMs()), shareIsOne && t.talkMs() > 0 ? percent(1.0) : "-",
        Long.toString(t.turns()), seconds(t.meanTurnMs()), Long.toString(t.words()), decimal(t.charsPerMin(), 1),
        Long.toString(t.fillers()), decimal(t.confidence().mean(), 2), decimal(t.confidence().p10(), 2),
        decimal(t.confidence().p50(), 2), percent(t.confidence().lowShare())};
  }

  private static String[] conversationRow(SpeakerStats s) {
    SpeakerConversation c = s.conversation();
    return new String[] {SpeakerNames.display(s.speaker()), seconds(c.longestTurnMs()), decimal(c.wordsPerMin(), 1),
        Long.toString(c.responses()), seconds(c.responseGapMean()), seconds(c.responseGapP50()),
        Long.toString(c.interruptions()), Long.toString(c.interrupted())};
  }

  /** Over all speakers every response is someone's, and every interruption interrupts someone. */
  private static String[] conversationTotalRow(String name, TotalStats t) {
    TotalConversation c = t.conversation();
    return new String[] {name, seconds(c.longestTurnMs()), decimal(c.wordsPerMin(), 1), Long.toString(c.switches()),
        seconds(c.responseGapMean()), seconds(c.responseGapP50()), Long.toString(c.interruptions()),
        Long.toString(c.interruptions())};
  }

  private static void conversationSummary(StringBuilder out, TotalStats t) {
    TotalConversation c = t.conversation();
    out.append("switches ").append(c.switches())
        .append(" (").append(decimal(c.switchesPerMin(), 1)).append("/min)")
        .append(" · interruptions ").append(c.interruptions())
        .append(" (").append(seconds(c.interruptionMs())).append(')')
        .append(" · silences ").append(c.silences())
        .append(" (").append(seconds(c.silenceMs()));
    if (c.longestSilenceMs().isPresent()) {
      out.append(", longest ").append(seconds(c.longestSilenceMs().getAsLong()));
    }
    out.append(')')
        .append(" · non-talk ").append(seconds(c.nonTalkMs()))
        .append('\n');
  }

  private static void summary(StringBuilder out, TotalStats t) {
    out.append("speech ").append(seconds(t.speechMs()))
        .append(" · overlap ").append(seconds(t.overlapMs()))
        .append(" · utterances ").append(t.utterances())
        .append(" (conf mean ").append(decimal(t.utteranceConfidence().mean(), 2)).append(')')
        .append(" · billable ").append(seconds(t.billableMs()));
    if (t.billableRoundedMs().isPresent()) {
      out.append(" (rounded ").append(seconds(t.billableRoundedMs().getAsLong())).append(')');
    }
    out.append(" · span ").append(seconds(t.spanMs()));
    if (t.cost().isPresent()) {
      out.append(" · cost ").append(t.cost().get().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
    }
    out.append('\n');
  }

  /** Transposed, one column per speaker: twenty parameters side by side would not fit a terminal. */
  private static void sentiment(StringBuilder out, List<SentimentStats> sentiment) {
    List<String> parameters = sentiment.get(0).parameters();
    String[] header = new String[sentiment.size() + 1];
    header[0] = "sentiment";
    String[] segments = new String[header.length];
    segments[0] = "segments";
    for (int s = 0; s < sentiment.size(); s++) {
      String speaker = sentiment.get(s).speaker();
      header[s + 1] = SpeakerNames.display(speaker);
      segments[s + 1] = Long.toString(sentiment.get(s).segments());
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(segments);
    for (int p = 0; p < parameters.size(); p++) {
      String[] row = new String[header.length];
      row[0] = parameters.get(p);
      for (int s = 0; s < sentiment.size(); s++) {
        row[s + 1] = decimal(sentiment.get(s).mean(p), 1);
      }
      rows.add(row);
    }
    table(out, header, rows, 1);
  }

  /** Aligned columns: the first {@code nameColumns} left-aligned, the figures right-aligned. */
  private static void table(StringBuilder out, String[] header, List<String[]> rows, int nameColumns) {
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = DisplayWidth.columns(header[c]);
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], DisplayWidth.columns(row[c]));
      }
    }
    line(out, header, widths, nameColumns);
    for (String[] row : rows) {
      line(out, row, widths, nameColumns);
    }
  }

  private static void line(StringBuilder out, String[] cells, int[] widths, int nameColumns) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        line.append("  ");
      }
      line.append(DisplayWidth.pad(cells[c], widths[c], c < nameColumns));
    }
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(line, 0, end).append('\n');
  }

  private static String[] prepend(String first, String[] rest) {
    String[] row = new String[rest.length + 1];
    row[0] = first;
    System.arraycopy(rest, 0, row, 1, rest.length);
    return row;
  }

  private static String seconds(long ms) {
    return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static String seconds(java.util.OptionalLong ms) {
    return ms.isPresent() ? seconds(ms.getAsLong()) : "-";
  }

  private static String seconds(OptionalDouble ms) {
    return ms.isPresent() ? String.format(Locale.ROOT, "%.1f s", ms.getAsDouble() / 1000.0) : "-";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String percent(OptionalDouble share) {
    return share.isPresent() ? percent(share.getAsDouble()) : "-";
  }

  private static String decimal(double value, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  private static String decimal(OptionalDouble value, int digits) {
    return value.isPresent() ? decimal(value.getAsDouble(), digits) : "-";
  }
}
