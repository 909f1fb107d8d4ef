package io.github.amivoicetoolkit.spark.internal;

import java.util.Locale;

/** What to do with a file the reader rejects, as Spark's JSON source's {@code mode} option. */
public enum Mode {
  /** The file is a row of {@code files} with its error, and contributes no rows elsewhere. */
  PERMISSIVE,
  /** The file contributes no rows to any table, {@code files} included. */
  DROPMALFORMED,
  /** The query fails with the reader's error, which names the file, the JSON path, line and column. */
  FAILFAST;

  static Mode parse(String value) {
    String wanted = value.trim().toUpperCase(Locale.ROOT);
    for (Mode mode : values()) {
      if (mode.name().equals(wanted)) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "expected mode PERMISSIVE, DROPMALFORMED or FAILFAST but was '" + value + "'");
  }
}
