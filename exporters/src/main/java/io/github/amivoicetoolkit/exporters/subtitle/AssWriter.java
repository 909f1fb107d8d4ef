package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.AtomicFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Writes Advanced SubStation Alpha (ASS, {@code ScriptType: v4.00+}) for libass-based players and
 * renderers (mpv, VLC, ffmpeg's {@code subtitles} filter, Aegisub).
 *
 * <p>{@code [Script Info]} sets {@code PlayResX: 1920} and {@code PlayResY: 1080}, so sizes and margins
 * are in pixels of a 1080p frame, scaled to any video. {@code [V4+ Styles]} holds one style per shown
 * speaker, named after the speaker, in {@value #FONT} {@value #FONT_SIZE} px (a font with every Japanese
 * character; players substitute another when it is missing), white outline-free text replaced by the
 * speaker's colour from {@link SpeakerColours}, a black outline, at the bottom centre; a transcript
 * without speakers gets one {@code Default} style in white. {@code [Events]} holds one {@code Dialogue}
 * per cue, with the speaker's name in the {@code Name} field, lines joined by {@code \N}.
 *
 * <p>The cues are the ones {@link SrtWriter} and {@link WebVttWriter} write for the same transcript and
 * options, at ASS's precision of centiseconds: both times are rounded down, so a cue still never starts
 * after its first word and never overlaps the next.
 *
 * <p>Text is escaped for libass: <code>{</code> and <code>}</code> as <code>\{</code> and <code>\}</code>
 * (they would open and close override tags), a backslash as the full-width {@code ＼} (so that text can
 * never form {@code \N}, {@code \n} or {@code \h}), a space at either end of a line as {@code \h} (ASS
 * readers trim them); names and style names lose commas (full-width {@code ，} instead), which separate the
 * fields. With word timing ({@link SubtitleOptions#wordTiming()}) each word is preceded by a
 * <code>{\kN}</code> karaoke tag: it lights up in the speaker's colour for N centiseconds from its start.
 *
 * <p>Streams: at most 34 cues in memory (32 held to sort overlapping speech by time). Thread-safe
 * (immutable).
 */
public final class AssWriter {
  /** Default font: Noto Sans CJK JP covers kana, kanji and Latin text. */
  public static final String FONT = "Noto Sans CJK JP";
  /** Font size in pixels of the 1080-pixel-high script resolution. */
  public static final int FONT_SIZE = 64;
  public static final int PLAY_RES_X = 1920;
  public static final int PLAY_RES_Y = 1080;

  static final String STYLE_FORMAT = "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour,"
      + " OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle,"
      + " BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding";
  static final String EVENT_FORMAT = "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect,"
      + " Text";

  private final SubtitleOptions options;

  public AssWriter(SubtitleOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Writes the file atomically (UTF-8, {@code \n} line ends). */
  public SubtitleReport write(Transcript transcript, Path target) throws IOException {
    return AtomicFile.writeUtf8(target, writer -> write(transcript, writer));
  }

  /** Writes to a writer it does not close. */
  public SubtitleReport write(Transcript transcript, Writer out) throws IOException {
    SubtitleProfile profile = options.profileFor(transcript);
    String[] shown = ShownSpeakers.of(transcript.speakers());
    String[] names = new String[shown.length];
    String[] styles = new String[shown.length];
    StringBuilder text = new StringBuilder(1024);
    text.append("[Script Info]\n")
        .append("; Written by amivoice-toolkit\n")
        .append("ScriptType: v4.00+\n")
        .append("WrapStyle: 0\n")
        .append("ScaledBorderAndShadow: yes\n")
        .append("YCbCr Matrix: None\n")
        .append("PlayResX: ").append(PLAY_RES_X).append('\n')
        .append("PlayResY: ").append(PLAY_RES_Y).append("\n\n")
        .append("[V4+ Styles]\n").append(STYLE_FORMAT).append('\n');
    Set<String> styleNames = new HashSet<>();
    int colour = 0;
    for (int s = 0; s < shown.length; s++) {
      if (shown[s] == null) {
        continue;
      }
      names[s] = fieldText(shown[s]);
      String style = names[s].isEmpty() ? "Speaker" : names[s];
      for (int n = 2; !styleNames.add(style.toLowerCase(Locale.ROOT)); n++) {
        style = (names[s].isEmpty() ? "Speaker" : names[s]) + " " + n;
      }
      styles[s] = style;
      appendStyle(text, style, SpeakerColours.rgb(colour++));
    }
    boolean anyName = colour > 0;
    if (!anyName) {
      appendStyle(text, "Default", 0xFFFFFF);
    }
    text.append("\n[Events]\n").append(EVENT_FORMAT).append('\n');
    out.write(text.toString());

    SubtitleReport.Accumulator report = new SubtitleReport.Accumulator();
    CueBuilder cues = new CueBuilder(transcript, profile, options, report);
    for (Cue cue = cues.next(); cue != null; cue = cues.next()) {
      text.setLength(0);
      long startCs = cue.startMs / 10;
      long endCs = cue.endMs / 10;
      text.append("Dialogue: 0,");
      appendTime(text, startCs);
      text.append(',');
      appendTime(text, endCs);
      text.append(',').append(styles[cue.speakerId] != null ? styles[cue.speakerId] : "Default").append(',')
          .append(names[cue.speakerId] != null ? names[cue.speakerId] : "").append(",0,0,0,,");
      appendCueText(text, cue, startCs, endCs);
      text.append('\n');
      out.write(text.toString());
    }
    return report.toReport(profile);
  }

  private static void appendStyle(StringBuilder out, String name, int rgb) {
    out.append("Style: ").append(name).append(',').append(FONT).append(',').append(FONT_SIZE).append(',')
        .append(colour(rgb)).append(',').append(colour(0xFFFFFF)).append(",&H00000000,&H80000000,")
        .append("0,0,0,0,100,100,0,0,1,3,0,2,96,96,54,1\n");
  }

  /** {@code &HAABBGGRR}, opaque. */
  static String colour(int rgb) {
    int bgr = ((rgb & 0xFF) << 16) | (rgb & 0xFF00) | ((rgb >> 16) & 0xFF);
    return String.format(Locale.ROOT, "&H00%06X", bgr);
  }

  /** {@code H:MM:SS.cc}. */
  static void appendTime(StringBuilder out, long centiseconds) {
    long seconds = centiseconds / 100;
    out.append(seconds / 3600).append(':');
    two(out, seconds / 60 % 60).append(':');
    two(out, seconds % 60).append('.');
    two(out, centiseconds % 100);
  }

  private static StringBuilder two(StringBuilder out, long value) {
    if (value < 10) {
      out.append('0');
    }
    return out.append(value);
  }

  private void appendCueText(StringBuilder text, Cue cue, long startCs, long endCs) {
    List<Piece> all = cue.pieces;
    int index = 0;
    long sungFrom = startCs;
    for (int l = 0; l < cue.lines.size(); l++) {
      if (l > 0) {
        text.append("\\N");
      }
      StringBuilder line = new StringBuilder();
      List<Piece> pieces = cue.lines.get(l);
      for (int k = 0; k < pieces.size(); k++) {
        Piece p = pieces.get(k);
        if (k > 0 && p.spaceBefore) {
          line.append(' ');
        }
        if (options.wordTiming()) {
          // each word lights up from its start to the next word's start (the last one to the cue's end)
          long until = endCs;
          if (index + 1 < all.size()) {
            until = Math.min(endCs, Math.max(sungFrom, all.get(index + 1).startMs / 10));
          }
          line.append("{\\k").append(until - sungFrom).append('}');
          sungFrom = until;
        }
        escape(line, p.text);
        index++;
      }
      appendLine(text, line);
    }
  }

  /** A line with a space at either end written as {@code \h}, which ASS readers do not trim. */
  private static void appendLine(StringBuilder out, StringBuilder line) {
    int from = 0;
    int to = line.length();
    while (from < to && line.charAt(from) == ' ') {
      out.append("\\h");
      from++;
    }
    int trailing = 0;
    while (to > from && line.charAt(to - 1) == ' ') {
      to--;
      trailing++;
    }
    out.append(line, from, to);
    out.append("\\h".repeat(trailing));
  }

  static void escape(StringBuilder out, String text) {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '{' -> out.append("\\{");
        case '}' -> out.append("\\}");
        case '\\' -> out.append('＼');
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
  }

  /** A name for the {@code Name} and {@code Style} fields: one line, no commas, no backslashes or braces. */
  static String fieldText(String name) {
    return TextWidth.displayText(name).replace(',', '，').replace('\\', '＼').replace('{', '｛').replace('}', '｝');
  }
}
