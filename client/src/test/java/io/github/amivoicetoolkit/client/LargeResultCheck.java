package io.github.amivoicetoolkit.client;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a JVM of its own with a small heap by {@link LargeResultTest}: awaits a job whose result
 * is several times larger than the heap and saves it to a file. Arguments: endpoint, session id,
 * output file; the APPKEY comes from {@code AMIVOICE_APPKEY}.
 */
public final class LargeResultCheck {

  private LargeResultCheck() {}

  public static void main(String[] args) throws Exception {
    AmiVoiceClient client = AmiVoiceClient.builder().endpoint(URI.create(args[0]))
        .pollingPolicy(AmiVoiceClientTest.FAST_POLLING).build();
    Path output = Path.of(args[2]);
    long start = System.nanoTime();
    try (RecognitionResult result = client.await(Job.of(args[1]), s -> {}, output)) {
      System.out.printf("result: %d MiB, %,d tokens, in %s, %d ms%n", Files.size(output) >> 20,
          result.transcript().tokens().size(), result.rawFile().getFileName(), (System.nanoTime() - start) / 1_000_000);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("OK max heap %d MiB, peak heap used %d MiB%n",
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
  }
}
