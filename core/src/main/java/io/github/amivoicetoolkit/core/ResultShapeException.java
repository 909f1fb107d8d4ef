package io.github.amivoicetoolkit.core;

/** The input is JSON but not an AmiVoice result: a value of the wrong type, or an unknown shape. */
public final class ResultShapeException extends TranscriptReadException {
  private static final long serialVersionUID = 1L;

  ResultShapeException(String source, String problem, String jsonPath, int line, int column, Throwable cause) {
    super(source, problem, jsonPath, line, column, cause);
  }
}
