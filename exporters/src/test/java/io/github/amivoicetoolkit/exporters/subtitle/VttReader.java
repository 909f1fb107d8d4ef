package io.github.amivoicetoolkit.exporters.subtitle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test-side reader of the WebVTT our writer produces, stricter than the format in what it accepts
 * (the W3C validator run by {@code .ci/run} checks the format itself): header, optional NOTE and
 * STYLE blocks before the cues, cues separated by single blank lines, text made only of escaped
 * characters and {@code <v>}, {@code <c>}, {@code <ruby>}/{@code <rt>} (one non-empty reading over a
 * non-empty base) and timestamp tags, inline timestamps strictly inside the
 * cue and increasing. Decodes each cue to its plain text.
 */
final class VttReader {
  /**
   * @param plainText the text as shown, lines ended by {@code \n}, furigana left out
   * @param rubies each {@code <ruby>} as {@code base=reading}
   */
  record VttCue(long startMs, long endMs, String voice, List<String> lines, String plainText, List<Long> wordTimes,
      List<String> rubies) {}

  record VttFile(List<String> note, List<String> style, List<VttCue> cues) {}

  private static final Pattern TIMING = Pattern.compile(
      "(\\d{2,}):([0-5]\\d):([0-5]\\d)\\.(\\d{3}) --> (\\d{2,}):([0-5]\\d):([0-5]\\d)\\.(\\d{3})");
  private static final Pattern TAG = Pattern.compile("<([^>]*)>");
  private static final Pattern INLINE_TIME = Pattern.compile("(\\d{2,}):([0-5]\\d):([0-5]\\d)\\.(\\d{3})");

  private VttReader() {}

  static VttFile read(String text) {
    if (!text.startsWith("WEBVTT\n\n")) {
      throw fail(1, "header is not 'WEBVTT' and a blank line");
    }
    String[] lines = text.split("\n", -1);
    if (!lines[lines.length - 1].isEmpty()) {
      throw fail(lines.length, "no line end at the end");
    }
    List<String> note = new ArrayList<>();
    List<String> style = new ArrayList<>();
    List<VttCue> cues = new ArrayList<>();
    int i = 2;
    int n = lines.length - 1;
    long previousEnd = -1;
    while (i < n) {
      if (lines[i].isEmpty()) {
        throw fail(i + 1, "more than one blank line between blocks");
      }
      List<String> block = new ArrayList<>();
      int blockStart = i;
      while (i < n && !lines[i].isEmpty()) {
        block.add(lines[i++]);
      }
      i++;
      String head = block.get(0);
      if (head.equals("NOTE") || head.equals("STYLE")) {
        if (!cues.isEmpty()) {
          throw fail(blockStart + 1, head + " after the first cue");
        }
        for (String line : block) {
          if (line.contains("-->")) {
            throw fail(blockStart + 1, "'-->' in " + head);
          }
        }
        (head.equals("NOTE") ? note : style).addAll(block.subList(1, block.size()));
        continue;
      }
      Matcher m = TIMING.matcher(head);
      if (!m.matches()) {
        throw fail(blockStart + 1, "expected cue timing but was '" + head + "'");
      }
      long start = ms(m, 1);
      long end = ms(m, 5);
      if (end <= start || start < previousEnd) {
        throw fail(blockStart + 1, "bad or overlapping cue times: " + head);
      }
      previousEnd = end;
      if (block.size() < 2) {
        throw fail(blockStart + 1, "cue without text");
      }
      cues.add(decode(start, end, block.subList(1, block.size()), blockStart + 2));
    }
    return new VttFile(note, style, cues);
  }

  private static VttCue decode(long start, long end, List<String> lines, int firstLine) {
    String voice = null;
    StringBuilder plain = new StringBuilder();
    List<Long> times = new ArrayList<>();
    List<String> rubies = new ArrayList<>();
    long last = start;
    int openC = 0;
    int rubyStart = -1;
    StringBuilder reading = null;
    boolean vOpen = false;
    for (int l = 0; l < lines.size(); l++) {
      String line = lines.get(l);
      if (line.contains("-->")) {
        throw fail(firstLine + l, "'-->' in cue text");
      }
      if (line.isBlank()) {
        throw fail(firstLine + l, "blank line in cue");
      }
      Matcher tag = TAG.matcher(line);
      int at = 0;
      while (tag.find()) {
        (reading != null ? reading : plain).append(unescape(line.substring(at, tag.start()), firstLine + l));
        String body = tag.group(1);
        if (body.startsWith("v ")) {
          if (l != 0 || tag.start() != 0 || voice != null) {
            throw fail(firstLine + l, "voice span not at the cue start");
          }
          voice = body.substring(2);
          vOpen = true;
        } else if (body.equals("/v")) {
          if (!vOpen) {
            throw fail(firstLine + l, "</v> without <v>");
          }
          vOpen = false;
        } else if (body.equals("ruby")) {
          if (rubyStart >= 0) {
            throw fail(firstLine + l, "nested <ruby>");
          }
          rubyStart = plain.length();
        } else if (body.equals("rt")) {
          if (rubyStart < 0 || reading != null || plain.length() == rubyStart) {
            throw fail(firstLine + l, "<rt> outside <ruby> or without a base");
          }
          reading = new StringBuilder();
        } else if (body.equals("/rt")) {
          if (reading == null || reading.length() == 0) {
            throw fail(firstLine + l, "</rt> without <rt> or empty reading");
          }
        } else if (body.equals("/ruby")) {
          if (reading == null) {
            throw fail(firstLine + l, "</ruby> without a reading");
          }
          rubies.add(plain.substring(rubyStart) + "=" + reading);
          rubyStart = -1;
          reading = null;
        } else if (body.equals("c")) {
          openC++;
        } else if (body.equals("/c")) {
          openC--;
        } else {
          Matcher t = INLINE_TIME.matcher(body);
          if (!t.matches()) {
            throw fail(firstLine + l, "unexpected tag <" + body + ">");
          }
          long time = ms(t, 1);
          if (time <= start || time >= end || time <= last) {
            throw fail(firstLine + l, "inline timestamp " + body + " not strictly inside the cue and increasing");
          }
          last = time;
          times.add(time);
        }
        at = tag.end();
      }
      plain.append(unescape(line.substring(at), firstLine + l));
      plain.append('\n');
    }
    if (openC != 0) {
      throw fail(firstLine, "unbalanced <c>");
    }
    if (rubyStart >= 0) {
      throw fail(firstLine, "unclosed <ruby>");
    }
    return new VttCue(start, end, voice, List.copyOf(lines), plain.toString(), times, rubies);
  }

  private static String unescape(String text, int line) {
    if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
      throw fail(line, "raw angle bracket in text: " + text);
    }
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c != '&') {
        out.append(c);
      } else if (text.startsWith("&amp;", k)) {
        out.append('&');
        k += 4;
      } else if (text.startsWith("&lt;", k)) {
        out.append('<');
        k += 3;
      } else if (text.startsWith("&gt;", k)) {
        out.append('>');
        k += 3;
      } else {
        throw fail(line, "unescaped & in text: " + text);
      }
    }
    return out.toString();
  }

  private static long ms(Matcher m, int group) {
    return Long.parseLong(m.group(group)) * 3_600_000 + Integer.parseInt(m.group(group + 1)) * 60_000
        + Integer.parseInt(m.group(group + 2)) * 1000 + Integer.parseInt(m.group(group + 3));
  }

  private static IllegalArgumentException fail(int line, String problem) {
    return new IllegalArgumentException("invalid WebVTT at line " + line + ": " + problem);
  }
}
