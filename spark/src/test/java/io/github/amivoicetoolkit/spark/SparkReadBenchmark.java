package io.github.amivoicetoolkit.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.sum;

import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Whole-job benchmark: {@code format("amivoice")} against what a data team writes without it, the
 * {@code multiLine} JSON source with explodes, on generated results. Each job runs in a JVM of its own
 * ({@code local[2]}, same heap and options), timed from the JVM's start — session start included — until
 * the Parquet output is written; at that moment the JVM reports its CPU time, the time its JIT compilers
 * spent, its peak resident set (Linux {@code VmHWM}) and its peak heap. Runs alternate
 * (baseline, amivoice, amivoice, baseline, …) so that a drift in the machine's speed falls on both.
 *
 * <p>The job: per file and speaker, talk time, token count and mean confidence, written to Parquet as
 * {@code file, speaker, talk_ms, tokens, conf_mean} by every variant.
 * <ul>
 *   <li>{@code amivoice}: the {@code speakers} table's {@code talk_ms}, {@code words}, {@code conf_mean} —
 *       talk time as the union of timed word and filler intervals, speakers resolved per docs/figures.md;
 *   <li>{@code baseline}: {@code read.option("multiLine", true).json(dir)} (which infers its schema in a
 *       pass of its own), explode {@code segments}, then {@code results}, then {@code tokens}; group by
 *       file and {@code label}; talk time as Σ (endtime − starttime), count(*) and avg(confidence). It is
 *       the simple version, and wrong where the figures are careful (overlap inside a speaker counted
 *       twice, punctuation counted, unlabelled tokens not resolved) — and it is still slower;
 *   <li>{@code tokens} (only with {@code --variants baseline,amivoice,tokens}): the baseline's aggregation over
 *       the {@code tokens} table, so that only the reader differs.
 * </ul>
 *
 * <p>The default input is 2,000 calls of 5 minutes (two to four speakers, about 0.9 GB of pretty-printed
 * JSON): a contact centre's average call, long enough that reading, not session start, is what is measured.
 *
 * <p>Run (generates the inputs once under {@code target/spark-benchmark}):
 * <pre>
 * ./mvnw -B -q -pl spark -am test-compile exec:exec -Dexec.skip -Dexec.executable=java \
 *     -Dbenchmark.args="--files 2000 --minutes 5 --repeat 3"
 * </pre>
 */
public final class SparkReadBenchmark {
  /**
   * Parquet files the amivoice job writes. Its scan has one partition per packed group of files (about
   * 70 here); {@code coalesce} merges them into 4 tasks without a shuffle, where writing as they come
   * would commit 70 tiny files (on the local file system, a {@code chmod} process each). The baseline's
   * aggregation shuffles, and adaptive execution coalesces that into one file.
   */
  private static final int OUTPUT_FILES = 4;

  private static final List<String> VARIANTS = List.of("baseline", "amivoice", "tokens");

  /** What both jobs write. */
  private static final List<String> COLUMNS = List.of("file", "speaker", "talk_ms", "tokens", "conf_mean");

  private SparkReadBenchmark() {}

  /** One job's figures, as its JVM printed them on its {@code RESULT} line. */
  record Run(String variant, double wallS, double sessionS, double cpuS, double jitS, long rssMb, long heapMb,
      long rows) {
    static Run parse(String line) {
      Map<String, String> fields = new HashMap<>();
      for (String field : line.substring("RESULT ".length()).split(" ")) {
        int eq = field.indexOf('=');
        fields.put(field.substring(0, eq), field.substring(eq + 1));
      }
      return new Run(fields.get("variant"), Double.parseDouble(fields.get("wall")),
          Double.parseDouble(fields.get("session")), Double.parseDouble(fields.get("cpu")),
          Double.parseDouble(fields.get("jit")), Long.parseLong(fields.get("rss")),
          Long.parseLong(fields.get("heap")), Long.parseLong(fields.get("rows")));
    }

    String line() {
      return String.format(Locale.ROOT, "RESULT variant=%s wall=%.2f session=%.2f cpu=%.2f jit=%.2f rss=%d heap=%d"
          + " rows=%d", variant, wallS, sessionS, cpuS, jitS, rssMb, heapMb, rows);
    }

    String describe(double mb) {
      return String.format(Locale.ROOT, "%-8s whole job %6.1f s (%6.1f MB/s; session start %4.1f s, after it"
          + " %6.1f s)  CPU %6.1f s (JIT %5.1f s)  peak RSS %,5d MB  peak heap %,5d MB  rows %,d", variant, wallS,
          mb / wallS, sessionS, wallS - sessionS, cpuS, jitS, rssMb, heapMb, rows);
    }
  }

  public static void main(String[] args) throws Exception {
    String mode = "all";
    int files = 2000;
    double minutes = 5;
    int repeat = 3;
    List<String> variants = List.of("baseline", "amivoice");
    Path dir = Path.of("target", "spark-benchmark").toAbsolutePath();
    Path given = null;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--mode" -> mode = args[i + 1];
        case "--files" -> files = Integer.parseInt(args[i + 1]);
        case "--minutes" -> minutes = Double.parseDouble(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]).toAbsolutePath();
        case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
        case "--input" -> given = Path.of(args[i + 1]).toAbsolutePath();
        case "--variants" -> variants = List.of(args[i + 1].split(","));
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; expected --mode all|"
            + String.join("|", VARIANTS) + ", --variants baseline,amivoice[,tokens], --files N, --minutes M,"
            + " --repeat R, --dir D, --input I");
      }
    }
    Path input = given != null ? given
        : dir.resolve(String.format(Locale.ROOT, "input-%d-%.1fmin", files, minutes));
    switch (mode) {
      case "all" -> {
        if (!VARIANTS.containsAll(variants) || !variants.get(0).equals("baseline") || variants.size() < 2) {
          throw new IllegalArgumentException("expected --variants baseline, then some of " + VARIANTS
              + ", but was " + variants);
        }
        long bytes = given != null ? size(input) : generate(input, files, minutes);
        compare(input, bytes, dir, variants, repeat);
      }
      default -> {
        if (!VARIANTS.contains(mode)) {
          throw new IllegalArgumentException("unknown mode " + mode);
        }
        System.out.println(run(mode, input, dir.resolve("out-" + mode)).line());
      }
    }
  }

  private static void compare(Path input, long bytes, Path dir, List<String> variants, int repeat) throws Exception {
    double mb = bytes / 1e6;
    System.out.printf(Locale.ROOT, "input: %,d files, %,.1f MB, in %s%n", fileCount(input), mb, input);
    System.out.printf(Locale.ROOT, "machine: %d cores visible, %s %s, Java %s, load average %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
        System.getProperty("java.version"), loadAverage());
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    variants.forEach(variant -> runs.put(variant, new ArrayList<>()));
    for (int r = 0; r < repeat; r++) {
      List<String> order = new ArrayList<>(variants);
      if (r % 2 == 1) {
        Collections.reverse(order);
      }
      for (String variant : order) {
        Run run = fork(variant, input, dir);
        runs.get(variant).add(run);
        System.out.println(run.describe(mb));
      }
    }
    System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
    List<Run> baseline = runs.get("baseline");
    for (String variant : variants.subList(1, variants.size())) {
      List<Run> other = runs.get(variant);
      System.out.printf(Locale.ROOT, "%s against baseline, medians of %d: whole job %.1f s against %.1f s;"
          + " medians of the pairs' ratios:%n", variant, repeat, median(other, Run::wallS), median(baseline, Run::wallS));
      System.out.printf(Locale.ROOT, "  throughput, whole job           %.2fx%n",
          medianRatio(baseline, other, Run::wallS));
      System.out.printf(Locale.ROOT, "  throughput, after session start %.2fx%n",
          medianRatio(baseline, other, run -> run.wallS() - run.sessionS()));
      System.out.printf(Locale.ROOT, "  CPU time                        %.2fx less%n",
          medianRatio(baseline, other, Run::cpuS));
      System.out.printf(Locale.ROOT, "  peak RSS                        %.2f of the baseline's%n",
          1 / medianRatio(baseline, other, run -> (double) run.rssMb()));
      System.out.printf(Locale.ROOT, "  peak heap                       %.2f of the baseline's%n",
          1 / medianRatio(baseline, other, run -> (double) run.heapMb()));
    }
  }

  private static double median(List<Run> runs, ToDoubleFunction<Run> figure) {
    return median(runs.stream().mapToDouble(figure).toArray());
  }

  /** The median over pairs (the i-th run of each) of baseline figure / other figure. */
  private static double medianRatio(List<Run> baseline, List<Run> other, ToDoubleFunction<Run> figure) {
    double[] ratios = new double[baseline.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = figure.applyAsDouble(baseline.get(i)) / figure.applyAsDouble(other.get(i));
    }
    return median(ratios);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String loadAverage() throws IOException {
    Path loadavg = Path.of("/proc/loadavg");
    if (!Files.exists(loadavg)) {
      return "unknown";
    }
    String[] fields = Files.readString(loadavg).split(" ");
    return fields[0] + ", " + fields[1] + ", " + fields[2];
  }

  private static long size(Path input) throws IOException {
    try (Stream<Path> list = Files.list(input)) {
      long bytes = 0;
      for (Path file : list.toList()) {
        bytes += Files.size(file);
      }
      return bytes;
    }
  }

  private static long generate(Path input, int files, double minutes) throws IOException {
    Files.createDirectories(input);
    long bytes = 0;
    for (int i = 0; i < files; i++) {
      Path file = input.resolve(String.format(Locale.ROOT, "call-%05d.json", i));
      if (!Files.exists(file)) {
        SyntheticResults.builder().seed(i).minutes(minutes).speakers(2 + i % 3).build().writeTo(file);
      }
      bytes += Files.size(file);
    }
    return bytes;
  }

  /** Runs one variant in a JVM of its own with the same heap and the options Spark needs on Java 17. */
  private static Run fork(String variant, Path input, Path dir) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    for (String option : System.getProperty("spark.jvm.options", "").split("\\s+")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SparkReadBenchmark.class.getName());
    command.addAll(List.of("--mode", variant, "--dir", dir.toString(), "--input", input.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile()).start();
    String result = null;
    List<String> output = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("RESULT ")) {
          result = line;
        } else {
          output.add(line);
        }
      }
    }
    if (process.waitFor() != 0 || result == null) {
      output.forEach(System.err::println);
      throw new IllegalStateException(variant + " failed with exit code " + process.exitValue());
    }
    return Run.parse(result);
  }

  /** The job, in this JVM; the figures are taken once the output is written, before it is checked. */
  private static Run run(String variant, Path input, Path out) throws IOException {
    deleteTree(out);
    SparkSession spark = SparkSession.builder().appName("amivoice-benchmark-" + variant).master("local[2]")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    double session = secondsSinceJvmStart();
    Dataset<Row> perSpeaker = switch (variant) {
      case "amivoice" -> amivoice(spark, input);
      case "tokens" -> tokens(spark, input);
      default -> baseline(spark, input);
    };
    perSpeaker.write().parquet(out.toString());
    double wall = secondsSinceJvmStart();
    double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
    double jit = compilerCpuSeconds();
    long rss = peakRssMb();
    long heap = peakHeapMb();
    Dataset<Row> written = spark.read().parquet(out.toString());
    if (!List.of(written.columns()).equals(COLUMNS)) {
      throw new IllegalStateException(variant + " wrote " + List.of(written.columns()) + ", expected " + COLUMNS);
    }
    long rows = written.count();
    spark.stop();
    return new Run(variant, wall, session, cpu, jit, rss, heap, rows);
  }

  private static double secondsSinceJvmStart() {
    return (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
  }

  static Dataset<Row> amivoice(SparkSession spark, Path input) {
    return spark.read().format("amivoice").option("table", "speakers").load(input.toString())
        .select(col("file"), col("speaker"), col("talk_ms"), col("words").as("tokens"), col("conf_mean"))
        .coalesce(OUTPUT_FILES);
  }

  /** The baseline's aggregation over the {@code tokens} table instead of exploded JSON: the reader alone differs. */
  static Dataset<Row> tokens(SparkSession spark, Path input) {
    return spark.read().format("amivoice").option("table", "tokens").load(input.toString())
        .groupBy(col("file"), col("speaker"))
        .agg(sum(col("end_ms").minus(col("start_ms"))).as("talk_ms"), count(col("written")).as("tokens"),
            avg(col("confidence")).as("conf_mean"));
  }

  static Dataset<Row> baseline(SparkSession spark, Path input) {
    Dataset<Row> results = spark.read().option("multiLine", true).json(input.toString())
        .withColumn("file", input_file_name())
        .select(col("file"), explode(col("segments")).as("segment"))
        .select(col("file"), explode(col("segment.results")).as("result"))
        .select(col("file"), explode(col("result.tokens")).as("token"));
    return results.groupBy(col("file"), col("token.label").as("speaker"))
        .agg(sum(col("token.endtime").minus(col("token.starttime"))).as("talk_ms"),
            count(col("token.written")).as("tokens"), avg(col("token.confidence")).as("conf_mean"));
  }

  private static long fileCount(Path input) throws IOException {
    try (Stream<Path> list = Files.list(input)) {
      return list.count();
    }
  }

  /**
   * CPU time of the JIT compiler threads (Linux: their {@code utime + stime} in {@code /proc}, in ticks of
   * 1/100 s, USER_HZ on Linux), -1 elsewhere. The compilation MXBean gives wall time, which on a loaded
   * machine says more about the load than about the compilers.
   */
  private static double compilerCpuSeconds() throws IOException {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.exists(tasks)) {
      return -1;
    }
    long ticks = 0;
    try (Stream<Path> list = Files.list(tasks)) {
      for (Path task : list.toList()) {
        try {
          if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
            String stat = Files.readString(task.resolve("stat"));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
          }
        } catch (IOException e) {
          // a compiler thread may end while it is read: it is not counted
        }
      }
    }
    return ticks / 100.0;
  }

  private static long peakRssMb() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
