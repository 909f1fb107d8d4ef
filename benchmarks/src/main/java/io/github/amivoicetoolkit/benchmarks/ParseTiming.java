package io.github.amivoicetoolkit.benchmarks;

import io.github.amivoicetoolkit.core.ReadOptions;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Min-of-N wall time of {@link TranscriptReader#read(byte[], String)}, by one thread and by two,
 * against the bare token loop of {@link ParseBenchmark#jacksonTokenLoop}, interleaved in one JVM.
 *
 * <p>On a shared machine other work only ever adds time, so the fastest of many runs is the figure
 * least disturbed by it; interleaving the two operations exposes both to the same conditions, which
 * makes their ratio comparable between runs where single JMH scores are not.
 *
 * <p>Run: {@code java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar
 * io.github.amivoicetoolkit.benchmarks.ParseTiming [minutes] [rounds]} (defaults 600 and 30).
 */
public final class ParseTiming {
  private ParseTiming() {}

  public static void main(String[] args) throws IOException {
    int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 600;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    byte[] json = BenchmarkData.japaneseResult(minutes);
    TranscriptReader reader = new TranscriptReader(ReadOptions.builder().parallelThresholdBytes(-1).build());
    TranscriptReader twoThreads = new TranscriptReader(ReadOptions.builder().parallelThresholdBytes(0).build());
    JsonFactory factory = new JsonFactory();
    long sink = 0;
    for (int warm = 0; warm < Math.max(10, 30 * 90 / minutes); warm++) {
      sink += reader.read(json, "warm.json").tokens().size() + twoThreads.read(json, "warm.json").tokens().size()
          + tokenLoop(factory, json);
    }
    long readerBest = Long.MAX_VALUE;
    long twoBest = Long.MAX_VALUE;
    long loopBest = Long.MAX_VALUE;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      sink += reader.read(json, "timed.json").tokens().size();
      long one = System.nanoTime();
      sink += twoThreads.read(json, "timed.json").tokens().size();
      long two = System.nanoTime();
      sink += tokenLoop(factory, json);
      long end = System.nanoTime();
      readerBest = Math.min(readerBest, one - start);
      twoBest = Math.min(twoBest, two - one);
      loopBest = Math.min(loopBest, end - two);
    }
    System.out.printf("%d min, %,d bytes, min of %d: reader %.2f ms, on two threads %.2f ms, token loop %.2f ms;"
        + " throughput over the token loop's: reader %.3f, on two threads %.3f (checksum %d)%n", minutes, json.length,
        rounds, readerBest / 1e6, twoBest / 1e6, loopBest / 1e6, (double) loopBest / readerBest,
        (double) loopBest / twoBest, sink);
  }

  /** The loop of {@link ParseBenchmark#jacksonTokenLoop}, folding the values into a checksum instead of a Blackhole. */
  private static long tokenLoop(JsonFactory factory, byte[] json) {
    long checksum = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          checksum += parser.getStringLength();
        } else if (token == JsonToken.VALUE_NUMBER_INT) {
          checksum += parser.getLongValue();  // a 96-hour result's audio_size passes 2^31
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
          checksum += (long) parser.getDoubleValue();
        }
      }
    }
    return checksum;
  }
}
