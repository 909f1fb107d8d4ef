package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.internal.DisplayWidth;

/**
 * Joining and breaking rules of subtitle text, per code point (surrogate pairs are one code point).
 * Widths are {@link io.github.amivoicetoolkit.core.internal.DisplayWidth}'s, the toolkit's one table.
 */
final class TextWidth {
  private TextWidth() {}

  /** A letter of a script written without spaces between words: kanji/hanzi, hiragana, katakana (also half-width). */
  static boolean isCjkLetter(int cp) {
    if (!Character.isLetter(cp)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO;
  }

  /**
   * Columns of a piece of text for layout: the widest form any format writes it in. SRT writes
   * {@code <}, {@code >} and (before a backslash) <code>{</code> full-width, so they count as full-width
   * here for every format: SRT, WebVTT and ASS then share one cue list.
   */
  static int layoutColumns(String text) {
    int columns = DisplayWidth.columns(text);
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '<' || c == '>' || c == '{') {
        columns++;
      }
    }
    return columns;
  }

  /** True when the text ends with punctuation after which a line or cue break reads best. */
  static boolean endsWithBreakPunctuation(String text) {
    int last = text.codePointBefore(text.length());
    return "、。，．？！,.?!".indexOf(last) >= 0;
  }

  /**
   * The token's text as it can appear on one subtitle line: every run of whitespace and control
   * characters (line breaks, tabs) becomes one space and the ends are trimmed. May be empty.
   */
  static String displayText(String written) {
    StringBuilder out = null;
    boolean pendingSpace = false;
    for (int k = 0; k < written.length(); ) {
      int cp = written.codePointAt(k);
      int next = k + Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
        if (out == null) {
          out = new StringBuilder(written.length()).append(written, 0, k);
        }
        pendingSpace = out.length() > 0;
      } else {
        if (out != null) {
          if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
          }
          out.appendCodePoint(cp);
        }
      }
      k = next;
    }
    return out == null ? written : out.toString();
  }
}
