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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a transcript as SRT, WebVTT, ASS and text with given options and checks every invariant of
 * {@code docs/subtitles.md} on the result, from the files and the
 * transcript alone: each format read back strictly; all cue text, in order, exactly the transcript's
 * shown text; the three subtitle formats with the same cues (same texts, same times, ASS rounded down to
 * centiseconds); no cue starting after its first timed word or ending before its last timed word starts
 * (unless the next speaker starts even earlier); every limit of the profile met or its shortfall
 * explained and counted. Every WebVTT file goes to {@code target/webvtt/} for the W3C validator and every
 * ASS file to {@code target/ass/} for libass (ffmpeg), both run by {@code .ci/run} after the build.
 */
final class SubtitleChecks {
  static final Path WEBVTT_DIR = Path.of("target", "webvtt");
  static final Path SRT_DIR = Path.of("target", "srt");
  static final Path ASS_DIR = Path.of("target", "ass");
  private static final AtomicInteger FILES = new AtomicInteger();
  private static final Pattern PARAGRAPH = Pattern.compile("\\[(\\d{2,}):([0-5]\\d):([0-5]\\d)] (.*)", Pattern.DOTALL);

  record Written(String srt, List<StrictSrtReader.SrtCue> srtCues, SubtitleReport srtReport, String vtt,
      VttReader.VttFile vttFile, SubtitleReport vttReport, String text, String ass, StrictAssReader.AssFile assFile,
      SubtitleReport assReport) {}

  /** A shown token as the checker sees it: stripped text, whether it has times, its start after the offset. */
  private record Shown(String text, boolean timed, long startMs) {}

  private SubtitleChecks() {}

  /** Writes all four formats, checks every invariant, and returns what was written. */
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
    List<String> srtTexts = new ArrayList<>();
    for (StrictSrtReader.SrtCue cue : srtCues) {
      assertThat(cue.lines()).as("lines of SRT cue %s in %s", cue.number(), name).hasSizeLessThanOrEqualTo(
          profile.maxLines());
      List<String> lines = new ArrayList<>(cue.lines());
      String prefixed = lines.get(0);
      lines.set(0, withoutPrefix(prefixed, names));
      StringBuilder cueText = new StringBuilder();
      for (int l = 0; l < lines.size(); l++) {
        assertThat(DisplayWidth.columns(lines.get(l))).as("width of SRT cue %s line %s in %s: %s", cue.number(), l,
            name, lines.get(l)).isLessThanOrEqualTo(profile.lineColumns());
        cueText.append(lines.get(l));
      }
      if (srtReport.linesOverWidth() == 0) {
        assertThat(DisplayWidth.columns(prefixed)).isLessThanOrEqualTo(profile.lineColumns());
      }
      srtTexts.add(strip(cueText));
    }
    assertThat(String.join("", srtTexts).length()).as("SRT text length of %s", name).isEqualTo(
        srtForm(expected).length());

    Files.createDirectories(WEBVTT_DIR);
    Path vttPath = WEBVTT_DIR.resolve(unique + ".vtt");
    SubtitleReport vttReport = new WebVttWriter(options).write(transcript, vttPath);
    String vtt = Files.readString(vttPath, StandardCharsets.UTF_8);
    VttReader.VttFile vttFile = VttReader.read(vtt);
    List<String> vttTexts = new ArrayList<>();
    for (VttReader.VttCue cue : vttFile.cues()) {
      assertThat(cue.lines()).hasSizeLessThanOrEqualTo(profile.maxLines());
      String[] lines = cue.plainText().split("\n");
      if (options.speakerPrefix()) {
        lines[0] = withoutPrefix(lines[0], names);
      } else {
        assertThat(withoutPrefix(lines[0], names)).isEqualTo(lines[0]);
      }
      StringBuilder cueText = new StringBuilder();
      for (String line : lines) {
        assertThat(DisplayWidth.columns(line)).as("width of VTT line in %s: %s", name, line)
            .isLessThanOrEqualTo(profile.lineColumns());
        cueText.append(line);
      }
      if (cue.voice() != null) {
        assertThat(names).extracting(WebVttWriter::voiceName).contains(cue.voice());
        assertThat("<v " + cue.voice() + ">").doesNotContain("-->");
      }
      if (!options.wordTiming()) {
        assertThat(cue.wordTimes()).isEmpty();
      }
      if (!options.ruby()) {
        assertThat(cue.rubies()).isEmpty();
      }
      vttTexts.add(strip(cueText));
    }
    assertThat(vttFile.note().isEmpty()).isEqualTo(!options.noteMetadata());

    Files.createDirectories(ASS_DIR);
    Path assPath = ASS_DIR.resolve(unique + ".ass");
    SubtitleReport assReport = new AssWriter(options).write(transcript, assPath);
    String ass = Files.readString(assPath, StandardCharsets.UTF_8);
    StrictAssReader.AssFile assFile = StrictAssReader.read(ass);
    assertThat(assFile.info()).containsEntry("PlayResX", "1920").containsEntry("PlayResY", "1080");
    assertThat(assFile.styles()).hasSize(names.isEmpty() ? 1 : names.size())
        .allSatisfy(style -> assertThat(style.font()).isEqualTo(AssWriter.FONT));
    List<String> assTexts = new ArrayList<>();
    for (StrictAssReader.AssEvent event : assFile.events()) {
      if (names.isEmpty()) {
        assertThat(event.name()).isEmpty();
      } else {
        assertThat(names).extracting(AssWriter::fieldText).contains(event.name());
      }
      assertThat(event.karaoke().isEmpty()).isEqualTo(!options.wordTiming());
      String[] lines = event.plainText().split("\n");
      assertThat(lines).hasSizeLessThanOrEqualTo(profile.maxLines());
      assTexts.add(strip(String.join("", lines)));
    }

    // one cue list, three encodings: same texts, same times, same report
    assertThat(vttTexts).hasSameSizeAs(srtTexts);
    assertThat(assTexts).hasSameSizeAs(srtTexts);
    for (int k = 0; k < srtTexts.size(); k++) {
      assertThat(srtForm(vttTexts.get(k))).as("SRT and WebVTT cue %s of %s", k + 1, name).isEqualTo(srtTexts.get(k));
      assertThat(vttTexts.get(k).replace('\\', '＼')).as("WebVTT and ASS cue %s of %s", k + 1, name)
          .isEqualTo(assTexts.get(k));
      assertThat(vttFile.cues().get(k).startMs()).isEqualTo(srtCues.get(k).startMs());
      assertThat(vttFile.cues().get(k).endMs()).isEqualTo(srtCues.get(k).endMs());
      assertThat(assFile.events().get(k).startCs()).isEqualTo(srtCues.get(k).startMs() / 10);
      assertThat(assFile.events().get(k).endCs()).isEqualTo(srtCues.get(k).endMs() / 10);
    }
    assertThat(vttReport).isEqualTo(srtReport);
    assertThat(assReport).isEqualTo(srtReport);

    List<Shown> shown = shown(transcript, options);
    List<long[]> times = srtCues.stream().map(c -> new long[] {c.startMs(), c.endMs()}).toList();
    int[] spans = matchInOrder(vttTexts, times, shown, expected, name);
    checkTiming(times, vttTexts, spans, shown, profile, srtReport, name);

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
    return new Written(srt, srtCues, srtReport, vtt, vttFile, vttReport, txt, ass, assFile, assReport);
  }

  private static String withoutPrefix(String line, Set<String> names) {
    for (String speaker : names) {
      String prefix = SrtWriter.plainText(speaker) + ": ";
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length());
      }
    }
    return line;
  }

  /** Text as SRT shows it: angle brackets full-width, a brace before a backslash full-width. */
  private static String srtForm(String text) {
    return text.replace('<', '＜').replace('>', '＞').replace("{\\", "｛\\");
  }

  /**
   * Where each cue's text starts in the transcript's text: the cues, taken in some order, must spell it
   * exactly (nothing lost, nothing invented, each cue one run of it). Cues normally follow the document;
   * only overlapping speech sorted by time can take them out of its order. Of cues with the same text
   * (many はい), the one starting nearest the word at a place is matched to it.
   */
  private static int[] matchInOrder(List<String> cueTexts, List<long[]> cueTimes, List<Shown> shown, String expected,
      String name) {
    long[] wordStartAt = new long[expected.length() + 1];
    Arrays.fill(wordStartAt, -1);
    int at = 0;
    for (Shown token : shown) {
      if (!token.text().isEmpty()) {
        wordStartAt[at] = token.timed() ? token.startMs() : -1;
        at += token.text().length();
      }
    }
    int[] spans = new int[cueTexts.size()];
    boolean[] used = new boolean[cueTexts.size()];
    assertThat(match(cueTexts, cueTimes, wordStartAt, expected, 0, used, spans, 0))
        .as("cue texts of %s spell the transcript %s in %s", name, expected, cueTexts).isTrue();
    return spans;
  }

  private static boolean match(List<String> cues, List<long[]> times, long[] wordStartAt, String expected, int pos,
      boolean[] used, int[] spans, int done) {
    if (pos == expected.length()) {
      return done == cues.size();
    }
    List<Integer> candidates = new ArrayList<>();
    for (int k = 0; k < cues.size(); k++) {
      if (!used[k] && expected.startsWith(cues.get(k), pos)) {
        candidates.add(k);
      }
    }
    long word = wordStartAt[pos];
    candidates.sort(Comparator.comparingLong((Integer k) -> word < 0 ? k : Math.abs(times.get(k)[0] - word))
        .thenComparingInt(k -> k));
    Set<String> tried = new HashSet<>();
    for (int k : candidates) {
      // cues with equal text are interchangeable: try each text once at a place
      if (tried.add(cues.get(k))) {
        used[k] = true;
        spans[k] = pos;
        if (match(cues, times, wordStartAt, expected, pos + cues.get(k).length(), used, spans, done + 1)) {
          return true;
        }
        used[k] = false;
      }
    }
    return false;
  }

  private static void checkTiming(List<long[]> cues, List<String> texts, int[] spans, List<Shown> shown,
      SubtitleProfile profile, SubtitleReport report, String name) {
    int shortest = Integer.MAX_VALUE;
    int longest = 0;
    int belowMinDuration = 0;
    int shortGaps = 0;
    long largestDelay = 0;
    for (int k = 0; k < cues.size(); k++) {
      long start = cues.get(k)[0];
      long end = cues.get(k)[1];
      long[] next = k + 1 < cues.size() ? cues.get(k + 1) : null;
      int duration = (int) (end - start);
      assertThat(duration).as("duration of cue %s in %s", k + 1, name).isPositive()
          .isLessThanOrEqualTo(profile.maxCueDurationMs());
      // the timed tokens that begin inside this cue's text
      long firstWord = Long.MAX_VALUE;
      long lastWord = Long.MIN_VALUE;
      int at = 0;
      for (Shown token : shown) {
        if (!token.text().isEmpty() && at >= spans[k] && at < spans[k] + texts.get(k).length() && token.timed()) {
          firstWord = Math.min(firstWord, token.startMs());
          lastWord = Math.max(lastWord, token.startMs());
        }
        at += token.text().length();
      }
      if (firstWord != Long.MAX_VALUE) {
        largestDelay = Math.max(largestDelay, start - firstWord);
        if (report.cuesDelayed() == 0) {
          assertThat(start).as("start of cue %s in %s: never after its first word", k + 1, name)
              .isLessThanOrEqualTo(firstWord);
        }
        if (end < lastWord) {
          assertThat(next).as("cue %s of %s ends before its last word starts, so another speaker starts before", k + 1,
              name).isNotNull();
          assertThat(next[0]).as("cue %s of %s ends where the next begins", k + 1, name).isEqualTo(end);
        }
      }
      if (next != null) {
        long gap = next[0] - end;
        if (gap < profile.minGapMs()) {
          shortGaps++;
          assertThat(gap).as("a gap that cannot be had is none (cue %s of %s)", k + 1, name).isZero();
        }
      }
      if (duration < profile.minCueDurationMs()) {
        belowMinDuration++;
        assertThat(next).as("cue %s of %s is short only because the next one starts too soon", k + 1, name)
            .isNotNull();
        assertThat(next[0] - end).as("no room after short cue %s of %s", k + 1, name)
            .isLessThanOrEqualTo(profile.minGapMs());
      }
      int chars = texts.get(k).codePointCount(0, texts.get(k).length());
      if (chars * 1000.0 / duration > profile.maxReadingSpeed() + 1e-9 && duration < profile.maxCueDurationMs()) {
        assertThat(next).as("cue %s of %s is too fast only because the next one starts too soon", k + 1, name)
            .isNotNull();
        assertThat(next[0] - end).as("no room after fast cue %s of %s", k + 1, name)
            .isLessThanOrEqualTo(profile.minGapMs());
      }
      shortest = Math.min(shortest, duration);
      longest = Math.max(longest, duration);
    }
    assertThat(largestDelay).as("largest start delay in %s", name).isLessThanOrEqualTo(report.maxStartOffsetMs());
    assertThat(report.cuesBelowMinDuration()).as("cues below the minimum duration in %s", name)
        .isEqualTo(belowMinDuration);
    assertThat(report.gapsBelowMinimum()).as("gaps below the minimum in %s", name).isEqualTo(shortGaps);
    if (!cues.isEmpty()) {
      assertThat(report.shortestCueMs()).isEqualTo(shortest);
      assertThat(report.longestCueMs()).isEqualTo(longest);
    }
  }

  /** Every piece is a whole token, or a part no wider than a line of a token wider than a line. */
  private static void checkTokensKeptWhole(Transcript transcript, SubtitleOptions options, SubtitleProfile profile,
      String name) {
    List<Cue> cues = new ArrayList<>();
    CueBuilder builder = new CueBuilder(transcript, profile, options, new SubtitleReport.Accumulator());
    for (Cue cue = builder.next(); cue != null; cue = builder.next()) {
      cues.add(cue);
    }
    cues.sort(Comparator.comparingLong(c -> c.sequence));
    List<Piece> pieces = new ArrayList<>();
    for (Cue cue : cues) {
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
      if (TextWidth.layoutColumns(shown) <= profile.lineColumns()) {
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

  private static List<Shown> shown(Transcript transcript, SubtitleOptions options) {
    Tokens tokens = transcript.tokens();
    List<Shown> shown = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.kind(i) == TokenKind.FILLER && !options.includeFillers()) {
        continue;
      }
      String w = tokens.written(i);
      if (tokens.kind(i) == TokenKind.FILLER) {
        w = w.substring(1, w.length() - 1);
      }
      boolean timed = tokens.isTimed(i);
      shown.add(new Shown(strip(w), timed, timed ? Math.max(0, tokens.startMs(i) + options.offsetMs()) : 0));
    }
    return shown;
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
