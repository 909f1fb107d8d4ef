package io.github.amivoicetoolkit.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Paired A/B of two builds of the reader: each benchmarks jar is loaded by its own class loader into
 * one JVM and their parses of the same document alternate, so both see the same load and the same
 * heap; the figure is the median over rounds of B's time divided by A's time in that round.
 *
 * <p>On a shared machine this separates changes of 2-3 % where separate runs of {@link ParseTiming}
 * or JMH do not: those move by 5-10 % between JVM launches. Launch it a few times all the same, as
 * the JIT compiles each build's code its own way in every JVM.
 *
 * <p>Run: {@code java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar
 * io.github.amivoicetoolkit.benchmarks.ParseAB before.jar after.jar [minutes] [rounds]} (defaults 600
 * and 30), with {@code before.jar} a copy of {@code benchmarks.jar} built before the change.
 */
public final class ParseAB {
  private ParseAB() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ParseAB before.jar after.jar [minutes] [rounds]");
    }
    int minutes = args.length > 2 ? Integer.parseInt(args[2]) : 600;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    byte[] json = BenchmarkData.japaneseResult(minutes);
    Build before = new Build(Path.of(args[0]));
    Build after = new Build(Path.of(args[1]));
    for (int warm = 0; warm < Math.max(10, 30 * 90 / minutes); warm++) {
      before.parse(json);
      after.parse(json);
    }
    long[] beforeTimes = new long[rounds];
    long[] afterTimes = new long[rounds];
    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      // alternate which goes first, so neither always runs in the other's wake (its garbage, its cache)
      if (round % 2 == 0) {
        beforeTimes[round] = before.parse(json);
        afterTimes[round] = after.parse(json);
      } else {
        afterTimes[round] = after.parse(json);
        beforeTimes[round] = before.parse(json);
      }
      ratios[round] = (double) afterTimes[round] / beforeTimes[round];
    }
    Arrays.sort(beforeTimes);
    Arrays.sort(afterTimes);
    Arrays.sort(ratios);
    System.out.printf("%d min, %d rounds: before min %.2f / median %.2f ms, after min %.2f / median %.2f ms;"
        + " after / before paired time ratio median %.3f (quartiles %.3f-%.3f)%n", minutes, rounds,
        beforeTimes[0] / 1e6, beforeTimes[rounds / 2] / 1e6, afterTimes[0] / 1e6, afterTimes[rounds / 2] / 1e6,
        ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4]);
  }

  /** One build's {@code TranscriptReader}, called by reflection: its classes are not ours. */
  private static final class Build {
    private final Object reader;
    private final Method read;

    Build(Path jar) throws Exception {
      URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> readerClass = loader.loadClass("io.github.amivoicetoolkit.core.TranscriptReader");
      reader = readerClass.getConstructor().newInstance();
      read = readerClass.getMethod("read", byte[].class, String.class);
    }

    /** Nanoseconds for one parse. */
    long parse(byte[] json) throws Exception {
      long start = System.nanoTime();
      read.invoke(reader, json, "ab.json");
      return System.nanoTime() - start;
    }
  }
}
