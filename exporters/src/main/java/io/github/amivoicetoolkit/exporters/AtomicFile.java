package io.github.amivoicetoolkit.exporters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
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

  /** Text content written through a UTF-8 writer, returning what the writer reports. */
  @FunctionalInterface
  public interface TextContent<T> {
    T writeTo(Writer out) throws IOException;
  }

  /** {@link #write} for text: UTF-8, flushed before the move; returns the content's result. */
  public static <T> T writeUtf8(Path target, TextContent<T> content) throws IOException {
    List<T> result = new ArrayList<>(1);
    write(target, out -> {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      result.add(content.writeTo(writer));
      writer.flush();
    });
    return result.get(0);
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
