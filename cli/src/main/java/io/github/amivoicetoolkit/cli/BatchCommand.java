package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.analytics.BatchStats;
import io.github.amivoicetoolkit.analytics.StatsTables;
import io.github.amivoicetoolkit.analytics.StatsText;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import io.github.amivoicetoolkit.exporters.report.BatchChartSheet;
import io.github.amivoicetoolkit.exporters.report.HtmlIndexWriter;
import io.github.amivoicetoolkit.exporters.table.CsvExporter;
import io.github.amivoicetoolkit.exporters.table.XlsxExporter;
import io.github.amivoicetoolkit.exporters.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@code amivoice batch}: whole trees of result files, in parallel, mirrored into an output tree. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Convert every result file under directories or matching globs, in parallel.",
        "Reads .json, .json.gz and .jsonl files and mirrors the input tree under OUTDIR. Goes on past bad"
            + " files, prints every file's figures in input order, then the pooled figures and a summary (done,"
            + " skipped, failed with reasons). Writes OUTDIR/summary.csv (a row per file and speaker, per file,"
            + " and pooled) and, with xlsx, OUTDIR/summary.xlsx (the same, plus a Files sheet). Outputs newer"
            + " than their input and made with the same options (recorded in OUTDIR/.amivoice-batch) are skipped"
            + " unless --force. Links that lead out of an input tree are skipped unless --follow-links; nothing is"
            + " written outside OUTDIR, even through a link inside it. Exit code 1 when any file failed."},
    footer = {"", "Examples:",
        "  amivoice batch results/ -o converted/ --to xlsx,srt",
        "  amivoice batch 'results/**/*.json.gz' -o out --to csv --csv rfc4180 --jobs 4"})
final class BatchCommand implements Callable<Integer> {
  /** Base name of the batch-level files: {@code OUTDIR/summary.csv} and {@code OUTDIR/summary.xlsx}. */
  static final String SUMMARY = "summary";

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR|GLOB", description = "Directories (searched recursively) or globs.")
  private List<String> sources;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", required = true, description = "Output directory.")
  private Path output;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files converted at once (default: cores).")
  private int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--force", description = "Rewrite outputs even when they are up to date.")
  private boolean force;

  @Option(names = "--follow-links",
      description = "Follow links to files and directories wherever they lead (default: links that lead out of"
          + " the directory or glob base given are skipped, with a note).")
  private boolean followLinks;

  @Option(names = "--progress", paramLabel = "auto|bar|lines", defaultValue = "auto",
      description = "Progress display: a bar on a terminal, plain lines otherwise (default: ${DEFAULT-VALUE}).")
  private String progressMode;

  @Mixin
  private ConversionOptions conversion;

  @Mixin
  private ReadFlags readFlags;

  @Mixin
  private Verbosity verbosity;

  /** One input, with its size as the walk of the tree found it (one {@code stat} per input). */
  private record Job(Path file, Path relative, long size) {}

  /**
   * What became of one input: {@code done}, {@code skipped} (up to date) or {@code failed}; the tokens read
   * and the call's span (-1 when it could not be read), and how long it took.
   */
  private record Outcome(Job job, String state, String reason, long bytes, int tokens, long spanMs,
      long processingMs) {
    /** Tokens converted: the summary line counts only files whose outputs were written. */
    int tokensConverted() {
      return state.equals("done") ? tokens : 0;
    }
  }

  @Override
  public Integer call() throws Exception {
    if (jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs < 1: " + jobs);
    }
    Converter converter = conversion.converter();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Job> work = findInputs(err);
    if (work.isEmpty()) {
      err.println("amivoice: no result files (.json, .json.gz, .jsonl) found in " + String.join(" ", sources));
      return Main.EXIT_INPUT_FAILED;
    }
    long totalBytes = work.stream().mapToLong(Job::size).sum();
    Progress progress = Progress.create(progressMode, err, work.size(), totalBytes);
    InputOrder pooled = new InputOrder(new BatchStats(converter.analytics()), work.size());
    TranscriptReader reader = readFlags.reader();
    Outcome[] outcomes = new Outcome[work.size()];
    Files.createDirectories(output);
    Path outputReal = output.toRealPath();
    deleteStaleTemporaries(work, converter);
    BatchJournal journal = BatchJournal.open(output);
    Map<String, String> fingerprints = converter.fingerprints();
    Set<Path> checkedDirectories = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, work.size()));
    try (journal) {
      List<Future<?>> futures = new ArrayList<>();
      for (int index = 0; index < work.size(); index++) {
        Job job = work.get(index);
        int slot = index;
        futures.add(pool.submit(() -> {
          Outcome outcome = convertOne(slot, job, converter, reader, pooled, journal, fingerprints, outputReal,
              checkedDirectories, err);
          outcomes[slot] = outcome;
          progress.fileDone(job.relative().toString(), outcome.state(), job.size(), outcome.reason());
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
    List<Outcome> inOrder = List.of(outcomes);
    List<Path> summaries = writeSummaries(pooled.batch(), inOrder, converter, work);
    if (converter.formats().contains(OutputFormat.HTML)) {
      writeIndex(work, pooled.batch(), out);
    }
    return summarise(inOrder, pooled.batch(), summaries, out);
  }

  /** {@code OUTDIR/index.html}: pooled figures and a row per completed file, linking its report. */
  private void writeIndex(List<Job> work, BatchStats pooled, PrintWriter out) throws IOException {
    Map<String, String> reports = new LinkedHashMap<>();
    for (Job job : work) {
      String report = InputFile.baseName(job.file().getFileName().toString()) + ".html";
      Path parent = job.relative().getParent();
      reports.put(job.relative().toString(), parent == null ? report : parent.resolve(report).toString());
    }
    out.println("Wrote " + new HtmlIndexWriter().write(pooled, reports, output.resolve("index.html")));
  }

  /**
   * Pools files into the batch in input order, whatever order they finish in, so that the pooled figures
   * and the rows are the same on every run; keeps only the figures of files that finished before an
   * earlier one. Thread-safe.
   */
  private static final class InputOrder {
    private final BatchStats batch;
    private final String[] keys;
    private final TranscriptStats[] waiting;
    private final boolean[] finished;
    private int next;

    InputOrder(BatchStats batch, int files) {
      this.batch = batch;
      this.keys = new String[files];
      this.waiting = new TranscriptStats[files];
      this.finished = new boolean[files];
    }

    BatchStats batch() {
      return batch;
    }

    /** File {@code index} is finished: with its figures to pool, or null when it is not to be pooled. */
    synchronized void finish(int index, String key, TranscriptStats stats) {
      keys[index] = key;
      waiting[index] = stats;
      finished[index] = true;
      while (next < finished.length && finished[next]) {
        if (waiting[next] != null) {
          batch.add(keys[next], waiting[next]);
          waiting[next] = null;
        }
        next++;
      }
    }
  }

  /**
   * Reads, figures and converts one input. {@code checkedDirectories} holds the output directories already
   * created and found inside OUTDIR in this run: each is checked once, not once per file written into it.
   */
  private Outcome convertOne(int index, Job job, Converter converter, TranscriptReader reader, InputOrder pooled,
      BatchJournal journal, Map<String, String> fingerprints, Path outputReal, Set<Path> checkedDirectories,
      PrintWriter err) {
    long startNanos = System.nanoTime();
    Path targetDirectory = targetDirectory(job);
    String baseName = InputFile.baseName(job.file().getFileName().toString());
    long bytes = job.size();
    String key = job.relative().toString();
    TranscriptStats pooledStats = null;
    int tokens = -1;
    long spanMs = -1;
    try {
      boolean current = !force && journal.madeWith(key, fingerprints)
          && upToDate(job.file(), converter.markerFiles(targetDirectory, baseName));
      // an up-to-date file is still read: the pooled statistics cover every file, not only the rewritten
      Transcript transcript = converter.named(reader.read(job.file()), key, err);
      tokens = transcript.tokens().size();
      TranscriptStats stats = TranscriptStats.of(transcript, converter.analytics());
      if (!stats.isCompletedResult()) {
        return new Outcome(job, "failed", "not a completed result: " + transcript.job().describe(), bytes, tokens,
            -1, elapsedMs(startNanos));
      }
      spanMs = stats.total().spanMs();
      if (!current) {
        if (!checkedDirectories.contains(targetDirectory)) {
          createInside(outputReal, targetDirectory);
          checkedDirectories.add(targetDirectory);
        }
        journal.started(key, fingerprints.keySet());
        converter.convert(transcript, stats, targetDirectory, baseName);
        journal.done(key, fingerprints);
      }
      pooledStats = stats;
      return new Outcome(job, current ? "skipped" : "done", current ? "up to date" : null, bytes, tokens, spanMs,
          elapsedMs(startNanos));
    } catch (IOException | RuntimeException e) {
      String reason = InputFile.describeFailure(e, job.file().toString());
      if (verbosity.verbose) {
        e.printStackTrace();
      }
      return new Outcome(job, "failed", reason, bytes, tokens, spanMs, elapsedMs(startNanos));
    } finally {
      pooled.finish(index, key, pooledStats);
    }
  }

  private static long elapsedMs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /**
   * Deletes the temporary files that a run killed while writing them ({@code kill -9}) left of this
   * batch's outputs and journal: one listing per output directory, before any conversion starts.
   */
  private void deleteStaleTemporaries(List<Job> work, Converter converter) throws IOException {
    Map<Path, Set<String>> outputs = new LinkedHashMap<>();
    outputs.computeIfAbsent(output, directory -> new HashSet<>()).add(BatchJournal.FILE_NAME);
    for (Job job : work) {
      Path directory = targetDirectory(job);
      String baseName = InputFile.baseName(job.file().getFileName().toString());
      for (Path file : converter.outputFiles(directory, baseName)) {
        outputs.computeIfAbsent(directory, d -> new HashSet<>()).add(file.getFileName().toString());
      }
    }
    for (Map.Entry<Path, Set<String>> directory : outputs.entrySet()) {
      if (Files.isDirectory(directory.getKey()) && directory.getKey().toRealPath().startsWith(output.toRealPath())) {
        AtomicFile.deleteStaleTemporaries(directory.getKey(), directory.getValue());
      }
    }
  }

  private Path targetDirectory(Job job) {
    return job.relative().getParent() == null ? output : output.resolve(job.relative().getParent());
  }

  /**
   * Creates {@code directory} (under OUTDIR) unless a link inside OUTDIR would take it, or the files
   * written into it, elsewhere: the deepest part that exists must already be inside OUTDIR's real path.
   */
  private void createInside(Path outputReal, Path directory) throws IOException {
    Path existing = directory;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null) {
      requireInside(outputReal, existing);
    }
    Files.createDirectories(directory);
    requireInside(outputReal, directory);
  }

  private void requireInside(Path outputReal, Path path) throws IOException {
    Path real = path.toRealPath();
    if (!real.startsWith(outputReal)) {
      throw new IOException("refusing to write outside " + output + ": " + path + " leads to " + real);
    }
  }

  private static boolean upToDate(Path input, List<Path> markers) throws IOException {
    FileTime inputTime = Files.getLastModifiedTime(input);
    for (Path marker : markers) {
      if (!Files.exists(marker) || Files.getLastModifiedTime(marker).compareTo(inputTime) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code OUTDIR/summary.csv}, and {@code OUTDIR/summary.xlsx} when xlsx is asked for (with a Files sheet
   * and a Charts sheet: talk and silence share per file),
   * each written atomically. Named {@code summary.batch.*} instead when an input at the top of the tree
   * is itself called {@code summary}, so that its own outputs are never overwritten.
   */
  private List<Path> writeSummaries(BatchStats batch, List<Outcome> outcomes, Converter converter, List<Job> work)
      throws IOException {
    boolean taken = work.stream().anyMatch(job -> job.relative().getParent() == null
        && InputFile.baseName(job.file().getFileName().toString()).equals(SUMMARY));
    String base = taken ? SUMMARY + ".batch" : SUMMARY;
    List<Path> written = new ArrayList<>();
    // rows, not batch.summaryTable(): Tablesaw's Table would scan the whole jar for a CSV-only batch
    written.add(new CsvExporter(converter.csvOptions()).writeRows(StatsTables.SUMMARY_COLUMNS, batch.summaryRows(),
        output.resolve(base + ".csv")));
    if (converter.formats().contains(OutputFormat.XLSX)) {
      Map<String, Table> sheets = new LinkedHashMap<>();
      sheets.put("Summary", batch.summaryTable());
      sheets.put("Files", filesTable(outcomes));
      written.add(new XlsxExporter(converter.xlsxOptions(), new BatchChartSheet(batch))
          .writeTables(sheets, output.resolve(base + ".xlsx")));
    }
    return written;
  }

  /** Every input in input order: status, error, span of the call, tokens read, time it took to process. */
  private static Table filesTable(List<Outcome> outcomes) {
    StringColumn file = StringColumn.create("file");
    StringColumn status = StringColumn.create("status");
    StringColumn error = StringColumn.create("error");
    LongColumn span = LongColumn.create("span_ms");
    LongColumn tokens = LongColumn.create("tokens");
    LongColumn processing = LongColumn.create("processing_ms");
    for (Outcome outcome : outcomes) {
      file.append(outcome.job().relative().toString());
      status.append(outcome.state());
      error.append(outcome.state().equals("failed") ? stripName(outcome.reason(), outcome.job().file()) : "");
      appendOrMissing(span, outcome.spanMs());
      appendOrMissing(tokens, outcome.tokens());
      processing.append(outcome.processingMs());
    }
    return Table.create("files", file, status, error, span, tokens, processing);
  }

  private static void appendOrMissing(LongColumn column, long value) {
    if (value < 0) {
      column.appendMissing();
    } else {
      column.append(value);
    }
  }

  /**
   * Prints the figures per file in input order, then the counts, the summary files and the failures, so
   * that these are the last thing on the terminal.
   */
  private int summarise(List<Outcome> outcomes, BatchStats pooled, List<Path> summaries, PrintWriter out) {
    Map<String, List<Outcome>> byState = new LinkedHashMap<>();
    for (String state : List.of("done", "skipped", "failed")) {
      byState.put(state, new ArrayList<>());
    }
    for (Outcome outcome : outcomes) {
      byState.get(outcome.state()).add(outcome);
    }
    if (!pooled.files().isEmpty()) {
      out.println();
      out.print(StatsText.render(pooled));
    }
    long bytes = outcomes.stream().filter(o -> o.state().equals("done")).mapToLong(Outcome::bytes).sum();
    long tokens = outcomes.stream().mapToLong(Outcome::tokensConverted).sum();
    out.printf("%nbatch: %d done, %d skipped (up to date), %d failed; %s read, %,d tokens; outputs in %s%n",
        byState.get("done").size(), byState.get("skipped").size(), byState.get("failed").size(),
        Progress.bytes(bytes), tokens, output);
    out.println("summary: " + String.join(", ", summaries.stream().map(Path::toString).toList()));
    for (Outcome failure : byState.get("failed")) {
      out.println("  failed: " + failure.job().relative() + ": " + stripName(failure.reason(), failure.job().file()));
    }
    out.flush();
    return byState.get("failed").isEmpty() ? Main.EXIT_OK : Main.EXIT_INPUT_FAILED;
  }

  private static String stripName(String reason, Path file) {
    String prefix = file + ": ";
    return reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
  }

  private List<Job> findInputs(PrintWriter err) throws IOException {
    Map<Path, Job> found = new LinkedHashMap<>();
    for (String source : sources) {
      Path asPath = Path.of(source);
      if (Files.isDirectory(asPath)) {
        for (Map.Entry<Path, Long> file : filesUnder(asPath, BatchCommand::isResultFile, err).entrySet()) {
          found.putIfAbsent(file.getKey().toAbsolutePath().normalize(),
              new Job(file.getKey(), asPath.relativize(file.getKey()), file.getValue()));
        }
      } else if (Files.isRegularFile(asPath)) {
        found.putIfAbsent(asPath.toAbsolutePath().normalize(), new Job(asPath, asPath.getFileName(), sizeOf(asPath)));
      } else if (isGlob(source)) {
        Path base = globBase(source);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + source);
        if (Files.isDirectory(base)) {
          for (Map.Entry<Path, Long> file : filesUnder(base, matcher::matches, err).entrySet()) {
            found.putIfAbsent(file.getKey().toAbsolutePath().normalize(),
                new Job(file.getKey(), base.relativize(file.getKey()), file.getValue()));
          }
        }
      } else {
        err.println("amivoice: " + source + ": no such file or directory");
      }
    }
    return new ArrayList<>(found.values());
  }

  /**
   * The regular files under {@code root} that {@code wanted} accepts, sorted, each with its size. Without
   * {@code --follow-links}, links to directories are not entered and a link to a file is taken only when it
   * leads to a file inside {@code root}; the others are named on {@code err}.
   */
  private SortedMap<Path, Long> filesUnder(Path root, java.util.function.Predicate<Path> wanted, PrintWriter err)
      throws IOException {
    Path rootReal = root.toRealPath();
    SortedMap<Path, Long> files = new TreeMap<>();
    Files.walkFileTree(root, followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
        : EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            if (!wanted.test(file)) {
              return FileVisitResult.CONTINUE;
            }
            if (attributes.isRegularFile()) {
              files.put(file, attributes.size());
            } else if (attributes.isSymbolicLink() && Files.isRegularFile(file)) {
              if (file.toRealPath().startsWith(rootReal)) {
                files.put(file, sizeOf(file));
              } else {
                err.println("amivoice: skipped " + file + ": a link out of " + root + " (--follow-links reads it)");
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // a directory loop through links, or an entry we may not read: it is not a result file
            return FileVisitResult.CONTINUE;
          }
        });
    return files;
  }

  private static boolean isResultFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".json.gz") || name.endsWith(".jsonl")
        || name.endsWith(".jsonl.gz");
  }

  private static boolean isGlob(String source) {
    return source.contains("*") || source.contains("?") || source.contains("[") || source.contains("{");
  }

  /** The longest leading directory of a glob without glob characters. */
  private static Path globBase(String glob) {
    Path base = Path.of(".");
    Path candidate = null;
    for (Path part : Path.of(glob.replaceAll("[*?\\[{].*$", "x"))) {
      candidate = candidate == null ? part : candidate.resolve(part);
      if (candidate.toString().length() >= glob.replaceAll("[*?\\[{].*$", "").length()) {
        break;
      }
      base = glob.startsWith("/") ? Path.of("/").resolve(candidate) : candidate;
    }
    return base;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
