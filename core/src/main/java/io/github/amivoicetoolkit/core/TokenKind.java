package io.github.amivoicetoolkit.core;

/**
 * The class of a token, as {@code docs/figures.md#token-classes} defines it.
 *
 * <ul>
 *   <li>{@link #PUNCTUATION}: {@code spoken} is {@code "_"}, or {@code written} is non-empty and
 *       every code point of it is Unicode punctuation (general category P*);
 *   <li>{@link #FILLER}: {@code written} has at least three characters and starts and ends with
 *       {@code %} (a kept filler, {@code %えーと%});
 *   <li>{@link #WORD}: everything else.
 * </ul>
 * A token that would be both punctuation and filler (say {@code %%%}) is punctuation.
 */
public enum TokenKind {
  WORD,
  PUNCTUATION,
  FILLER
}
