package io.github.amivoicetoolkit.spark.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.Path;

/**
 * Turns the paths given to {@code load(…)} into files, on any Hadoop file system, as Spark's file sources
 * do: globs are expanded; a directory contributes its files (and with {@code recursiveFileLookup} those of
 * its subdirectories), skipping hidden names (starting with {@code _} or {@code .}); {@code pathGlobFilter}
 * keeps files whose name matches.
 *
 * <p>One difference, because result folders often hold the audio too: without {@code pathGlobFilter}, a
 * directory contributes only its {@code .json} and {@code .json.gz} files. A file named explicitly (or
 * matched by a glob) is always read. Partition directories ({@code key=value}) are not interpreted.
 */
final class FileListing {
  private FileListing() {}

  static List<InputFile> list(List<String> paths, Configuration conf, boolean recursive, String pathGlobFilter)
      throws IOException {
    GlobFilter filter = pathGlobFilter == null ? null : new GlobFilter(pathGlobFilter);
    Map<String, InputFile> files = new LinkedHashMap<>();
    for (String given : paths) {
      Path path = new Path(given);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new FileNotFoundException("Path does not exist: " + fs.makeQualified(path));
      }
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          listDirectory(fs, match.getPath(), recursive, filter, files);
        } else if (filter == null || filter.accept(match.getPath())) {
          add(fs, match, files);
        }
      }
    }
    return new ArrayList<>(files.values());
  }

  /**
   * Lists with {@code listStatus}, one directory at a time, as Spark's own file index does: {@code
   * listFiles} builds a {@code LocatedFileStatus} per file, which on the local file system reads the
   * file's owner and permissions by running a shell command — one process per file.
   */
  private static void listDirectory(FileSystem fs, Path directory, boolean recursive, GlobFilter filter,
      Map<String, InputFile> files) throws IOException {
    List<Path> pending = new ArrayList<>(List.of(directory));
    while (!pending.isEmpty()) {
      Path next = pending.remove(pending.size() - 1);
      FileStatus[] entries = fs.listStatus(next);
      Arrays.sort(entries, Comparator.comparing(FileStatus::getPath));
      for (FileStatus entry : entries) {
        Path path = entry.getPath();
        // a hidden directory is never descended into, so the entry's own name is all there is to check
        if (isHidden(path.getName())) {
          continue;
        }
        if (entry.isDirectory()) {
          if (recursive) {
            pending.add(path);
          }
        } else if (filter != null ? filter.accept(path) : isResultName(path.getName())) {
          add(fs, entry, files);
        }
      }
    }
  }

  private static boolean isHidden(String name) {
    return name.startsWith(".") || name.startsWith("_") || name.endsWith("._COPYING_");
  }

  private static boolean isResultName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".json.gz");
  }

  /**
   * A listing's paths are qualified already (Spark's file index takes them as they are); qualifying each
   * again would parse its URI once more, for every file.
   */
  private static void add(FileSystem fs, FileStatus status, Map<String, InputFile> files) {
    Path path = status.getPath();
    String qualified = (path.toUri().getScheme() != null ? path : fs.makeQualified(path)).toString();
    files.putIfAbsent(qualified, new InputFile(qualified, status.getLen()));
  }
}
