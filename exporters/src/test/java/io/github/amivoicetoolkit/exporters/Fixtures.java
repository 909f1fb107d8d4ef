package io.github.amivoicetoolkit.exporters;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.testkit.ResultJson;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Transcripts and analytics-shaped tables with every awkward value the exporters must carry. */
public final class Fixtures {
  /** Text a spreadsheet would run as a formula, or that breaks naive CSV. */
  public static final String[] AWKWARD_TEXT = {
    "=1+1", "+81-3-1234-5678", "-x", "@SUM(A1:A2)", "\tindent", "\rreturn", "a,b", "say \"hi\"",
    "line\nbreak", "crlf\r\nend", "日本語のテキスト、です。", "'quoted", " leading space", "trailing ", "😀絵文字"
  };

  private Fixtures() {}

  /**
   * Two utterances of two speakers with fillers, punctuation, untimed tokens and awkward text, a third
   * utterance without timed words, a fourth with no tokens, and three sentiment segments.
   */
  public static Transcript awkward() {
    ResultJson json = ResultJson.result()
        .word("こんにちは", 1000, 1500, "speaker0")
        .token("%えーと%", "%えーと%", 1500, 1900, 0.5, "speaker0")
        .token("、", "_", null, null, null, null)
        .word("=1+1", 1900, 2000, "speaker1")
        .word("a,b", 2000, 2100, "speaker1")
        .utterance(1000, 2100, 0.93, "こんにちは%えーと%、=1+1a,b");
    for (int k = 0; k < AWKWARD_TEXT.length; k++) {
      json.token(AWKWARD_TEXT[k], k % 2 == 0 ? AWKWARD_TEXT[k] : null, 3000 + k * 100, 3100 + k * 100,
          k % 3 == 0 ? null : 0.25 + k / 100.0, k < 4 ? "speaker1" : "speaker0");
    }
    json.token("。", "_", null, null, null, "speaker0")
        .utterance(3000, 3000 + AWKWARD_TEXT.length * 100, null, String.join("", AWKWARD_TEXT));
    json.token("untimed", "untimed", null, null, 0.7, "speaker1")
        .token("-5", "まいなすご", null, null, null, null)
        .utterance(null, null, 0.4, "untimed -5");
    json.utterance(9000, 9100, null, "");
    return json
        .segment(900, 2000, "energy", 10, "stress", 3.5)
        .segment(1800, 2200, "energy", 0, "stress", -1)
        .segment(50_000, 51_000, "energy", 7)
        .read();
  }

  /** An analytics-shaped per-speaker table with missing values, negatives and awkward names. */
  public static Table speakersTable() {
    return Table.create("speakers",
        StringColumn.create("speaker", "=SUM(1)", "佐藤, 花子", "", "-lead"),
        LongColumn.create("talk_ms", new long[] {1234, 0, 5_000_000_000L, -7}),
        DoubleColumn.create("share", 0.25, Double.NaN, 1.0 / 3, -0.5),
        IntColumn.create("turns", new int[] {3, 0, 1, -2}),
        BooleanColumn.create("flag", new boolean[] {true, false, true, false}));
  }

  public static Table withMissingTurns(Table table) {
    Table copy = table.copy();
    copy.intColumn("turns").setMissing(1);
    copy.booleanColumn("flag").setMissing(2);
    return copy;
  }

  /** An analytics-shaped one-row totals table. */
  public static Table totalsTable() {
    return Table.create("total",
        LongColumn.create("talk_ms", new long[] {1234}),
        IntColumn.create("utterances", new int[] {4}),
        DoubleColumn.create("conf_mean", Double.NaN),
        DoubleColumn.create("share", 0.125));
  }
}
