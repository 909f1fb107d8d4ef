package io.github.amivoicetoolkit.benchmarks;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.openjdk.jol.info.GraphLayout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH {@code -prof gc -rf json} result file into the Markdown tables of {@code benchmarks/README.md}:
 * throughput with its error, MiB/s of JSON, allocation per operation, the baselines side by side, and
 * each target of the benchmarks issue checked as a ratio of figures from the same run.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.amivoicetoolkit.benchmarks.ResultsTable
 * benchmarks/results/jmh-full.json}. It regenerates the documents (to know their sizes) and parses them
 * once each for the retained size (JOL).
 */
public final class ResultsTable {
  private static final String PACKAGE = "io.github.amivoicetoolkit.benchmarks.";
  private static final double MIB = 1024.0 * 1024.0;
  private static final String[] PARSE_SUITES = {"ParseBenchmark", "ParseSmallHeapBenchmark"};

  /** One benchmark at one length: score in ops/s, its 99.9% error, bytes allocated per op, token rows/s. */
  private record Score(double opsPerSecond, double error, double allocPerOp, double tokenRowsPerSecond) {
    double msPerOp() {
      return 1000.0 / opsPerSecond;
    }
  }

  private final Map<String, Score> scores = new LinkedHashMap<>();
  private final TreeSet<Integer> lengths = new TreeSet<>();

  private ResultsTable() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ResultsTable jmh-result.json...");
      System.exit(2);
    }
    ResultsTable table = new ResultsTable();
    for (String file : args) {
      table.load(Path.of(file));
    }
    table.print();
  }

  private void load(Path file) {
    for (JsonNode run : JsonMapper.builder().build().readTree(file.toFile())) {
      String name = run.get("benchmark").asString().replace(PACKAGE, "");
      int minutes = run.get("params").get("minutes").asInt();
      JsonNode primary = run.get("primaryMetric");
      JsonNode secondary = run.get("secondaryMetrics");
      scores.put(key(name, minutes), new Score(primary.get("score").asDouble(), primary.get("scoreError").asDouble(),
          metric(secondary, "gc.alloc.rate.norm"), metric(secondary, "tokenRows")));
      lengths.add(minutes);
    }
  }

  private static double metric(JsonNode secondary, String name) {
    JsonNode metric = secondary == null ? null : secondary.get(name);
    return metric == null ? Double.NaN : metric.get("score").asDouble();
  }

  private static String key(String benchmark, int minutes) {
    return benchmark + "@" + minutes;
  }

  private Score score(String benchmark, int minutes) {
    return scores.get(key(benchmark, minutes));
  }

  private void print() throws IOException {
    Map<Integer, long[]> sizes = new LinkedHashMap<>();
    for (int minutes : lengths) {
      byte[] json = BenchmarkData.japaneseResult(minutes);
      Transcript transcript = new TranscriptReader().read(json, "bench.json");
      sizes.put(minutes, new long[] {json.length, GraphLayout.parseInstance(transcript).totalSize(),
          transcript.tokens().size()});
    }

    System.out.println("### Parse (JSON bytes → result)\n");
    System.out.println("| length | heap | JSON | benchmark | ops/s ± 99.9% | ms/op | MiB/s of JSON | alloc/op | × token loop |");
    System.out.println("|---|---|---:|---|---:|---:|---:|---:|---:|");
    String[] parsers = {"transcriptReader", "jacksonTokenLoop", "databindTree", "databindRecords"};
    for (String suite : PARSE_SUITES) {
      for (int minutes : lengths) {
        double jsonMib = sizes.get(minutes)[0] / MIB;
        Score loop = score(suite + ".jacksonTokenLoop", minutes);
        for (String parser : parsers) {
          Score s = score(suite + "." + parser, minutes);
          if (s != null) {
            System.out.printf("| %s | %s | %.1f MiB | %s | %.2f ± %.2f | %.1f | %.0f | %s | %s |%n", length(minutes),
                heap(suite), jsonMib, parser, s.opsPerSecond, s.error, s.msPerOp(), s.opsPerSecond * jsonMib,
                mebibytes(s.allocPerOp), loop == null ? "" : String.format("%.2f", s.opsPerSecond / loop.opsPerSecond));
          }
        }
      }
    }

    System.out.println("\n### Analytics and export (of a parsed transcript)\n");
    System.out.println("| length | tokens | benchmark | ops/s ± 99.9% | ms/op | token rows/s | alloc/op |");
    System.out.println("|---|---:|---|---:|---:|---:|---:|");
    for (int minutes : lengths) {
      for (Map.Entry<String, Score> entry : scores.entrySet()) {
        String name = entry.getKey().substring(0, entry.getKey().indexOf('@'));
        if (!name.startsWith("Parse") && entry.getKey().endsWith("@" + minutes)) {
          Score s = entry.getValue();
          System.out.printf("| %s | %,d | %s | %.2f ± %.2f | %.2f | %s | %s |%n", length(minutes), sizes.get(minutes)[2],
              name, s.opsPerSecond, s.error, s.msPerOp(),
              Double.isNaN(s.tokenRowsPerSecond) ? "" : String.format("%,.0f", s.tokenRowsPerSecond),
              mebibytes(s.allocPerOp));
        }
      }
    }

    System.out.println("\n### Targets\n");
    System.out.println("| length | target | measured | verdict |");
    System.out.println("|---|---|---:|---|");
    for (int minutes : lengths) {
      long[] size = sizes.get(minutes);
      Score reader = score("ParseBenchmark.transcriptReader", minutes);
      Score loop = score("ParseBenchmark.jacksonTokenLoop", minutes);
      if (reader != null && loop != null) {
        check(minutes, "reader ≥ 75% of token loop", reader.opsPerSecond / loop.opsPerSecond, 0.75, Bound.AT_LEAST,
            "%.0f%%", 100);
      }
      for (String suite : PARSE_SUITES) {
        Score ours = score(suite + ".transcriptReader", minutes);
        Score theirs = score(suite + ".databindTree", minutes);
        if (ours != null && theirs != null) {
          check(minutes, "reader ≥ 3× tree (heap " + heap(suite) + ")", ours.opsPerSecond / theirs.opsPerSecond, 3,
              Bound.AT_LEAST, "%.2f×", 1);
        }
      }
      if (reader != null) {
        check(minutes, "alloc/parse ≤ 1.5× retained (JMH gc.alloc.rate.norm)", reader.allocPerOp / size[1], 1.5,
            Bound.AT_MOST, "%.2f×", 1);
      }
      check(minutes, "retained ≤ 20% of JSON (JOL)", (double) size[1] / size[0], 0.20, Bound.AT_MOST, "%.1f%%",
          100);
      for (String analytics : new String[] {"stats", "statsWithTables"}) {
        Score s = score("AnalyticsBenchmark." + analytics, minutes);
        if (s != null && reader != null) {
          check(minutes, "analytics (" + analytics + ") < 10% of parse", s.msPerOp() / reader.msPerOp(), 0.10,
              Bound.BELOW, "%.1f%%", 100);
        }
      }
      for (String export : new String[] {"csvTokens", "csvAllTables"}) {
        Score s = score("ExportBenchmark." + export, minutes);
        if (s != null) {
          check(minutes, "CSV (" + export + ") ≥ 100,000 token rows/s", s.tokenRowsPerSecond, 100_000,
              Bound.AT_LEAST, "%,.0f", 1);
        }
      }
      for (String export : new String[] {"xlsxTokens", "xlsxWorkbook"}) {
        Score s = score("ExportBenchmark." + export, minutes);
        if (s != null) {
          check(minutes, "XLSX (" + export + ") ≥ 50,000 token rows/s", s.tokenRowsPerSecond, 50_000,
              Bound.AT_LEAST, "%,.0f", 1);
        }
      }
    }
  }

  private enum Bound { AT_LEAST, AT_MOST, BELOW }

  /** Prints one target row: the measured value (times {@code scale}, in {@code format}) and PASS or MISS. */
  private static void check(int minutes, String target, double value, double limit, Bound bound, String format,
      double scale) {
    boolean pass = switch (bound) {
      case AT_LEAST -> value >= limit;
      case AT_MOST -> value <= limit;
      case BELOW -> value < limit;
    };
    System.out.printf("| %s | %s | " + format + " | %s |%n", length(minutes), target, value * scale,
        pass ? "PASS" : "**MISS**");
  }

  private static String heap(String suite) {
    return suite.equals("ParseSmallHeapBenchmark") ? "256 MiB" : "2 GiB";
  }

  private static String length(int minutes) {
    return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
  }

  private static String mebibytes(double bytes) {
    return Double.isNaN(bytes) ? "" : String.format("%.2f MiB", bytes / MIB);
  }
}
