package io.github.amivoicetoolkit.core;

/** Which of the AmiVoice answer shapes a document had ({@code docs/result-format.md#result-shapes}). */
public enum ResultShape {
  /** A job's result with utterances under {@code segments[].results[]} (async v1 and v2). */
  ASYNC_SEGMENTS,
  /** A job's result with utterances in a top-level {@code results} array ({@code compatibleWithSync=True}). */
  ASYNC_RESULTS,
  /** A synchronous HTTP result: top-level {@code results}, no job status. */
  SYNC,
  /** WebSocket final results, one JSON object per line, each one or more utterances. */
  WEBSOCKET_LINES,
  /** A job status body without results: queued, started, processing, or error. */
  JOB_STATUS,
  /** The answer to a job creation: {@code {"sessionid":"…","text":"..."}}. */
  JOB_CREATED,
  /** A failure body: non-empty {@code code} and {@code message}, no results. */
  FAILURE
}
