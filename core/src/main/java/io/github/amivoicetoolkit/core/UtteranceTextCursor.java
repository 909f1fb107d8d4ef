package io.github.amivoicetoolkit.core;

import java.util.List;

/**
 * Walks the characters of every utterance's text read so far, in order: stored texts, or their
 * tokens' written forms. Each of those is a piece; {@link #skipMatching} compares a whole piece at a
 * time, which matters for the document text of a long recording (millions of characters).
 */
final class UtteranceTextCursor {
  // the parser's columns, read while they are still being built
  private final List<String> utteranceText;
  private final IntColumn.Builder utteranceFirstToken;
  private final int tokenCount;
  private final IntColumn.Builder written;
  private final StringPool strings;

  private int utterance;
  // token whose written form is the current piece, -1 until the utterance's first is looked up
  private int token = -1;
  // characters of the current piece already passed
  private int offset;

  /**
   * {@code utteranceText.get(u)} is null where utterance {@code u}'s text is its tokens' written forms
   * run together; those tokens are {@code [utteranceFirstToken.get(u), next utterance's first or
   * tokenCount)}, their forms ids into {@code strings}.
   */
  UtteranceTextCursor(List<String> utteranceText, IntColumn.Builder utteranceFirstToken, int tokenCount,
      IntColumn.Builder written, StringPool strings) {
    this.utteranceText = utteranceText;
    this.utteranceFirstToken = utteranceFirstToken;
    this.tokenCount = tokenCount;
    this.written = written;
    this.strings = strings;
  }

  /** A cursor at the first character of the same texts. */
  UtteranceTextCursor fromStart() {
    return new UtteranceTextCursor(utteranceText, utteranceFirstToken, tokenCount, written, strings);
  }

  /** Moves to a piece with characters left, if needed; false when every utterance's text is passed. */
  boolean hasNext() {
    while (utterance < utteranceText.size()) {
      String own = utteranceText.get(utterance);
      if (own != null) {
        if (offset < own.length()) {
          return true;
        }
      } else {
        int end = utterance + 1 < utteranceFirstToken.size() ? utteranceFirstToken.get(utterance + 1) : tokenCount;
        if (token < 0) {
          token = utteranceFirstToken.get(utterance);
        }
        for (; token < end; token++, offset = 0) {
          if (offset < strings.length(written.get(token))) {
            return true;
          }
        }
      }
      utterance++;
      token = -1;
      offset = 0;
    }
    return false;
  }

  /**
   * Passes the longest prefix of {@code chars[from, end)} that the text continues with and returns
   * the index after it: {@code end} when all of it matched.
   */
  int skipMatching(char[] chars, int from, int end) {
    int i = from;
    while (i < end && hasNext()) {
      String own = utteranceText.get(utterance);
      int left;
      int matched;
      if (own != null) {
        left = own.length() - offset;
        int limit = Math.min(left, end - i);
        matched = 0;
        while (matched < limit && own.charAt(offset + matched) == chars[i + matched]) {
          matched++;
        }
      } else {
        int id = written.get(token);
        left = strings.length(id) - offset;
        matched = strings.commonPrefix(id, offset, chars, i, end);
      }
      offset += matched;
      i += matched;
      if (matched < left) {
        // a mismatch, or the end of chars inside this piece
        return i;
      }
    }
    return i;
  }

  /** The next {@code length} characters (fewer at the end of the texts), passing them. */
  String prefix(int length) {
    StringBuilder prefix = new StringBuilder(length);
    while (prefix.length() < length && hasNext()) {
      int wanted = length - prefix.length();
      String own = utteranceText.get(utterance);
      int taken;
      if (own != null) {
        taken = Math.min(own.length() - offset, wanted);
        prefix.append(own, offset, offset + taken);
      } else {
        int id = written.get(token);
        taken = Math.min(strings.length(id) - offset, wanted);
        strings.appendTo(prefix, id, offset, taken);
      }
      offset += taken;
    }
    return prefix.toString();
  }
}
