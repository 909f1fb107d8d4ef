package io.github.amivoicetoolkit.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the examples in {@code package-info.java} javadoc identical to the test code that runs them.
 * A module's {@code PackageInfoExampleTest} holds each example between a {@code // example N} line and
 * an {@code // end of example} line; {@link #javadocExample} is the N-th (from 0) {@code <pre>{@code ...}</pre>}
 * block of the package's javadoc and {@link #testedExample} that region of the test source, both without
 * their common indentation, so a test can assert they are equal.
 */
public final class PackageInfoExamples {
  private PackageInfoExamples() {}

  /** The N-th code block of {@code src/main/java/<package>/package-info.java} of the module under test. */
  public static String javadocExample(String packageName, int index) {
    Path file = Path.of("src", "main", "java").resolve(packageName.replace('.', '/')).resolve("package-info.java");
    List<String> block = new ArrayList<>();
    int found = -1;
    boolean inside = false;
    for (String line : lines(file)) {
      String text = line.replaceFirst("^\\s*\\*( |$)", "");
      if (!inside && text.trim().equals("<pre>{@code")) {
        found++;
        inside = found == index;
      } else if (inside && text.trim().equals("}</pre>")) {
        return dedent(block);
      } else if (inside) {
        block.add(text);
      }
    }
    throw new IllegalArgumentException("no example " + index + " in " + file);
  }

  /** The lines of the test source between {@code // example N} and {@code // end of example}. */
  public static String testedExample(Class<?> test, int index) {
    Path file = Path.of("src", "test", "java").resolve(test.getName().replace('.', '/') + ".java");
    List<String> region = new ArrayList<>();
    boolean inside = false;
    for (String line : lines(file)) {
      if (line.trim().equals("// example " + index)) {
        inside = true;
      } else if (inside && line.trim().equals("// end of example")) {
        return dedent(region);
      } else if (inside) {
        region.add(line);
      }
    }
    throw new IllegalArgumentException("no region '// example " + index + "' in " + file);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
