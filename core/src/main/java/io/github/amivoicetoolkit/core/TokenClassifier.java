package io.github.amivoicetoolkit.core;

/**
 * Gives each distinct written form its {@link TokenKind}, by the rules in that enum's javadoc.
 * Classification runs once per dictionary string when the transcript is built, never per token.
 */
final class TokenClassifier {
  /** No spoken id is -2 ({@code -1} marks an absent spoken form), so it stands for "no {@code "_"}". */
  static final int NO_UNDERSCORE = -2;

  private TokenClassifier() {}

  /** {@code TokenKind} ordinals, indexed by dictionary id. */
  static byte[] kinds(String[] dictionary) {
    byte[] kinds = new byte[dictionary.length];
    for (int id = 0; id < dictionary.length; id++) {
      kinds[id] = (byte) kindOf(dictionary[id]).ordinal();
    }
    return kinds;
  }

  /** Id of {@code "_"}, the spoken form of punctuation, or {@link #NO_UNDERSCORE}. */
  static int underscore(String[] dictionary) {
    for (int id = 0; id < dictionary.length; id++) {
      if (dictionary[id].equals("_")) {
        return id;
      }
    }
    return NO_UNDERSCORE;
  }

  static TokenKind kindOf(String written) {
    if (isAllPunctuation(written)) {
      return TokenKind.PUNCTUATION;
    }
    if (written.length() >= 3 && written.charAt(0) == '%' && written.charAt(written.length() - 1) == '%') {
      return TokenKind.FILLER;
    }
    return TokenKind.WORD;
  }

  private static boolean isAllPunctuation(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (!isPunctuation(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  private static boolean isPunctuation(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }
}
