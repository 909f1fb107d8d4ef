package io.github.amivoicetoolkit.benchmarks;

import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.SplittableRandom;

/**
 * The inputs of the whole-process benchmarks ({@code benchmarks/whole-process.py}): synthetic Japanese
 * results in the API's compact JSON, byte-identical on every machine (fixed seeds).
 *
 * <ul>
 *   <li>{@code tree/dNN/call-NNNN.json}: 2,000 calls of 3–10 minutes, 2–4 speakers, three in ten with
 *       sentiment, 100 to a directory (20 directories), so that a subset is a list of directories;
 *   <li>{@code 1h.json}, {@code 10h.json}, {@code 100h.json}: {@link BenchmarkData}'s document (4
 *       speakers, sentiment) of that length;
 *   <li>{@code 96h.json}: the same at 96 hours, about 245 MiB, the size the command line promises to
 *       read in 128 MiB of heap ({@link LargeResultCheck}).
 * </ul>
 *
 * <p>A file already present is kept (every file is written under a temporary name and moved into place
 * when complete, so a present file is a whole one): a second run only fills in what is missing.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar
 * io.github.amivoicetoolkit.benchmarks.WholeProcessInputs DIR [calls, default 2000]}
 */
public final class WholeProcessInputs {
  static final long TREE_SEED = 20261129L;
  static final int CALLS_PER_DIRECTORY = 100;

  private WholeProcessInputs() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: WholeProcessInputs DIR [calls, default 2000]");
      System.exit(2);
    }
    Path dir = Paths.get(args[0]);
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    if (calls < 1) {
      throw new IllegalArgumentException("calls < 1: " + calls);
    }
    Files.createDirectories(dir);
    writeTree(dir.resolve("tree"), calls);
    for (int hours : new int[] {1, 10, 96, 100}) {
      writeIfAbsent(BenchmarkData.generator(hours * 60), dir.resolve(hours + "h.json"));
    }
  }

  /**
   * Each call's length, speakers and sentiment come from one sequence of draws, so call {@code i} is the
   * same whatever the number of calls asked for.
   */
  private static void writeTree(Path tree, int calls) throws IOException {
    SplittableRandom draws = new SplittableRandom(TREE_SEED);
    for (int i = 0; i < calls; i++) {
      long seed = draws.nextLong();
      // tenths of a minute: lengths spread evenly over 3.0–10.0
      double minutes = draws.nextInt(30, 101) / 10.0;
      int speakers = draws.nextInt(2, 5);
      boolean sentiment = draws.nextInt(10) < 3;
      SyntheticResults call = SyntheticResults.builder()
          .seed(seed)
          .minutes(minutes)
          .speakers(speakers)
          .language(SyntheticResults.Language.JAPANESE)
          .sentiment(sentiment)
          .pretty(false)
          .build();
      Path directory = tree.resolve(String.format("d%02d", i / CALLS_PER_DIRECTORY));
      Files.createDirectories(directory);
      writeIfAbsent(call, directory.resolve(String.format("call-%04d.json", i)));
    }
  }

  private static void writeIfAbsent(SyntheticResults generator, Path file) throws IOException {
    if (Files.isRegularFile(file)) {
      return;
    }
    generator.writeTo(file);
    System.out.printf("wrote %s (%,d bytes)%n", file, Files.size(file));
  }
}
