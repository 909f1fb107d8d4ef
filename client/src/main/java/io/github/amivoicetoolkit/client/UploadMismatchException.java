package io.github.amivoicetoolkit.client;

/**
 * The service reports other audio than the client sent: its {@code audio_size} or
 * {@code audio_md5} differs from the size and MD5 computed while uploading. The result, if any,
 * would not be that of the audio sent.
 */
public final class UploadMismatchException extends AmiVoiceException {

  private static final long serialVersionUID = 1L;

  private final long sentSize;
  private final String sentMd5;
  private final long reportedSize;
  private final String reportedMd5;

  UploadMismatchException(
      String message,
      String sessionId,
      long sentSize,
      String sentMd5,
      long reportedSize,
      String reportedMd5) {
    super(message, null, null, sessionId, null);
    this.sentSize = sentSize;
    this.sentMd5 = sentMd5;
    this.reportedSize = reportedSize;
    this.reportedMd5 = reportedMd5;
  }

  public long sentSize() {
    return sentSize;
  }

  public String sentMd5() {
    return sentMd5;
  }

  /** The service's {@code audio_size}; -1 when it reported none. */
  public long reportedSize() {
    return reportedSize;
  }

  /** The service's {@code audio_md5}; null when it reported none. */
  public String reportedMd5() {
    return reportedMd5;
  }
}
