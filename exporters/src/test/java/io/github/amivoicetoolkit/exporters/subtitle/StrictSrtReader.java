package io.github.amivoicetoolkit.exporters.subtitle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SRT the way the pickiest players do and rejects everything they stumble on: a byte-order mark,
 * numbering not counting up from 1, timings not {@code HH:MM:SS,mmm --> HH:MM:SS,mmm}, minutes or
 * seconds over 59, an end not after the start, cues out of order or overlapping, a cue without text, a
 * blank or whitespace-only line inside a cue, more than one blank line between cues, {@code -->}
 * in text, anything tag-shaped ({@code <b>}, {@code </i>}) or an ASS override (<code>{\</code>) in text,
 * and a lone carriage return.
 */
final class StrictSrtReader {
  record SrtCue(int number, long startMs, long endMs, List<String> lines) {}

  private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]*");
  private static final Pattern TIMING = Pattern.compile(
      "(\\d{2,}):([0-5]\\d):([0-5]\\d),(\\d{3}) --> (\\d{2,}):([0-5]\\d):([0-5]\\d),(\\d{3})");
  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[A-Za-z!]");

  private StrictSrtReader() {}

  static List<SrtCue> read(String text) {
    if (text.startsWith("\uFEFF")) {
      throw fail(1, "byte-order mark");
    }
    String normal = text.replace("\r\n", "\n");
    if (normal.indexOf('\r') >= 0) {
      throw fail(1, "lone carriage return");
    }
    List<SrtCue> cues = new ArrayList<>();
    if (normal.isEmpty()) {
      return cues;
    }
    if (!normal.endsWith("\n")) {
      throw fail(-1, "no line end at the end of the file");
    }
    String[] lines = normal.split("\n", -1);
    int n = lines.length - 1;
    int i = 0;
    long previousEnd = -1;
    while (i < n) {
      int expected = cues.size() + 1;
      if (!NUMBER.matcher(lines[i]).matches() || Integer.parseInt(lines[i]) != expected) {
        throw fail(i + 1, "expected cue number " + expected + " but was '" + lines[i] + "'");
      }
      i++;
      Matcher m = i < n ? TIMING.matcher(lines[i]) : null;
      if (m == null || !m.matches()) {
        throw fail(i + 1, "expected timing line but was '" + (i < n ? lines[i] : "end of file") + "'");
      }
      long start = ms(m, 1);
      long end = ms(m, 5);
      if (end <= start) {
        throw fail(i + 1, "end not after start: " + lines[i]);
      }
      if (start < previousEnd) {
        throw fail(i + 1, "cue starts before the previous one ended: " + lines[i]);
      }
      previousEnd = end;
      i++;
      List<String> textLines = new ArrayList<>();
      while (i < n && !lines[i].isEmpty()) {
        String line = lines[i];
        if (line.isBlank()) {
          throw fail(i + 1, "whitespace-only line inside a cue");
        }
        if (line.contains("-->")) {
          throw fail(i + 1, "'-->' in cue text: " + line);
        }
        if (TAG.matcher(line).find()) {
          throw fail(i + 1, "tag-shaped text a player would swallow: " + line);
        }
        if (line.contains("{\\")) {
          throw fail(i + 1, "ASS override tag in text: " + line);
        }
        textLines.add(line);
        i++;
      }
      if (textLines.isEmpty()) {
        throw fail(i + 1, "cue " + expected + " has no text");
      }
      cues.add(new SrtCue(expected, start, end, List.copyOf(textLines)));
      if (i < n) {
        i++;
        if (i < n && lines[i].isEmpty()) {
          throw fail(i + 1, "more than one blank line between cues");
        }
      }
    }
    return cues;
  }

  private static long ms(Matcher m, int group) {
    return Long.parseLong(m.group(group)) * 3_600_000 + Integer.parseInt(m.group(group + 1)) * 60_000
        + Integer.parseInt(m.group(group + 2)) * 1000 + Integer.parseInt(m.group(group + 3));
  }

  private static IllegalArgumentException fail(int line, String problem) {
    return new IllegalArgumentException("invalid SRT at line " + line + ": " + problem);
  }
}
