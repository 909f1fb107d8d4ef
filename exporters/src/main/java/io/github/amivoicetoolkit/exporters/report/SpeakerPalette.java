package io.github.amivoicetoolkit.exporters.report;

import java.util.List;

/**
 * The colours speakers get in every report: the Okabe–Ito palette, chosen because people with the
 * common forms of colour blindness (protanopia, deuteranopia, tritanopia) can still tell its colours
 * apart. Speaker {@code k} (in order of first appearance) gets {@code colour(k)}; after eight speakers
 * the colours repeat, so reports never rely on colour alone: every lane, bar and paragraph also carries
 * the speaker's name.
 *
 * <p>The order puts the colours that read well as text on white first and the yellow, which does not,
 * near the end. One place for the palette: the HTML report, the Word transcript and (later) the XLSX
 * charts and subtitle styles take it from here.
 */
public final class SpeakerPalette {
  /** {@code #RRGGBB}, in the order speakers get them. */
  private static final List<String> COLOURS = List.of(
      "#0072B2", // blue
      "#D55E00", // vermillion
      "#009E73", // bluish green
      "#CC79A7", // reddish purple
      "#E69F00", // orange
      "#56B4E9", // sky blue
      "#000000", // black
      "#F0E442"); // yellow

  private SpeakerPalette() {}

  /** The colours in the order speakers get them, as {@code #RRGGBB}; unmodifiable. */
  public static List<String> colours() {
    return COLOURS;
  }

  /** The colour of speaker {@code index} (0-based, order of first appearance), as {@code #RRGGBB}. */
  public static String colour(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("speaker index < 0: " + index);
    }
    return COLOURS.get(index % COLOURS.size());
  }

  /** {@link #colour(int)} without the {@code #}, as Office documents write colours ({@code 0072B2}). */
  public static String hex(int index) {
    return colour(index).substring(1);
  }
}
