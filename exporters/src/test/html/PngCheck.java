import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Checks a browser's screenshot of a report: {@code java PngCheck.java FILE WIDTH HEIGHT}. Fails (exit 1)
 * unless the PNG has exactly that size, at least 2 % of its pixels are not white (a page that did not
 * render is blank) and it holds the palette's blue and vermillion (the timeline and charts were drawn).
 */
public class PngCheck {
  public static void main(String[] args) throws Exception {
    BufferedImage image = ImageIO.read(new File(args[0]));
    int width = Integer.parseInt(args[1]);
    int height = Integer.parseInt(args[2]);
    if (image == null) {
      fail(args[0] + ": not a PNG ImageIO can read");
    }
    if (image.getWidth() != width || image.getHeight() != height) {
      fail(args[0] + ": expected " + width + "x" + height + " but was " + image.getWidth() + "x" + image.getHeight());
    }
    long inked = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        if (rgb != 0xFFFFFF) {
          inked++;
        }
        colours.add(rgb);
      }
    }
    double share = (double) inked / ((long) width * height);
    if (share < 0.02) {
      fail(String.format("%s: only %.2f %% of the pixels are not white: the page looks blank", args[0], share * 100));
    }
    for (int expected : new int[] {0x0072B2, 0xD55E00}) {
      if (!colours.contains(expected)) {
        fail(String.format("%s: no pixel of #%06X: the timeline or charts were not drawn", args[0], expected));
      }
    }
    System.out.printf("%s: %dx%d, %.1f %% inked, %d colours: ok%n", args[0], width, height, share * 100, colours.size());
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(1);
  }
}
