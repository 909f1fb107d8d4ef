package io.github.amivoicetoolkit.exporters.subtitle;

import java.util.List;

/**
 * The toolkit's one palette of speaker colours, safe for colour-blind viewers: Okabe and Ito's
 * (<i>Color Universal Design</i>, 2008) without its black, so that it reads on dark video and on white
 * pages alike. Speaker {@code n} (in the transcript's order of speakers) takes colour {@code n} modulo
 * {@link #size()}. ASS subtitles use it; reports and charts that colour speakers should too, so that a
 * speaker has one colour everywhere.
 */
public final class SpeakerColours {
  private static final List<String> HEX = List.of(
      "#E69F00", // orange
      "#56B4E9", // sky blue
      "#009E73", // bluish green
      "#F0E442", // yellow
      "#0072B2", // blue
      "#D55E00", // vermillion
      "#CC79A7"); // reddish purple

  private SpeakerColours() {}

  /** Number of distinct colours before they repeat. */
  public static int size() {
    return HEX.size();
  }

  /** The colour of the {@code index}th speaker as {@code #RRGGBB}. */
  public static String hex(int index) {
    return HEX.get(Math.floorMod(index, HEX.size()));
  }

  /** The colour of the {@code index}th speaker as {@code 0xRRGGBB}. */
  public static int rgb(int index) {
    return Integer.parseInt(hex(index).substring(1), 16);
  }

  /** Every colour, in order, as {@code #RRGGBB}. */
  public static List<String> all() {
    return HEX;
  }
}
