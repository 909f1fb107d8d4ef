import java.io.File;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Java user would write with jackson-databind 3: read the whole result into a tree, walk its
 * tokens and print each speaker's talk time (the union of its timed word and filler tokens, as
 * {@code docs/figures.md} defines {@code talk_ms}) and token count.
 *
 * <p>{@code java -cp jackson-core.jar:jackson-databind.jar:jackson-annotations.jar:BUILD DatabindTree
 * result.json}
 */
public final class DatabindTree {
  public static void main(String[] args) {
    JsonNode root = new JsonMapper().readTree(new File(args[0]));
    Map<String, Speaker> speakers = new TreeMap<>();
    for (JsonNode segment : root.path("segments")) {
      for (JsonNode utterance : segment.path("results")) {
        JsonNode tokens = utterance.path("tokens");
        // a token without a label belongs to the preceding labelled token's speaker, else the following's
        String speaker = "";
        for (JsonNode token : tokens) {
          if (!token.path("label").asString("").isEmpty()) {
            speaker = token.path("label").asString();
            break;
          }
        }
        for (JsonNode token : tokens) {
          String label = token.path("label").asString("");
          speaker = label.isEmpty() ? speaker : label;
          Speaker figures = speakers.computeIfAbsent(speaker, name -> new Speaker());
          figures.tokens++;
          long start = token.path("starttime").asLong(-1);
          long end = token.path("endtime").asLong(-1);
          if (start >= 0 && end > start && !isPunctuation(token)) {
            figures.add(start, end);
          }
        }
      }
    }
    speakers.forEach((name, figures) ->
        System.out.println(name + "\ttalk_ms " + figures.talkMs() + "\ttokens " + figures.tokens));
  }

  static boolean isPunctuation(JsonNode token) {
    String written = token.path("written").asString("");
    if ("_".equals(token.path("spoken").asString(""))) {
      return true;
    }
    return !written.isEmpty() && written.codePoints().allMatch(DatabindTree::isPunctuation);
  }

  static boolean isPunctuation(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /** A speaker's token count and timed intervals, each packed as start × 2^32 + end (both below 2^31). */
  static final class Speaker {
    long tokens;
    long[] intervals = new long[64];
    int size;

    void add(long start, long end) {
      if (size == intervals.length) {
        intervals = Arrays.copyOf(intervals, size * 2);
      }
      intervals[size++] = start << 32 | end;
    }

    /** Length of the union of the intervals: sorted by start, overlapping ones merged. */
    long talkMs() {
      long[] sorted = Arrays.copyOf(intervals, size);
      Arrays.sort(sorted);
      long total = 0;
      long runStart = -1;
      long runEnd = -1;
      for (long interval : sorted) {
        long start = interval >>> 32;
        long end = interval & 0xFFFF_FFFFL;
        if (start > runEnd) {
          total += runEnd - runStart;
          runStart = start;
          runEnd = end;
        } else {
          runEnd = Math.max(runEnd, end);
        }
      }
      return total + runEnd - runStart;
    }
  }
}
