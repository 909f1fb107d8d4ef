import java.io.File;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The speed limit of any jackson-core reader, as a process: one {@code nextToken()} loop over the file
 * that touches every scalar (a string's length, a number's value) and keeps nothing, like
 * {@code ParseBenchmark.jacksonTokenLoop}. Prints how many scalars it saw and a checksum of their
 * values, so no work can be skipped.
 *
 * <p>{@code java -cp jackson-core.jar:BUILD TokenLoop result.json}
 */
public final class TokenLoop {
  public static void main(String[] args) {
    long scalars = 0;
    double checksum = 0;
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), new File(args[0]))) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          checksum += parser.getStringLength();
        } else if (token == JsonToken.VALUE_NUMBER_INT) {
          checksum += parser.getLongValue(); // audio_size of a long result passes 2^31
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
          checksum += parser.getDoubleValue();
        } else {
          continue;
        }
        scalars++;
      }
    }
    System.out.println(scalars + " scalars, checksum " + checksum);
  }
}
