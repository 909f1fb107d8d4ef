package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.core.internal.Clock;
import java.io.IOException;

/**
 * Writes cells as CSV fields ({@link CsvFields}). Numbers and times are formatted without a {@code String}
 * per cell; in the spreadsheet dialect text fields that a spreadsheet could run as a formula get a leading
 * {@code '}.
 *
 * <p>The neutralising rule (spreadsheet dialect only; {@link CsvDialect#RFC4180} writes exact data):
 * a text field gets a leading {@code '} when
 * <ul>
 *   <li>it starts with a control character: tab and CR (the OWASP list), LF, NUL and every other
 *       C0 or C1 control; or</li>
 *   <li>its first character after any leading spaces and invisible characters is one of
 *       {@code = + - @} (the OWASP list) or a look-alike a spreadsheet may fold to one: full-width
 *       {@code ＝ ＋ － ＠}, small-form {@code ﹦ ﹢ ﹣ ﹫} and the minus sign {@code −}. Skipped as leading:
 *       whitespace and space separators (space, NBSP, U+3000 ideographic space, …), controls and
 *       format characters (zero-width space U+200B, joiners, U+2060, the BOM U+FEFF, bidi marks).</li>
 * </ul>
 * So {@code " =1+1"}, NBSP, U+3000, U+FEFF or U+200B followed by {@code =1}, a leading LF or NUL, and
 * {@code "＝1"} are written {@code '}-prefixed, while {@code " leading space"} or {@code "a=b"} are written
 * as they are. Separators, quotes and line breaks
 * inside a field are quoted ({@link CsvFields}), so no formula can start a new cell mid-field.
 * Negative times ({@code -00:00:01.000}) are prefixed too.
 */
final class CsvCellSink implements CellSink {
  private static final char[] TRUE = "true".toCharArray();
  private static final char[] FALSE = "false".toCharArray();
  /** {@code Double.toString(k / 100.0)}: confidences have two decimals, and these need no formatting. */
  private static final char[][] HUNDREDTHS = new char[101][];

  /** What a character is at the start of a text field, for {@link #startsLikeFormula}. */
  private static final byte VISIBLE = 0;
  private static final byte FORMULA_LEAD_IN = 1;
  private static final byte INVISIBLE = 2;
  private static final byte CONTROL = 3;
  /** The kind of every char, from the predicates below: looked up once per field, not classified. */
  private static final byte[] LEAD_IN = new byte[Character.MAX_VALUE + 1];

  static {
    for (int k = 0; k < HUNDREDTHS.length; k++) {
      HUNDREDTHS[k] = Double.toString(k / 100.0).toCharArray();
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      LEAD_IN[c] = isControl((char) c) ? CONTROL : isInvisibleLeadIn((char) c) ? INVISIBLE
          : isFormulaLeadIn((char) c) ? FORMULA_LEAD_IN : VISIBLE;
    }
  }

  private final CsvFields fields;
  private final boolean neutralizeFormulas;
  private final StringBuilder buffer = new StringBuilder(32);
  /** A number or time being formatted: at most 25 chars (a quote, a sign and 13 digits of hours, 10 more). */
  private final char[] chars = new char[32];

  CsvCellSink(CsvFields fields, CsvDialect dialect) {
    this.fields = fields;
    this.neutralizeFormulas = dialect == CsvDialect.SPREADSHEET;
  }

  void endRow() throws IOException {
    fields.endRecord();
  }

  void flush() throws IOException {
    fields.flush();
  }

  @Override
  public void empty() throws IOException {
    fields.empty();
  }

  @Override
  public void integer(long value) throws IOException {
    fields.integer(value);
  }

  @Override
  public void decimal(double value) throws IOException {
    if (!Double.isFinite(value)) {
      empty();
      return;
    }
    long hundredths = Math.round(value * 100);
    // compare, not ==: -0.0 is written "-0.0"
    if (hundredths >= 0 && hundredths <= 100 && Double.compare(hundredths / 100.0, value) == 0) {
      char[] text = HUNDREDTHS[(int) hundredths];
      fields.plain(text, text.length);
      return;
    }
    buffer.setLength(0);
    buffer.append(value);
    plain(buffer);
  }

  @Override
  public void text(String value) throws IOException {
    if (value == null || value.isEmpty()) {
      empty();
    } else if (neutralizeFormulas && startsLikeFormula(value)) {
      fields.text("'" + value);
    } else {
      fields.text(value);
    }
  }

  @Override
  public void bool(boolean value) throws IOException {
    char[] text = value ? TRUE : FALSE;
    fields.plain(text, text.length);
  }

  /** {@code HH:MM:SS.mmm} ({@link Clock}), straight into the cell's buffer. */
  @Override
  public void time(long ms) throws IOException {
    int length = 0;
    if (neutralizeFormulas && ms < 0) {
      // "-00:00:01.000" would be read as a formula too
      chars[length++] = '\'';
    }
    fields.plain(chars, Clock.write(chars, length, ms, '.'));
  }

  private void plain(StringBuilder text) throws IOException {
    text.getChars(0, text.length(), chars, 0);
    fields.plain(chars, text.length());
  }

  /**
   * True when a spreadsheet could read {@code text} as a formula (OWASP CSV injection and the look-alikes
   * and invisible lead-ins above).
   */
  static boolean startsLikeFormula(CharSequence text) {
    if (text.length() == 0) {
      return false;
    }
    if (LEAD_IN[text.charAt(0)] == CONTROL) {
      return true;
    }
    for (int k = 0; k < text.length(); k++) {
      byte kind = LEAD_IN[text.charAt(k)];
      if (kind < INVISIBLE) {
        return kind == FORMULA_LEAD_IN;
      }
    }
    return false;
  }

  private static boolean isControl(char c) {
    return Character.getType(c) == Character.CONTROL;
  }

  /** Characters a reader does not see before the first visible one: spaces, controls, format characters. */
  private static boolean isInvisibleLeadIn(char c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
        || type == Character.FORMAT;
  }

  private static boolean isFormulaLeadIn(char c) {
    return switch (c) {
      case '=', '+', '-', '@',
          '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', // full-width ＝ ＋ － ＠
          '\uFE66', '\uFE62', '\uFE63', '\uFE6B', // small-form ﹦ ﹢ ﹣ ﹫
          '\u2212' -> true;                         // minus sign −
      default -> false;
    };
  }
}
