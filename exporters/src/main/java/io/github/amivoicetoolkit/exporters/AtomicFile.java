package io.github.amivoicetoolkit.exporters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a part.
 *
 * <p>The content goes to a hidden temporary file in the target's directory (same file system, so the
 * final rename is atomic) and is moved into place only after the writer returned and the stream was
 * closed. On any failure the temporary file is deleted and the target is left as it was.
 */
public final class AtomicFile {
  /** Writes the whole content to a stream it does not need to close. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFile() {}

  public static void write(Path target, Content content) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Files.createDirectories(directory);
    // not Files.createTempFile: its owner-only permissions would stick to the final file; a new file
    // created normally gets the user's usual permissions (umask)
    Path temporary = directory.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong())
        + ".partial");
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(
          Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
        content.writeTo(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
