package io.github.amivoicetoolkit.testkit;

/** The words of one utterance as a grammar produces them; reused from utterance to utterance. */
final class WordSequence {
  /** Grammars stop starting sentences well before this, so it is never reached in practice. */
  static final int CAPACITY = 256;

  final Word[] words = new Word[CAPACITY];
  final boolean[] capitalized = new boolean[CAPACITY];
  int size;

  void clear() {
    size = 0;
  }

  void add(Word word) {
    add(word, false);
  }

  void add(Word word, boolean capitalize) {
    if (size < CAPACITY) {
      words[size] = word;
      capitalized[size] = capitalize;
      size++;
    }
  }

  Word last() {
    return size == 0 ? null : words[size - 1];
  }
}
