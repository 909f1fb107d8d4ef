package io.github.amivoicetoolkit.client;

/**
 * The request or its audio is at fault, so sending it again gives the same answer; never retried.
 * Either the service refused the job at creation (for example code {@code +}, "received unsupported
 * audio format", or v2 refusing audio without speech or {@code sentimentAnalysis=True}), or the job
 * ended in status {@code error} with {@code amineth_code='o'}.
 */
public final class JobRejectedException extends AmiVoiceException {

  private static final long serialVersionUID = 1L;

  JobRejectedException(String message, String code, String serviceMessage, String sessionId) {
    super(message, code, serviceMessage, sessionId, null);
  }
}
