package io.github.amivoicetoolkit.exporters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a part.
 *
 * <p>The content goes to a hidden temporary file in the target's directory (same file system, so the
 * final rename is atomic), {@code .NAME.PID-RANDOM.partial}, and is moved into place only after the
 * writer returned and the stream was closed. On any failure the temporary file is deleted and the
 * target is left as it was; running out of disk space is a {@link NoSpaceLeftException} naming the target.
 *
 * <p>What a process stopped from outside leaves behind is handled too: the temporary files of writes in
 * progress are kept in a registry that {@link #abandonWritesInProgress()} deletes (for a shutdown hook:
 * Ctrl-C, SIGTERM), and a temporary file whose process has gone ({@code kill -9}, a crash) is recognised
 * by the process id in its name and removed by {@link #deleteStaleTemporaries(Path)}.
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

  private static final long PID = ProcessHandle.current().pid();
  /** {@code .NAME.PID-RANDOM.partial}, and {@code .NAME.RANDOM.partial} of versions before the process id. */
  private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.(?:(\\d+)-)?[0-9a-f]{1,16}\\.partial");

  /**
   * Held shared while a temporary file is created and registered, exclusively by {@link
   * #abandonWritesInProgress()}: writes create their files in parallel (a batch's workers do nothing else in
   * the kernel as often, and creating a file can take long on a busy file system), yet every temporary
   * file is either registered before the abandon deletes the registered ones, or not created at all.
   */
  private static final ReentrantReadWriteLock CREATING = new ReentrantReadWriteLock();
  /** Temporary files of writes in progress; added to only under {@link #CREATING}'s shared lock. */
  private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();
  /** Set by {@link #abandonWritesInProgress()}: no write starts after it; set under {@link #CREATING}'s write lock. */
  private static volatile boolean abandoned;

  private AtomicFile() {}

  public static void write(Path target, Content content) throws IOException {
    write(target, content, true);
  }

  /**
   * {@link #write} for content that buffers itself and writes in blocks of tens of kilobytes: the file is
   * not wrapped in a buffer of its own, whose allocation costs more than the writing when the files are
   * many and small (a batch's CSV tables).
   */
  public static void writeBlocks(Path target, Content content) throws IOException {
    write(target, content, false);
  }

  private static void write(Path target, Content content, boolean buffered) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    // not Files.createTempFile: its owner-only permissions would stick to the final file; a new file
    // created normally gets the user's usual permissions (umask)
    Path temporary = directory.resolve("." + absolute.getFileName() + "." + PID + "-"
        + Long.toHexString(Names.RANDOM.nextLong()) + ".partial");
    boolean moved = false;
    try {
      OutputStream file;
      try {
        file = create(temporary, absolute);
      } catch (NoSuchFileException e) {
        // the directory is created only when missing: a batch writes thousands of files into directories
        // that exist, and Files.createDirectories costs each of them a mkdir, a stat and an exception
        Files.createDirectories(directory);
        file = create(temporary, absolute);
      }
      try (OutputStream out = buffered ? new BufferedOutputStream(file, 1 << 16) : file) {
        content.writeTo(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } catch (IOException e) {
      throw NoSpaceLeftException.ifNoSpace(e, "writing " + absolute);
    } finally {
      try {
        if (!moved) {
          Files.deleteIfExists(temporary);
        }
      } finally {
        IN_PROGRESS.remove(temporary);
      }
    }
  }

  /** Creates the temporary file and registers it, atomically with respect to {@link #abandonWritesInProgress()}. */
  private static OutputStream create(Path temporary, Path target) throws IOException {
    Lock shared = CREATING.readLock();
    shared.lock();
    try {
      if (abandoned) {
        throw new IOException("shutting down: not writing " + target);
      }
      OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      IN_PROGRESS.add(temporary);
      return out;
    } finally {
      shared.unlock();
    }
  }

  /**
   * Deletes the temporary file of every write in progress in this process and makes every later write
   * fail, so that nothing is moved into place any more; returns the files deleted. For a shutdown hook:
   * a process stopped by Ctrl-C or SIGTERM leaves no {@code .partial} file (the writers' streams stay open
   * on deleted files until the process ends).
   */
  public static List<Path> abandonWritesInProgress() {
    List<Path> deleted = new ArrayList<>();
    Lock exclusive = CREATING.writeLock();
    exclusive.lock();
    try {
      abandoned = true;
      for (Path temporary : IN_PROGRESS) {
        try {
          if (Files.deleteIfExists(temporary)) {
            deleted.add(temporary);
          }
        } catch (IOException e) {
          // shutting down: what cannot be deleted now is stale for the next run
        }
      }
      IN_PROGRESS.clear();
    } finally {
      exclusive.unlock();
    }
    return deleted;
  }

  /** Undoes {@link #abandonWritesInProgress()}, for tests that run in one JVM. */
  static void resumeWritesForTests() {
    Lock exclusive = CREATING.writeLock();
    exclusive.lock();
    try {
      abandoned = false;
    } finally {
      exclusive.unlock();
    }
  }

  /**
   * Deletes the temporary files that writes of {@code target} left in its directory when their process
   * ended without cleaning up ({@code kill -9}, a crash, a power cut): those whose process is gone, and
   * those of versions that did not record it. Temporary files of live processes are kept. Returns the
   * files deleted.
   */
  public static List<Path> deleteStaleTemporaries(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    return deleteStaleTemporaries(absolute.getParent(), Set.of(absolute.getFileName().toString()));
  }

  /**
   * {@link #deleteStaleTemporaries(Path)} for every target in {@code directory} whose file name is in
   * {@code targetNames}, with one listing of the directory.
   */
  public static List<Path> deleteStaleTemporaries(Path directory, Set<String> targetNames) throws IOException {
    List<Path> deleted = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return deleted;
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Matcher temporary = TEMPORARY.matcher(file.getFileName().toString());
        if (temporary.matches() && targetNames.contains(temporary.group(1)) && !isAlive(temporary.group(2))
            && Files.deleteIfExists(file)) {
          deleted.add(file);
        }
      }
    }
    return deleted;
  }

  private static boolean isAlive(String pid) {
    if (pid == null) {
      return false;
    }
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * The random part of temporary names, made on first write: seeding a {@code SecureRandom} costs every
   * run that writes nothing (a {@code stats}, or the shutdown hook of {@code --version}) a few milliseconds.
   */
  private static final class Names {
    static final SecureRandom RANDOM = new SecureRandom();
  }
}
