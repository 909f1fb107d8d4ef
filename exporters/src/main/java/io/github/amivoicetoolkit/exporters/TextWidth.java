package io.github.amivoicetoolkit.exporters;

/**
 * Display width and joining rules of subtitle text, per code point (surrogate pairs are one code point).
 *
 * <p>Widths are in columns: half-width = 1, full-width = 2, combining and format characters = 0.
 * Full-width are the East Asian Wide and Fullwidth blocks (CJK, kana, Hangul, full-width forms and
 * punctuation) and emoji; half-width katakana (U+FF61–FF9F) is half-width.
 */
final class TextWidth {
  private TextWidth() {}

  static int columns(String text) {
    int total = 0;
    for (int k = 0; k < text.length(); ) {
      int cp = text.codePointAt(k);
      k += Character.charCount(cp);
      total += columns(cp);
    }
    return total;
  }

  static int columns(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || type == Character.CONTROL || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x2B50 && cp <= 0x2B55)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xA960 && cp <= 0xA97F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE10 && cp <= 0xFE19)
        || (cp >= 0xFE30 && cp <= 0xFE6F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F000 && cp <= 0x1F02F)
        || (cp >= 0x1F0A0 && cp <= 0x1F0FF)
        || (cp >= 0x1F1E6 && cp <= 0x1F1FF)
        || (cp >= 0x1F200 && cp <= 0x1F2FF)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F680 && cp <= 0x1F6FF)
        || (cp >= 0x1F900 && cp <= 0x1FAFF)
        || (cp >= 0x20000 && cp <= 0x2FFFD)
        || (cp >= 0x30000 && cp <= 0x3FFFD);
  }

  /** A letter of a script written without spaces between words: kanji/hanzi, hiragana, katakana (also half-width). */
  static boolean isCjkLetter(int cp) {
    if (!Character.isLetter(cp)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO;
  }

  /** Japanese and Chinese text, and full-width punctuation and forms: no space on either side of it. */
  private static boolean joinsWithoutSpace(int cp) {
    if (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO;
  }

  /**
   * Whether a space goes between two adjacent tokens on a line: never next to Japanese or Chinese
   * text, never before closing or trailing punctuation ({@code , . ? ! ) ”}), never after opening
   * punctuation ({@code ( “}); otherwise one space, as between Latin-script words.
   */
  static boolean spaceBetween(String before, String after) {
    int last = before.codePointBefore(before.length());
    int first = after.codePointAt(0);
    if (joinsWithoutSpace(last) || joinsWithoutSpace(first)) {
      return false;
    }
    int firstType = Character.getType(first);
    if (firstType == Character.END_PUNCTUATION || firstType == Character.FINAL_QUOTE_PUNCTUATION
        || firstType == Character.OTHER_PUNCTUATION || firstType == Character.CONNECTOR_PUNCTUATION) {
      return false;
    }
    int lastType = Character.getType(last);
    return lastType != Character.START_PUNCTUATION && lastType != Character.INITIAL_QUOTE_PUNCTUATION;
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
