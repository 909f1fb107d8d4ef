package io.github.amivoicetoolkit.exporters.subtitle;

/**
 * Furigana (ruby) for WebVTT: the reading AmiVoice gives a token in {@code spoken}, in hiragana, over
 * the kanji of its written form. Only tokens whose written form holds kanji get one, and only when the
 * spoken form is kana (katakana or hiragana, with {@code ー}) and says something else than the written
 * form; {@code _} (punctuation) and Latin readings give none. Kana the written form shares with the
 * reading at its start or end (okurigana, as in 忙しい / いそがしい) stay outside the ruby.
 */
final class Furigana {
  private Furigana() {}

  /** The reading in hiragana when the token gets furigana, else null. */
  static String reading(String written, String spoken) {
    if (spoken == null || spoken.isEmpty() || spoken.equals("_") || spoken.equals(written) || !hasKanji(written)) {
      return null;
    }
    StringBuilder hiragana = new StringBuilder(spoken.length());
    for (int k = 0; k < spoken.length(); k++) {
      char c = spoken.charAt(k);
      if (!isKana(c)) {
        return null;
      }
      hiragana.append(toHiragana(c));
    }
    return hiragana.toString();
  }

  static boolean hasKanji(String text) {
    return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        && Character.isLetter(cp));
  }

  /** Hiragana, katakana (full-width) and the prolonged sound mark. */
  private static boolean isKana(char c) {
    return (c >= 0x3041 && c <= 0x3096) || (c >= 0x309D && c <= 0x309F) || (c >= 0x30A1 && c <= 0x30FA)
        || (c >= 0x30FC && c <= 0x30FE);
  }

  private static char toHiragana(char c) {
    if ((c >= 0x30A1 && c <= 0x30F6) || c == 0x30FD || c == 0x30FE) {
      return (char) (c - 0x60);
    }
    return c;
  }

  /**
   * Appends {@code written} with its reading as {@code <ruby>base<rt>reading</rt></ruby>}, shared kana
   * at either end outside the ruby; text goes through {@code escape}.
   */
  static void appendRuby(StringBuilder out, String written, String reading, Escaper escape) {
    int head = 0;
    int readingHead = 0;
    while (head < written.length() && readingHead < reading.length() && isKana(written.charAt(head))
        && toHiragana(written.charAt(head)) == reading.charAt(readingHead)) {
      head++;
      readingHead++;
    }
    int tail = written.length();
    int readingTail = reading.length();
    while (tail > head && readingTail > readingHead && isKana(written.charAt(tail - 1))
        && toHiragana(written.charAt(tail - 1)) == reading.charAt(readingTail - 1)) {
      tail--;
      readingTail--;
    }
    String base = written.substring(head, tail);
    if (readingTail == readingHead || !hasKanji(base)) {
      // the reading is all shared kana, or the kanji are no longer in the middle: show no ruby
      escape.append(out, written);
      return;
    }
    escape.append(out, written.substring(0, head));
    out.append("<ruby>");
    escape.append(out, base);
    out.append("<rt>");
    escape.append(out, reading.substring(readingHead, readingTail));
    out.append("</rt></ruby>");
    escape.append(out, written.substring(tail));
  }

  /** How a format escapes plain text. */
  interface Escaper {
    void append(StringBuilder out, String text);
  }
}
