package io.github.amivoicetoolkit.core;

/** The input is not well-formed JSON: empty, truncated, binary or badly encoded. */
public final class MalformedResultException extends TranscriptReadException {
  private static final long serialVersionUID = 1L;

  MalformedResultException(String source, String problem, String jsonPath, int line, int column, Throwable cause) {
    super(source, problem, jsonPath, line, column, cause);
  }
}
