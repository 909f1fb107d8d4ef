package io.github.amivoicetoolkit.core.internal;

/**
 * The one table of how wide a character is on screen, shared by the terminal tables and the subtitle
 * line limits, so that a line the subtitles count as full is the line the terminal draws as full.
 *
 * <p>Widths are in columns per code point (a surrogate pair is one code point): half-width = 1,
 * full-width = 2, combining marks, format and control characters and emoji skin-tone modifiers = 0.
 * Full-width are the East Asian Wide and Fullwidth blocks (CJK, kana, Hangul, full-width forms and
 * punctuation) and emoji; half-width katakana (U+FF61–FF9F) is half-width.
 *
 * <p>Not API: public only so that the toolkit's modules share it.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /** Columns of a whole string. */
  public static int columns(String text) {
    int total = 0;
    for (int k = 0; k < text.length(); ) {
      int cp = text.codePointAt(k);
      k += Character.charCount(cp);
      total += columns(cp);
    }
    return total;
  }

  /** Columns of one code point: 0, 1 or 2. */
  public static int columns(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || type == Character.CONTROL || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  /** Whether the code point is East Asian Wide or Fullwidth (or an emoji drawn as wide). */
  public static boolean isWide(int cp) {
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

  /** {@code text} padded with spaces to {@code width} columns, on the right ({@code left}) or the left. */
  public static String pad(String text, int width, boolean left) {
    int missing = width - columns(text);
    if (missing <= 0) {
      return text;
    }
    String spaces = " ".repeat(missing);
    return left ? text + spaces : spaces + text;
  }
}
