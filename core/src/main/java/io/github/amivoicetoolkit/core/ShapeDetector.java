package io.github.amivoicetoolkit.core;

/**
 * Tells which {@link ResultShape} a document has from the top-level fields the parser met
 * ({@code shared/spec/result-format.md}, section 2). A failure body wins over everything else: it
 * may carry an empty {@code results} placeholder.
 */
final class ShapeDetector {
  private boolean sawSegments;
  private boolean sawResults;
  private boolean sawCreatedSessionId;

  /** A top-level {@code segments}: an async result. */
  void sawSegments() {
    sawSegments = true;
  }

  /** A top-level {@code results}: sync, WebSocket, or async with {@code compatibleWithSync}. */
  void sawResults() {
    sawResults = true;
  }

  /** A top-level {@code sessionid} (not {@code session_id}): the answer to a job creation. */
  void sawCreatedSessionId() {
    sawCreatedSessionId = true;
  }

  /**
   * The shape of a document of {@code roots} top-level objects with these {@code status} and
   * {@code code} fields (null when absent).
   */
  ResultShape shape(String source, int roots, String status, String code) throws ResultShapeException {
    if (code != null && !code.isEmpty()) {
      return ResultShape.FAILURE;
    }
    if (roots > 1) {
      return ResultShape.WEBSOCKET_LINES;
    }
    if (sawCreatedSessionId) {
      return ResultShape.JOB_CREATED;
    }
    if (sawSegments) {
      return ResultShape.ASYNC_SEGMENTS;
    }
    if (status != null) {
      return sawResults ? ResultShape.ASYNC_RESULTS : ResultShape.JOB_STATUS;
    }
    if (sawResults) {
      return ResultShape.SYNC;
    }
    throw new ResultShapeException(source, "Expected an AmiVoice result or job status (with 'segments', 'results',"
        + " 'status', 'sessionid' or 'code') but found none of them", "$", -1, -1, null);
  }
}
