package io.github.amivoicetoolkit.benchmarks;

import com.sun.management.ThreadMXBean;
import io.github.amivoicetoolkit.core.ReadOptions;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained size of a {@link Transcript} and bytes allocated per parse, against the JSON's size.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.amivoicetoolkit.benchmarks.MemoryReport [minutes...]}.
 * Retained size is JOL's walk of the object graph; allocation is the thread's allocated-bytes counter
 * around one parse after warm-up (so class loading and JIT are excluded).
 */
public final class MemoryReport {
  private MemoryReport() {}

  public static void main(String[] args) throws IOException {
    int[] lengths = args.length == 0 ? new int[] {90, 600} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt)
        .toArray();
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    // one thread: the allocation counter below is the calling thread's
    TranscriptReader reader = new TranscriptReader(ReadOptions.builder().parallelThresholdBytes(-1).build());
    System.out.printf("%8s %12s %9s %14s %9s %14s %10s%n", "minutes", "json bytes", "tokens", "retained bytes",
        "retained%", "alloc/parse", "alloc/ret");
    for (int minutes : lengths) {
      byte[] json = BenchmarkData.japaneseResult(minutes);
      Transcript transcript = null;
      for (int warm = 0; warm < 5; warm++) {
        transcript = reader.read(json, "warm.json");
      }
      long before = threads.getCurrentThreadAllocatedBytes();
      transcript = reader.read(json, "measured.json");
      long allocated = threads.getCurrentThreadAllocatedBytes() - before;
      long retained = GraphLayout.parseInstance(transcript).totalSize();
      System.out.printf("%8d %,12d %,9d %,14d %8.1f%% %,14d %9.2fx%n", minutes, json.length,
          transcript.tokens().size(), retained, 100.0 * retained / json.length, allocated,
          (double) allocated / retained);
    }
  }
}
