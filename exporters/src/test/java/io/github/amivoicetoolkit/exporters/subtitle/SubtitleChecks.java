package io.github.amivoicetoolkit.exporters.subtitle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.internal.DisplayWidth;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a transcript as SRT, WebVTT and text with given options and checks every invariant of
 * {@code docs/subtitles.md} on the result. Every WebVTT file goes to {@code target/webvtt/}
 * for the W3C validator that {@code .ci/run} runs after the build.
 */
final class SubtitleChecks {
  static final Path WEBVTT_DIR = Path.of("target", "webvtt");
  static final Path SRT_DIR = Path.of("target", "srt");
  private static final AtomicInteger FILES = new AtomicInteger();
  private static final Pattern PARAGRAPH = Pattern.compile("\\[(\\d{2,}):([0-5]\\d):([0-5]\\d)] (.*)", Pattern.DOTALL);

  record Written(String srt, List<StrictSrtReader.SrtCue> srtCues, SubtitleReport srtReport, String vtt,
      VttReader.VttFile vttFile, SubtitleReport vttReport, String text) {}

  private SubtitleChecks() {}

  /** Writes all three formats, checks every invariant, and returns what was written. */
  static Written checkAll(Transcript transcript, SubtitleOptions options, String name) {
    try {
      return check(transcript, options, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Written check(Transcript transcript, SubtitleOptions options, String name) throws IOException {
    String unique = name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + FILES.incrementAndGet();
    SubtitleProfile profile = options.profileFor(transcript);
    String expected = expectedText(transcript, options.includeFillers());
    Set<String> names = new LinkedHashSet<>();
    // a transcript without diarization shows no names; otherwise every speaker, "" as "(no speaker)"
    if (!transcript.speakers().equals(List.of(""))) {
      for (String speaker : transcript.speakers()) {
        names.add(SpeakerNames.display(speaker));
      }
    }

    Path srtPath = SRT_DIR.resolve(unique + ".srt");
    SubtitleReport srtReport = new SrtWriter(options).write(transcript, srtPath);
    String srt = Files.readString(srtPath, StandardCharsets.UTF_8);
    StringWriter srtAgain = new StringWriter();
    assertThat(new SrtWriter(options).write(transcript, srtAgain)).isEqualTo(srtReport);
    assertThat(srtAgain.toString()).isEqualTo(srt);
    List<StrictSrtReader.SrtCue> srtCues = StrictSrtReader.read(srt);
    StringBuilder srtText = new StringBuilder();
    for (StrictSrtReader.SrtCue cue : srtCues) {
      assertThat(cue.lines()).as("lines of SRT cue %s in %s", cue.number(), name).hasSizeLessThanOrEqualTo(
          profile.maxLines());
      List<String> lines = new ArrayList<>(cue.lines());
      String prefixed = lines.get(0);
      for (String speaker : names) {
        String prefix = SrtWriter.plainText(speaker) + ": ";
        if (prefixed.startsWith(prefix)) {
          lines.set(0, prefixed.substring(prefix.length()));
          break;
        }
      }
      for (int l = 0; l < lines.size(); l++) {
        assertThat(DisplayWidth.columns(lines.get(l))).as("width of SRT cue %s line %s in %s: %s", cue.number(), l,
            name, lines.get(l)).isLessThanOrEqualTo(profile.lineColumns());
        srtText.append(lines.get(l));
      }
      if (srtReport.linesOverWidth() == 0) {
        assertThat(DisplayWidth.columns(prefixed)).isLessThanOrEqualTo(profile.lineColumns());
      }
    }
    assertThat(strip(srtText)).as("SRT text of %s", name).isEqualTo(
        expected.replace('<', '＜').replace('>', '＞').replace("{\\", "｛\\"));
    checkTiming(srtCues.stream().map(c -> new int[] {c.startMs(), c.endMs()}).toList(), profile, srtReport, name);

    Files.createDirectories(WEBVTT_DIR);
    Path vttPath = WEBVTT_DIR.resolve(unique + ".vtt");
    SubtitleReport vttReport = new WebVttWriter(options).write(transcript, vttPath);
    String vtt = Files.readString(vttPath, StandardCharsets.UTF_8);
    VttReader.VttFile vttFile = VttReader.read(vtt);
    StringBuilder vttText = new StringBuilder();
    for (VttReader.VttCue cue : vttFile.cues()) {
      assertThat(cue.lines()).hasSizeLessThanOrEqualTo(profile.maxLines());
      for (String line : cue.plainText().split("\n")) {
        assertThat(DisplayWidth.columns(line)).as("width of VTT line in %s: %s", name, line)
            .isLessThanOrEqualTo(profile.lineColumns());
      }
      if (cue.voice() != null) {
        assertThat(names).extracting(WebVttWriter::voiceName).contains(cue.voice());
      }
      if (!options.wordTiming()) {
        assertThat(cue.wordTimes()).isEmpty();
      }
      vttText.append(cue.plainText());
    }
    assertThat(strip(vttText)).as("WebVTT text of %s", name).isEqualTo(expected);
    checkTiming(vttFile.cues().stream().map(c -> new int[] {c.startMs(), c.endMs()}).toList(), profile, vttReport,
        name);
    assertThat(vttFile.note().isEmpty()).isEqualTo(!options.noteMetadata());

    StringWriter text = new StringWriter();
    new TextTranscriptWriter(options).write(transcript, text);
    String txt = text.toString();
    StringBuilder txtText = new StringBuilder();
    if (!txt.isEmpty()) {
      assertThat(txt).endsWith("\n").doesNotContain("\n\n\n").doesNotStartWith("\n");
      for (String paragraph : txt.substring(0, txt.length() - 1).split("\n\n")) {
        Matcher m = PARAGRAPH.matcher(paragraph);
        assertThat(m.matches()).as("paragraph of %s: %s", name, paragraph).isTrue();
        assertThat(paragraph).doesNotContain("\n");
        String body = m.group(4);
        for (String speaker : names) {
          if (body.startsWith(speaker + ": ")) {
            body = body.substring(speaker.length() + 2);
            break;
          }
        }
        txtText.append(body);
      }
    }
    assertThat(strip(txtText)).as("text transcript of %s", name).isEqualTo(expected);

    checkTokensKeptWhole(transcript, options, profile, name);
    assertThat(vttReport.cues()).isEqualTo(vttFile.cues().size());
    assertThat(srtReport.cues()).isEqualTo(srtCues.size());
    return new Written(srt, srtCues, srtReport, vtt, vttFile, vttReport, txt);
  }

  private static void checkTiming(List<int[]> cues, SubtitleProfile profile, SubtitleReport report, String name) {
    int shortest = Integer.MAX_VALUE;
    int longest = 0;
    for (int k = 0; k < cues.size(); k++) {
      int[] cue = cues.get(k);
      int duration = cue[1] - cue[0];
      assertThat(duration).as("duration of cue %s in %s", k + 1, name).isPositive()
          .isLessThanOrEqualTo(profile.maxCueDurationMs());
      if (k > 0) {
        assertThat(cue[0] - cues.get(k - 1)[1]).as("gap before cue %s in %s", k + 1, name)
            .isGreaterThanOrEqualTo(profile.minGapMs());
      }
      shortest = Math.min(shortest, duration);
      longest = Math.max(longest, duration);
    }
    if (!cues.isEmpty()) {
      assertThat(report.shortestCueMs()).isEqualTo(shortest);
      assertThat(report.longestCueMs()).isEqualTo(longest);
    }
  }

  /** Every piece is a whole token, or a part no wider than a line of a token wider than a line. */
  private static void checkTokensKeptWhole(Transcript transcript, SubtitleOptions options, SubtitleProfile profile,
      String name) {
    List<Piece> pieces = new ArrayList<>();
    CueBuilder builder = new CueBuilder(transcript, profile, options.includeFillers(), t -> t, s -> 0,
        new SubtitleReport.Accumulator());
    for (Cue cue = builder.next(); cue != null; cue = builder.next()) {
      for (List<Piece> line : cue.lines) {
        for (Piece p : line) {
          assertThat(p.speakerId).isEqualTo(cue.speakerId);
          pieces.add(p);
        }
      }
    }
    int next = 0;
    for (String token : shownTokens(transcript, options.includeFillers())) {
      String shown = TextWidth.displayText(token);
      if (shown.isEmpty()) {
        continue;
      }
      if (DisplayWidth.columns(shown) <= profile.lineColumns()) {
        assertThat(pieces.get(next++).text).as("token in %s", name).isEqualTo(shown);
      } else {
        StringBuilder joined = new StringBuilder();
        while (joined.length() < shown.length()) {
          Piece part = pieces.get(next++);
          assertThat(part.columns).isLessThanOrEqualTo(profile.lineColumns());
          joined.append(part.text);
        }
        assertThat(joined.toString()).isEqualTo(shown);
      }
    }
    assertThat(next).isEqualTo(pieces.size());
  }

  static List<String> shownTokens(Transcript transcript, boolean includeFillers) {
    Tokens tokens = transcript.tokens();
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      TokenKind kind = tokens.kind(i);
      if (kind == TokenKind.FILLER) {
        if (includeFillers) {
          String w = tokens.written(i);
          shown.add(w.substring(1, w.length() - 1));
        }
      } else {
        shown.add(tokens.written(i));
      }
    }
    return shown;
  }

  /** The transcript's word and punctuation text (and fillers when shown), whitespace removed. */
  static String expectedText(Transcript transcript, boolean includeFillers) {
    StringBuilder all = new StringBuilder();
    for (String token : shownTokens(transcript, includeFillers)) {
      all.append(token);
    }
    return strip(all);
  }

  static String strip(CharSequence text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)
        && !Character.isSpaceChar(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }
}
