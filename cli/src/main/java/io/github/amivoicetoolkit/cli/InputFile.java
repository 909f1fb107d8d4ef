package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** An input named on the command line: a file, or {@code -} for standard input. */
record InputFile(String argument, Path path) {
  static final String STDIN = "-";

  static InputFile of(String argument) {
    return argument.equals(STDIN) ? new InputFile(argument, null) : new InputFile(argument, Path.of(argument));
  }

  boolean isStdin() {
    return path == null;
  }

  /** How messages name it. */
  String displayName() {
    return isStdin() ? "<stdin>" : argument;
  }

  /** The file name without {@code .json}, {@code .json.gz}, {@code .jsonl} or {@code .gz}: outputs are named after it. */
  String baseName() {
    if (isStdin()) {
      return "stdin";
    }
    return baseName(path.getFileName().toString());
  }

  static String baseName(String fileName) {
    String name = fileName;
    for (String suffix : new String[] {".gz", ".json", ".jsonl", ".ndjson"}) {
      if (name.length() > suffix.length() && name.toLowerCase(java.util.Locale.ROOT).endsWith(suffix)) {
        name = name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  long size() {
    try {
      return isStdin() ? -1 : Files.size(path);
    } catch (IOException e) {
      return -1;
    }
  }

  Transcript read(TranscriptReader reader, InputStream stdin) throws IOException {
    if (isStdin()) {
      return reader.read(stdin, displayName());
    }
    return reader.read(path);
  }

  /** A one-line reason for any failure while handling an input; unexpected exceptions say so. */
  static String describeFailure(Exception e, String name) {
    if (e instanceof IOException io) {
      return describe(io, name);
    }
    return name + ": internal error: " + e + " (please report it, with --verbose output)";
  }

  /** A one-line reason for a failed read: the reader's messages already name file and place. */
  static String describe(IOException e, String name) {
    if (e instanceof NoSuchFileException) {
      return name + ": no such file";
    }
    if (e instanceof AccessDeniedException) {
      return name + ": permission denied";
    }
    String message = e.getMessage();
    if (message == null) {
      return name + ": " + e.getClass().getSimpleName();
    }
    return message.startsWith(name) ? message : name + ": " + message;
  }
}
