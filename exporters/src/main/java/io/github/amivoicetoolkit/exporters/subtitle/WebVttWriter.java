package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.JobInfo;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.internal.Clock;
import io.github.amivoicetoolkit.exporters.AtomicFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes W3C WebVTT: a {@code WEBVTT} header, an optional {@code NOTE} block with the job's metadata,
 * an optional {@code STYLE} block with one colour per speaker, then the cues laid out by the
 * {@link SubtitleProfile}, sorted and never overlapping.
 *
 * <p>Cue text escapes {@code &}, {@code <} and {@code >} ({@code &amp;} {@code &lt;} {@code &gt;}), so
 * it can never hold {@code -->}; no line is ever blank. Each cue of a known speaker is one
 * {@code <v Name>} voice span; names lose {@code &}, {@code <}, {@code >} (written full-width) and line
 * breaks, and a name ending in {@code -} ends in a full-width {@code －} (so that {@code <v a-->} cannot
 * hold {@code -->}). With word timing each word is a {@code <c>} span, preceded by its start time
 * {@code <HH:MM:SS.mmm>} when that lies strictly inside the cue and after the previous one. With furigana
 * ({@link SubtitleOptions#ruby()}) words written with kanji carry their reading, from the token's spoken
 * form in hiragana, in {@code <ruby>漢字<rt>かんじ</rt></ruby>}. With
 * {@link SubtitleOptions#speakerPrefix()} the text of a cue whose speaker changed starts with
 * {@code Name: }, as in SRT.
 *
 * <p>The cues are the ones {@link SrtWriter} and {@link AssWriter} write for the same transcript and
 * options: same breaks, same times.
 *
 * <p>Streams: at most 34 cues in memory (32 held to sort overlapping speech by time). Thread-safe
 * (immutable).
 */
public final class WebVttWriter {
  private static final String[] COLOURS = {
    "#ffff00", "#00ffff", "#00ff00", "#ff80ff", "#ffa500", "#80a0ff", "#ff8080", "#ffffff"
  };

  private final SubtitleOptions options;

  public WebVttWriter(SubtitleOptions options) {
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
    String[] voices = new String[shown.length];
    for (int s = 0; s < voices.length; s++) {
      voices[s] = shown[s] == null ? null : voiceName(shown[s]);
    }
    StringBuilder text = new StringBuilder(256);
    text.append("WEBVTT\n\n");
    if (options.noteMetadata()) {
      appendNote(text, transcript.job(), shown);
    }
    if (options.speakerColours()) {
      appendStyle(text, voices);
    }
    out.write(text.toString());

    SubtitleReport.Accumulator report = new SubtitleReport.Accumulator();
    CueBuilder cues = new CueBuilder(transcript, profile, options, report);
    for (Cue cue = cues.next(); cue != null; cue = cues.next()) {
      text.setLength(0);
      Clock.append(text, cue.startMs, '.');
      text.append(" --> ");
      Clock.append(text, cue.endMs, '.');
      text.append('\n');
      String voice = voices[cue.speakerId];
      if (voice != null) {
        text.append("<v ").append(voice).append('>');
      }
      if (options.speakerPrefix() && cue.showsName && shown[cue.speakerId] != null) {
        escape(text, CueBuilder.namePrefix(shown[cue.speakerId]));
      }
      appendCueText(text, cue);
      if (voice != null) {
        text.append("</v>");
      }
      text.append("\n\n");
      out.write(text.toString());
    }
    return report.toReport(profile);
  }

  private void appendCueText(StringBuilder text, Cue cue) {
    long lastTimestamp = cue.startMs;
    boolean firstPiece = true;
    for (int l = 0; l < cue.lines.size(); l++) {
      if (l > 0) {
        text.append('\n');
      }
      List<Piece> line = cue.lines.get(l);
      for (int k = 0; k < line.size(); k++) {
        Piece p = line.get(k);
        if (k > 0 && p.spaceBefore) {
          text.append(' ');
        }
        if (options.wordTiming()) {
          if (!firstPiece && p.startMs > lastTimestamp && p.startMs < cue.endMs) {
            text.append('<');
            Clock.append(text, p.startMs, '.');
            text.append('>');
            lastTimestamp = p.startMs;
          }
          text.append("<c>");
          appendWord(text, p);
          text.append("</c>");
        } else {
          appendWord(text, p);
        }
        firstPiece = false;
      }
    }
  }

  private void appendWord(StringBuilder text, Piece p) {
    if (options.ruby() && p.reading != null) {
      Furigana.appendRuby(text, p.text, p.reading, WebVttWriter::escape);
    } else {
      escape(text, p.text);
    }
  }

  private static void escape(StringBuilder out, String text) {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
  }

  /**
   * A voice annotation: no {@code &}, {@code <}, {@code >} (full-width instead), no line breaks or runs of
   * spaces, and no {@code -} at the end (full-width {@code －} instead), since the {@code >} that closes the
   * tag would make it {@code -->}.
   */
  static String voiceName(String name) {
    String single = TextWidth.displayText(name).replace('&', '＆').replace('<', '＜').replace('>', '＞');
    int end = single.length();
    while (end > 0 && single.charAt(end - 1) == '-') {
      end--;
    }
    single = single.substring(0, end) + "－".repeat(single.length() - end);
    return single.isEmpty() ? "?" : single;
  }

  private static void appendNote(StringBuilder out, JobInfo job, String[] shown) {
    out.append("NOTE\n");
    appendNoteLine(out, "session_id", job.sessionId());
    appendNoteLine(out, "status", job.status() != null ? job.status() : job.describe());
    appendNoteLine(out, "content_id", job.contentId());
    StringBuilder list = new StringBuilder();
    for (String name : shown) {
      if (name == null) {
        continue;
      }
      if (list.length() > 0) {
        list.append(", ");
      }
      list.append(name);
    }
    appendNoteLine(out, "speakers", list.length() == 0 ? null : list.toString());
    out.append('\n');
  }

  /** A comment line can hold anything but a line break and {@code -->} (which would end the comment). */
  private static void appendNoteLine(StringBuilder out, String key, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    String clean = TextWidth.displayText(value);
    while (clean.contains("-->")) {
      clean = clean.replace("-->", "->");
    }
    out.append(key).append(": ").append(clean).append('\n');
  }

  private static void appendStyle(StringBuilder out, String[] voices) {
    StringBuilder rules = new StringBuilder();
    int colour = 0;
    for (String voice : voices) {
      if (voice == null) {
        continue;
      }
      rules.append("::cue(v[voice=\"");
      for (int k = 0; k < voice.length(); k++) {
        char c = voice.charAt(k);
        if (c == '"' || c == '\\') {
          rules.append('\\');
        }
        rules.append(c);
      }
      rules.append("\"]) { color: ").append(COLOURS[colour++ % COLOURS.length]).append("; }\n");
    }
    if (rules.length() > 0) {
      out.append("STYLE\n").append(rules).append('\n');
    }
  }
}
