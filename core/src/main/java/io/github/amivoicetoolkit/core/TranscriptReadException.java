package io.github.amivoicetoolkit.core;

import java.io.IOException;

/**
 * A document could not be read as an AmiVoice result. The message names the source, the problem,
 * the JSON path and the line and column; each is also a field.
 *
 * <p>Subclasses say which family: {@link MalformedResultException} (not JSON: truncated, empty,
 * binary, bad encoding), {@link ResultShapeException} (JSON, but not an AmiVoice result: a string
 * where a time belongs, an unknown shape) and {@link ReadLimitException} (a {@link ReadOptions}
 * limit was exceeded). A failed job is not a read error; see {@link JobInfo#failed()}.
 */
public abstract sealed class TranscriptReadException extends IOException
    permits MalformedResultException, ResultShapeException, ReadLimitException {
  private final String source;
  private final String problem;
  private final String jsonPath;
  private final int line;
  private final int column;

  TranscriptReadException(String source, String problem, String jsonPath, int line, int column, Throwable cause) {
    super(format(source, problem, jsonPath, line, column), cause);
    this.source = source;
    this.problem = problem;
    this.jsonPath = jsonPath;
    this.line = line;
    this.column = column;
  }

  private static String format(String source, String problem, String jsonPath, int line, int column) {
    StringBuilder message = new StringBuilder().append(source).append(": ").append(problem);
    if (jsonPath != null) {
      message.append(" at ").append(jsonPath);
    }
    if (line > 0) {
      message.append(" (line ").append(String.format("%,d", line));
      if (column > 0) {
        message.append(", column ").append(String.format("%,d", column));
      }
      message.append(')');
    }
    return message.toString();
  }

  /** The file or stream name. */
  public String source() {
    return source;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }

  /** Where in the document, as {@code $.segments[3].results[0].tokens[7].starttime}; null when unknown. */
  public String jsonPath() {
    return jsonPath;
  }

  /** 1-based line, or {@code -1} when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column, or {@code -1} when unknown. */
  public int column() {
    return column;
  }
}
