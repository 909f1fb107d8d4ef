package io.github.amivoicetoolkit.testkit;

import java.util.Locale;

/**
 * One vocabulary entry with everything the writer needs already encoded: the written form (and, for
 * English, its sentence-initial capitalised form) and the reading, as escaped UTF-8.
 */
final class Word {
  enum Kind {
    WORD,
    PUNCTUATION,
    FILLER
  }

  final Kind kind;
  final byte[] written;
  final byte[] capitalized;
  final byte[] spoken;
  /** Morae (Japanese) or syllables (English): what the token's duration is proportional to. */
  final int beats;

  private Word(Kind kind, String written, String capitalized, String spoken, int beats) {
    this.kind = kind;
    this.written = ByteSink.jsonEscaped(written);
    this.capitalized =
        capitalized.equals(written) ? this.written : ByteSink.jsonEscaped(capitalized);
    this.spoken = ByteSink.jsonEscaped(spoken);
    this.beats = Math.max(1, beats);
  }

  /** A Japanese word; {@code reading} in hiragana, or {@code null} for kana words (read as written). */
  static Word japanese(String written, String reading) {
    String spoken = reading != null ? reading : toHiragana(written);
    return new Word(Kind.WORD, written, written, spoken, morae(spoken));
  }

  static Word japanesePunctuation(String written) {
    return new Word(Kind.PUNCTUATION, written, written, "_", 1);
  }

  /** A kept filler, e.g. {@code えーと} written and read as {@code %えーと%}. */
  static Word japaneseFiller(String kana) {
    String wrapped = "%" + kana + "%";
    return new Word(Kind.FILLER, wrapped, wrapped, wrapped, morae(kana));
  }

  static Word english(String written) {
    String capitalized =
        written.isEmpty() ? written : Character.toUpperCase(written.charAt(0)) + written.substring(1);
    return new Word(
        Kind.WORD, written, capitalized, written.toLowerCase(Locale.ROOT), syllables(written));
  }

  static Word englishPunctuation(String written) {
    return new Word(Kind.PUNCTUATION, written, written, "_", 1);
  }

  static Word englishFiller(String sound) {
    String wrapped = "%" + sound + "%";
    return new Word(Kind.FILLER, wrapped, wrapped, wrapped, 1);
  }

  /** Katakana to hiragana; the long-vowel mark and everything else pass through. */
  static String toHiragana(String kana) {
    StringBuilder hiragana = new StringBuilder(kana.length());
    for (int i = 0; i < kana.length(); i++) {
      char c = kana.charAt(i);
      hiragana.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
    }
    return hiragana.toString();
  }

  private static int morae(String hiragana) {
    int morae = 0;
    for (int i = 0; i < hiragana.length(); i++) {
      // small kana merge with the preceding mora; っ and ー are morae of their own
      if ("ぁぃぅぇぉゃゅょゎ".indexOf(hiragana.charAt(i)) < 0) {
        morae++;
      }
    }
    return morae;
  }

  private static int syllables(String word) {
    boolean acronym = word.length() > 1 && word.chars().noneMatch(Character::isLowerCase);
    if (acronym) {
      return word.length();
    }
    int groups = 0;
    boolean inVowels = false;
    for (int i = 0; i < word.length(); i++) {
      boolean vowel = "aeiouyAEIOUY".indexOf(word.charAt(i)) >= 0;
      if (vowel && !inVowels) {
        groups++;
      }
      inVowels = vowel;
    }
    if (groups == 0) {
      return word.length();
    }
    if (groups > 1 && word.endsWith("e") && !word.endsWith("le")) {
      groups--;
    }
    return groups;
  }
}
