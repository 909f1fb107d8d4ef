package io.github.amivoicetoolkit.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Batch progress: a redrawn bar on a terminal, one plain line per file otherwise. Thread-safe. */
final class Progress {
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean bar;
  private final int totalFiles;
  private final long totalBytes;
  private final long startNanos = System.nanoTime();
  private int files;
  private long bytes;

  private Progress(PrintWriter err, boolean bar, int totalFiles, long totalBytes) {
    this.err = err;
    this.bar = bar;
    this.totalFiles = totalFiles;
    this.totalBytes = totalBytes;
  }

  static Progress create(String mode, PrintWriter err, int totalFiles, long totalBytes) {
    boolean bar = switch (mode.toLowerCase(Locale.ROOT)) {
      case "bar" -> true;
      case "lines" -> false;
      case "auto" -> System.console() != null && !"dumb".equals(System.getenv("TERM"));
      default -> throw new IllegalArgumentException("--progress must be auto, bar or lines: " + mode);
    };
    return new Progress(err, bar, totalFiles, totalBytes);
  }

  synchronized void fileDone(String name, String state, long size, String reason) {
    files++;
    bytes += size;
    if (bar) {
      double fraction = totalBytes > 0 ? (double) bytes / totalBytes : (double) files / totalFiles;
      int filled = (int) Math.round(fraction * BAR_WIDTH);
      double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
      double rate = bytes / seconds;
      long left = rate > 0 ? (long) ((totalBytes - bytes) / rate) : 0;
      err.printf("\r[%s%s] %d/%d files  %s  %s/s  %s left ", "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), files,
          totalFiles, bytes(bytes), bytes((long) rate), clock(left));
      if (reason != null && state.equals("failed")) {
        err.printf("%n  failed: %s: %s%n", name, reason);
      }
    } else {
      err.printf("[%d/%d] %s %s%s%n", files, totalFiles, state, name, reason == null ? "" : " (" + reason + ")");
    }
    err.flush();
  }

  synchronized void finish() {
    if (bar) {
      err.println();
      err.flush();
    }
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    if (n < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
    }
    if (n < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.2f GB", n / (1024.0 * 1024 * 1024));
  }

  private static String clock(long seconds) {
    return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
  }
}
