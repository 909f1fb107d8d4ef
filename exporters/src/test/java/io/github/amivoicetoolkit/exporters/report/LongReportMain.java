package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Reads a result and writes its HTML report and Word transcript, in a JVM of its own so that its heap
 * limit is the claim under test; prints the heap in use after a full collection, once with the transcript
 * read and once after writing, and the peak of the heap pools.
 */
public final class LongReportMain {
  private LongReportMain() {}

  public static void main(String[] args) throws Exception {
    Transcript transcript = new TranscriptReader().read(Path.of(args[0]));
    TranscriptStats stats = TranscriptStats.of(transcript);
    long afterRead = usedAfterGc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    new HtmlReportWriter(ReportOptions.defaults()).write(transcript, stats, Path.of(args[1]));
    new DocxTranscriptWriter(ReportOptions.defaults()).write(transcript, stats, Path.of(args[2]));
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("tokens=%d afterRead=%d peakWhileWriting=%d afterWrite=%d%n", transcript.tokens().size(),
        afterRead, peak, usedAfterGc());
    System.out.flush();
    // keep the transcript reachable until here, so the figures above include it
    if (transcript.tokens().size() < 0) {
      throw new AssertionError();
    }
  }

  private static long usedAfterGc() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
