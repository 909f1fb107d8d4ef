package io.github.amivoicetoolkit.core;

import java.io.Writer;

/**
 * Tells whether a document's top-level {@code text} is its utterances' texts run together (the usual
 * case), so that {@link Transcript#text()} rebuilds it instead of keeping it twice.
 *
 * <p>When the utterances came first, the text is streamed through an instance of this
 * {@code Writer} ({@code JsonParser.readString(Writer)}), which compares it a chunk at a time and
 * keeps characters only once they differ: a long recording's text (millions of characters) is not
 * materialised when it matches. A text read before its utterances is checked by
 * {@link #isConcatenation} once the transcript is built.
 */
final class DocumentTextMatcher extends Writer {
  private final UtteranceTextCursor expected;
  private final int maxStringLength;
  private int matched;
  private StringBuilder differing;
  private long seen;

  /** Throws {@link TooLong} through the parser once more than {@code maxStringLength} characters came. */
  DocumentTextMatcher(UtteranceTextCursor expected, int maxStringLength) {
    this.expected = expected;
    this.maxStringLength = maxStringLength;
  }

  @Override
  public void write(char[] chars, int from, int length) {
    seen += length;
    if (seen > maxStringLength) {
      throw new TooLong();
    }
    int end = from + length;
    int rest = from;
    if (differing == null) {
      rest = expected.skipMatching(chars, from, end);
      matched += rest - from;
      if (rest == end) {
        return;
      }
      differing = new StringBuilder(expected.fromStart().prefix(matched));
    }
    differing.append(chars, rest, end - rest);
  }

  /** Null when the streamed text was exactly the utterances' texts run together. */
  String differingText() {
    if (differing != null) {
      return differing.toString();
    }
    return expected.hasNext() ? expected.fromStart().prefix(matched) : null;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** Whether {@code text} is the utterances' texts run together, compared in place without building them. */
  static boolean isConcatenation(String text, Utterances utterances) {
    int offset = 0;
    for (int u = 0; u < utterances.size(); u++) {
      if (utterances.hasOwnText(u)) {
        String part = utterances.text(u);
        if (!text.startsWith(part, offset)) {
          return false;
        }
        offset += part.length();
      } else {
        Tokens tokens = utterances.tokens();
        for (int i = utterances.firstToken(u), end = utterances.endToken(u); i < end; i++) {
          String written = tokens.written(i);
          if (!text.startsWith(written, offset)) {
            return false;
          }
          offset += written.length();
        }
      }
    }
    return offset == text.length();
  }

  /** Thrown through Jackson out of {@link #write}; the parser turns it into a {@link ReadLimitException}. */
  static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super(null, null, false, false);
    }
  }
}
