package io.github.amivoicetoolkit.testkit;

import java.util.SplittableRandom;
import java.util.function.Function;

/** Makes up the words of one utterance in one language. */
interface Grammar {
  /** An utterance stops adding sentences once it holds this many words. */
  int SOFT_LIMIT = 60;

  void utterance(SplittableRandom random, boolean fillers, WordSequence out);

  /** Whether written forms are joined with single spaces (and none before punctuation). */
  boolean spaced();

  static Word pick(SplittableRandom random, Word[] words) {
    return words[random.nextInt(words.length)];
  }

  /** A whitespace-separated list of vocabulary entries, each made into a word by {@code make}. */
  static Word[] words(String entries, Function<String, Word> make) {
    String[] split = entries.strip().split("\\s+");
    Word[] words = new Word[split.length];
    for (int i = 0; i < split.length; i++) {
      words[i] = make.apply(split[i]);
    }
    return words;
  }
}
