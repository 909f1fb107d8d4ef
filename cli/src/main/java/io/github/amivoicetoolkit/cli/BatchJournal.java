package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.exporters.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code amivoice batch} made in an output directory, and with which options: the file {@value
 * #FILE_NAME} there. A file's outputs count as up to date only when they are newer than the input
 * <em>and</em> were made with the options of this run, so a rerun with other options (say
 * {@code --speakers}) converts again instead of keeping outputs that no longer match.
 *
 * <p>One line per event, appended and flushed as files start and finish, so an interrupted run leaves
 * the files it was working on marked unknown rather than made: {@code start<TAB>path<TAB>format,...} (for
 * files the journal knew) and {@code done<TAB>path<TAB>format=fingerprint,...}. A fingerprint is a hash of everything that shapes
 * that format's output. {@link #close()} rewrites the journal with one line per file. Lines it cannot
 * read are ignored (the file is then converted again). Thread-safe.
 */
final class BatchJournal implements AutoCloseable {
  static final String FILE_NAME = ".amivoice-batch";

  private final Path file;
  private final Map<String, Map<String, String>> made = new TreeMap<>();
  private Writer appender;

  private BatchJournal(Path file) {
    this.file = file;
  }

  /** Reads the journal of {@code outputDirectory} (none yet is fine) and opens it for appending. */
  static BatchJournal open(Path outputDirectory) throws IOException {
    Files.createDirectories(outputDirectory);
    BatchJournal journal = new BatchJournal(outputDirectory.resolve(FILE_NAME));
    if (Files.isRegularFile(journal.file)) {
      for (String line : Files.readAllLines(journal.file, StandardCharsets.UTF_8)) {
        journal.replay(line);
      }
    }
    journal.appender = Files.newBufferedWriter(journal.file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    return journal;
  }

  private void replay(String line) {
    try {
      replayOrFail(line);
    } catch (IllegalArgumentException e) {
      // a line this version cannot read: its file is simply converted again
    }
  }

  private void replayOrFail(String line) {
    String[] fields = line.split("\t", -1);
    if (fields.length == 3 && fields[0].equals("start")) {
      forget(unescape(fields[1]), List.of(fields[2].split(",")));
    } else if (fields.length == 3 && fields[0].equals("done")) {
      Map<String, String> formats = new HashMap<>();
      for (String entry : fields[2].split(",")) {
        int equals = entry.indexOf('=');
        if (equals > 0) {
          formats.put(entry.substring(0, equals), entry.substring(equals + 1));
        }
      }
      made.computeIfAbsent(unescape(fields[1]), path -> new HashMap<>()).putAll(formats);
    }
  }

  /** Whether the last run that finished {@code path} made every format of {@code fingerprints} with them. */
  synchronized boolean madeWith(String path, Map<String, String> fingerprints) {
    Map<String, String> formats = made.get(path);
    if (formats == null) {
      return false;
    }
    for (Map.Entry<String, String> wanted : fingerprints.entrySet()) {
      if (!wanted.getValue().equals(formats.get(wanted.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code path}'s outputs of these formats are about to be rewritten: unknown until {@link #done}. Only a
   * path the journal knows needs a {@code start} line (a replay forgets what it made); one it does not know
   * is unknown already, so the first run into an empty directory writes one line per file, not two.
   */
  synchronized void started(String path, Collection<String> formats) {
    if (made.containsKey(path)) {
      forget(path, formats);
      append("start\t" + escape(path) + "\t" + String.join(",", formats));
    }
  }

  private void forget(String path, Collection<String> formats) {
    Map<String, String> known = made.get(path);
    if (known != null) {
      known.keySet().removeAll(formats);
      if (known.isEmpty()) {
        made.remove(path);
      }
    }
  }

  /** {@code path}'s outputs of these formats were made with these fingerprints. */
  synchronized void done(String path, Map<String, String> fingerprints) {
    Map<String, String> formats = made.computeIfAbsent(path, p -> new HashMap<>());
    formats.putAll(fingerprints);
    append(doneLine(path, fingerprints));
  }

  /** Rewrites the journal with one line per file made, atomically ({@link AtomicFile}). */
  @Override
  public synchronized void close() throws IOException {
    appender.close();
    StringBuilder lines = new StringBuilder();
    for (Map.Entry<String, Map<String, String>> entry : made.entrySet()) {
      lines.append(doneLine(entry.getKey(), entry.getValue())).append('\n');
    }
    AtomicFile.write(file, out -> out.write(lines.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private void append(String line) {
    try {
      appender.write(line);
      appender.write('\n');
      appender.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String doneLine(String path, Map<String, String> fingerprints) {
    StringBuilder line = new StringBuilder("done\t").append(escape(path)).append('\t');
    List<String> formats = fingerprints.keySet().stream().sorted().toList();
    for (int i = 0; i < formats.size(); i++) {
      line.append(i == 0 ? "" : ",").append(formats.get(i)).append('=').append(fingerprints.get(formats.get(i)));
    }
    return line.toString();
  }

  /** Paths may hold any character but {@code NUL}; tabs, line breaks and {@code %} are percent-encoded. */
  private static String escape(String path) {
    return path.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
  }

  private static String unescape(String field) {
    StringBuilder path = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '%' && i + 2 < field.length()) {
        path.append((char) Integer.parseInt(field, i + 1, i + 3, 16));
        i += 2;
      } else {
        path.append(c);
      }
    }
    return path.toString();
  }
}
