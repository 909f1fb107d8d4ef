package io.github.amivoicetoolkit.exporters.subtitle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ASS the way a careful libass user expects it and rejects anything else: {@code [Script Info]}
 * with {@code ScriptType: v4.00+} and positive {@code PlayResX}/{@code PlayResY}, {@code [V4+ Styles]}
 * with the standard format line and 23 well-formed fields per style (unique names, {@code &HAABBGGRR}
 * colours), {@code [Events]} with the standard format line and {@code Dialogue} lines of ten fields
 * whose times are {@code H:MM:SS.cc}, not ending before they start, sorted and never overlapping, with a
 * known style, no margins and no effect. Text may hold only {@code \N}, {@code \h}, <code>\{</code>,
 * <code>\}</code> and <code>{\kN}</code> karaoke blocks; any other backslash or brace, a carriage
 * return or a byte-order mark is an error. Decodes each event to its plain text.
 */
final class StrictAssReader {
  record AssStyle(String name, String font, int fontSize, String primaryColour) {}

  /** Times in centiseconds; {@code plainText} has lines ended by {@code \n}; {@code karaoke} the {@code \k} durations. */
  record AssEvent(long startCs, long endCs, String style, String name, String plainText, List<Long> karaoke) {}

  record AssFile(Map<String, String> info, List<AssStyle> styles, List<AssEvent> events) {}

  private static final Pattern TIME = Pattern.compile("(\\d+):([0-5]\\d):([0-5]\\d)\\.(\\d\\d)");
  private static final Pattern COLOUR = Pattern.compile("&H[0-9A-F]{8}");
  private static final Pattern KARAOKE = Pattern.compile("\\{\\\\k(\\d+)}");

  private StrictAssReader() {}

  static AssFile read(String text) {
    if (text.startsWith("\uFEFF") || text.indexOf('\r') >= 0) {
      throw fail(1, "byte-order mark or carriage return");
    }
    if (!text.endsWith("\n")) {
      throw fail(-1, "no line end at the end of the file");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    int i = 0;
    expect(lines, i++, "[Script Info]");
    Map<String, String> info = new LinkedHashMap<>();
    while (i < lines.length && !lines[i].isEmpty()) {
      String line = lines[i++];
      if (line.startsWith(";")) {
        continue;
      }
      int colon = line.indexOf(": ");
      if (colon <= 0) {
        throw fail(i, "expected 'Key: value' but was '" + line + "'");
      }
      info.put(line.substring(0, colon), line.substring(colon + 2));
    }
    if (!"v4.00+".equals(info.get("ScriptType"))) {
      throw fail(i, "ScriptType is not v4.00+: " + info.get("ScriptType"));
    }
    for (String key : List.of("PlayResX", "PlayResY")) {
      if (info.get(key) == null || !info.get(key).matches("[1-9][0-9]*")) {
        throw fail(i, key + " missing or not a positive number: " + info.get(key));
      }
    }
    expect(lines, i++, "");
    expect(lines, i++, "[V4+ Styles]");
    expect(lines, i++, AssWriter.STYLE_FORMAT);
    List<AssStyle> styles = new ArrayList<>();
    Map<String, AssStyle> byName = new LinkedHashMap<>();
    while (i < lines.length && !lines[i].isEmpty()) {
      String line = lines[i++];
      if (!line.startsWith("Style: ")) {
        throw fail(i, "expected a Style line but was '" + line + "'");
      }
      String[] f = line.substring(7).split(",", -1);
      if (f.length != 23) {
        throw fail(i, "a style has 23 fields, not " + f.length + ": " + line);
      }
      if (f[0].isBlank() || !f[0].equals(f[0].trim()) || byName.containsKey(f[0])) {
        throw fail(i, "style name blank, padded or repeated: '" + f[0] + "'");
      }
      for (int c = 3; c <= 6; c++) {
        if (!COLOUR.matcher(f[c]).matches()) {
          throw fail(i, "colour is not &HAABBGGRR: " + f[c]);
        }
      }
      for (int n = 7; n < 23; n++) {
        if (!f[n].matches("-?[0-9]+(\\.[0-9]+)?")) {
          throw fail(i, "field " + (n + 1) + " of a style is not a number: " + f[n]);
        }
      }
      AssStyle style = new AssStyle(f[0], f[1], Integer.parseInt(f[2]), f[3]);
      styles.add(style);
      byName.put(f[0], style);
    }
    if (styles.isEmpty()) {
      throw fail(i, "no style");
    }
    expect(lines, i++, "");
    expect(lines, i++, "[Events]");
    expect(lines, i++, AssWriter.EVENT_FORMAT);
    List<AssEvent> events = new ArrayList<>();
    long previousEnd = -1;
    while (i < lines.length) {
      String line = lines[i++];
      if (!line.startsWith("Dialogue: ")) {
        throw fail(i, "expected a Dialogue line but was '" + line + "'");
      }
      String[] f = line.substring(10).split(",", 10);
      if (f.length != 10) {
        throw fail(i, "a Dialogue has 10 fields: " + line);
      }
      if (!f[0].equals("0") || !f[5].equals("0") || !f[6].equals("0") || !f[7].equals("0") || !f[8].isEmpty()) {
        throw fail(i, "layer, margins or effect set: " + line);
      }
      long start = time(f[1], i);
      long end = time(f[2], i);
      if (end < start || start < previousEnd) {
        throw fail(i, "event ends before it starts or overlaps the previous one: " + line);
      }
      previousEnd = end;
      if (!byName.containsKey(f[3])) {
        throw fail(i, "unknown style '" + f[3] + "'");
      }
      events.add(decode(start, end, f[3], f[4], f[9], i));
    }
    return new AssFile(info, styles, events);
  }

  private static AssEvent decode(long start, long end, String style, String name, String text, int line) {
    if (text.isEmpty()) {
      throw fail(line, "event without text");
    }
    StringBuilder plain = new StringBuilder();
    List<Long> karaoke = new ArrayList<>();
    for (int k = 0; k < text.length(); ) {
      char c = text.charAt(k);
      if (c == '{') {
        Matcher m = KARAOKE.matcher(text).region(k, text.length());
        if (!m.lookingAt()) {
          throw fail(line, "override block other than {\\kN} at " + k + ": " + text);
        }
        karaoke.add(Long.parseLong(m.group(1)));
        k = m.end();
      } else if (c == '}') {
        throw fail(line, "raw } at " + k + ": " + text);
      } else if (c == '\\') {
        char next = k + 1 < text.length() ? text.charAt(k + 1) : 0;
        switch (next) {
          case 'N' -> plain.append('\n');
          case 'h' -> plain.append(' ');
          case '{', '}' -> plain.append(next);
          default -> throw fail(line, "backslash not part of \\N, \\h, \\{ or \\} at " + k + ": " + text);
        }
        k += 2;
      } else {
        plain.append(c);
        k++;
      }
    }
    if (!karaoke.isEmpty() && karaoke.stream().mapToLong(Long::longValue).sum() != end - start) {
      throw fail(line, "karaoke durations " + karaoke + " do not add up to the event's " + (end - start) + " cs");
    }
    if (plain.toString().startsWith(" ") || plain.toString().endsWith(" ")) {
      // only \h can make a space at either end: a plain one would be trimmed by readers
      if (!text.startsWith("\\h") && !text.endsWith("\\h")) {
        throw fail(line, "plain space at either end of the text: " + text);
      }
    }
    return new AssEvent(start, end, style, name, plain.append('\n').toString(), karaoke);
  }

  private static long time(String value, int line) {
    Matcher m = TIME.matcher(value);
    if (!m.matches()) {
      throw fail(line, "time is not H:MM:SS.cc: " + value);
    }
    return Long.parseLong(m.group(1)) * 360_000 + Integer.parseInt(m.group(2)) * 6000
        + Integer.parseInt(m.group(3)) * 100 + Integer.parseInt(m.group(4));
  }

  private static void expect(String[] lines, int i, String expected) {
    if (i >= lines.length || !lines[i].equals(expected)) {
      throw fail(i + 1, "expected '" + expected + "' but was '" + (i < lines.length ? lines[i] : "end of file") + "'");
    }
  }

  private static IllegalArgumentException fail(int line, String problem) {
    return new IllegalArgumentException("invalid ASS at line " + line + ": " + problem);
  }
}
