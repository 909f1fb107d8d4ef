package io.github.amivoicetoolkit.core;

/** The input exceeded a limit of {@link ReadOptions}. */
public final class ReadLimitException extends TranscriptReadException {
  private static final long serialVersionUID = 1L;

  ReadLimitException(String source, String problem, String jsonPath, int line, int column, Throwable cause) {
    super(source, problem, jsonPath, line, column, cause);
  }
}
