package io.github.amivoicetoolkit.core.internal;

/**
 * The one rule for joining tokens into readable text, shared by subtitles, the text transcript and the
 * turns table: Japanese and Chinese join without spaces, Latin-script words with one space, and no
 * space before closing punctuation or after opening punctuation.
 *
 * <p>Not API: public only so that the toolkit's modules share it.
 */
public final class TextJoin {
  private TextJoin() {}

  /**
   * Whether a space goes between two adjacent non-empty tokens: never next to Japanese or Chinese text
   * or full-width forms, never before closing or trailing punctuation ({@code , . ? ! ) ”}), never after
   * opening punctuation ({@code ( “}); otherwise one space, as between Latin-script words.
   */
  public static boolean spaceBetween(String before, String after) {
    return spaceBetween(before.codePointBefore(before.length()), after.codePointAt(0));
  }

  /** {@link #spaceBetween(String, String)} of the last code point before and the first after. */
  public static boolean spaceBetween(int last, int first) {
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

  /** Appends {@code token} to {@code text} with a space first when {@link #spaceBetween} says so. */
  public static StringBuilder append(StringBuilder text, String token) {
    return append(text, token, token);
  }

  /**
   * Appends {@code token}, deciding the space before it as if it were {@code spacedAs}: a kept filler
   * {@code %um%} is spaced as the word {@code um}, not as the punctuation its percent sign is.
   */
  public static StringBuilder append(StringBuilder text, String token, String spacedAs) {
    if (token.isEmpty()) {
      return text;
    }
    String decides = spacedAs.isEmpty() ? token : spacedAs;
    if (text.length() > 0 && spaceBetween(text.codePointBefore(text.length()), decides.codePointAt(0))) {
      text.append(' ');
    }
    return text.append(token);
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
}
