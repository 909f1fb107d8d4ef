package io.github.amivoicetoolkit.exporters;

import java.io.IOException;

/**
 * A write ran out of disk space; the message says where, e.g. {@code No space left on device (writing
 * out/call.xlsx)}.
 */
public final class NoSpaceLeftException extends IOException {
  private static final long serialVersionUID = 1L;
  private static final String NO_SPACE = "No space left on device";

  /** {@code where}: what was being written, e.g. {@code "writing out/call.xlsx"}. */
  public NoSpaceLeftException(String where, IOException cause) {
    super(NO_SPACE + " (" + where + ")", cause);
  }

  /**
   * {@code e} as a {@code NoSpaceLeftException} saying {@code where} when the file system reported
   * {@code ENOSPC} anywhere in its causes; otherwise {@code e} itself (and an existing
   * {@code NoSpaceLeftException} keeps the place it names).
   */
  public static IOException ifNoSpace(IOException e, String where) {
    if (e instanceof NoSpaceLeftException) {
      return e;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof NoSpaceLeftException noSpace) {
        return noSpace;
      }
      if (String.valueOf(cause.getMessage()).contains(NO_SPACE)) {
        return new NoSpaceLeftException(where, e);
      }
    }
    return e;
  }
}
