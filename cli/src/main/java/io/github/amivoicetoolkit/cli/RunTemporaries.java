package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.exporters.AtomicFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * The temporary files of one run of the command, and what removes them however the run ends.
 *
 * <p>Whatever POI puts in temporary files (our XLSX sheets need none) goes to a directory of this run, {@code $TMPDIR/amivoice-poi-PID}, instead
 * of the shared {@code $TMPDIR/poifiles}, once a run is about to write XLSX or DOCX ({@link #pointPoiHere()}):
 * a run writing other formats does not load POI. A shutdown hook (normal exit, Ctrl-C, SIGTERM) deletes that
 * directory and the {@code .partial} files of outputs still being written ({@link
 * AtomicFile#abandonWritesInProgress()}), and says so when the run was interrupted; the JVM then exits
 * with 130 (SIGINT) or 143 (SIGTERM). A run killed outright ({@code kill -9}) cannot clean up: the next
 * run deletes the directories of processes that are gone.
 */
final class RunTemporaries {
  private static final String PREFIX = "amivoice-poi-";
  private static final Pattern RUN_DIRECTORY = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)");

  // the run's, once install() ran; null when the command is embedded (Main.run), which leaves POI's default
  private static volatile RunTemporaries installed;

  private final Path directory;
  private volatile boolean finished;

  private RunTemporaries(Path directory) {
    this.directory = directory;
  }

  /** Removes stale POI directories of earlier runs and registers the shutdown hook. */
  static RunTemporaries install(PrintStream err) {
    Path temporaryRoot = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    deleteStale(temporaryRoot);
    RunTemporaries run = new RunTemporaries(temporaryRoot.resolve(PREFIX + ProcessHandle.current().pid()));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> run.cleanUp(err), "amivoice-cleanup"));
    installed = run;
    return run;
  }

  /**
   * Points POI's temporary files at the directory of this run, when {@link #install} made one; called before
   * anything writes XLSX or DOCX ({@link Converter}). POI creates the directory when it writes its first
   * temporary file.
   */
  static void pointPoiHere() {
    RunTemporaries run = installed;
    if (run != null) {
      Poi.pointAt(run.directory);
    }
  }

  /** POI's side, in a class of its own: verifying RunTemporaries would otherwise load POI's classes. */
  private static final class Poi {
    static void pointAt(Path directory) {
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(directory.toFile()));
    }
  }

  /** The run ended by returning an exit code, not by a signal: clean up without a message. */
  void finished() {
    finished = true;
  }

  private void cleanUp(PrintStream err) {
    List<Path> abandoned = AtomicFile.abandonWritesInProgress();
    deleteTree(directory);
    if (!finished) {
      err.println("amivoice: interrupted" + (abandoned.isEmpty() ? ""
          : "; removed " + abandoned.size() + " unfinished output" + (abandoned.size() == 1 ? "" : "s")
          + ", no partial file is left"));
      err.flush();
    }
  }

  /** Deletes the run directories under {@code temporaryRoot} whose process is gone and that are ours. */
  static void deleteStale(Path temporaryRoot) {
    UserPrincipal self = null;
    // every entry, matched below: a glob filter costs every run its translation to a regex (~10 ms)
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(temporaryRoot)) {
      for (Path entry : entries) {
        Matcher run = RUN_DIRECTORY.matcher(entry.getFileName().toString());
        if (!run.matches() || isAlive(run.group(1)) || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (self == null) {
          self = currentUser(temporaryRoot);
        }
        if (self != null && self.equals(Files.getOwner(entry, LinkOption.NOFOLLOW_LINKS))) {
          deleteTree(entry);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a temporary directory we cannot list or clean is no reason not to run
    }
  }

  /** The user this process runs as, as the file system knows it: the owner of a file it creates. */
  private static UserPrincipal currentUser(Path temporaryRoot) {
    try {
      Path probe = Files.createTempFile(temporaryRoot, PREFIX, ".owner");
      try {
        return Files.getOwner(probe);
      } finally {
        Files.deleteIfExists(probe);
      }
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  private static boolean isAlive(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Deletes {@code root} and everything in it, never following a link out of it. */
  static void deleteTree(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
          Files.deleteIfExists(directory);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // best effort: what is left is stale for the next run
    }
  }
}
