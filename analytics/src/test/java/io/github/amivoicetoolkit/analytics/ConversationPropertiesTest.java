package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Token;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conversation figures against a brute-force oracle written from the definitions alone: turns rebuilt
 * from token objects, speech and silences read off a per-millisecond grid. Over synthetic calls (2–5
 * speakers, overlaps, interruptions and long pauses on demand) and over the random documents of {@link
 * RandomResults} (labels missing, times out of order, untimed and zero-length tokens).
 */
class ConversationPropertiesTest {

  static LongStream callSeeds() {
    return LongStream.range(0, 60);
  }

  static LongStream randomSeeds() {
    return LongStream.range(0, 400);
  }

  static Transcript syntheticCall(long seed) {
    SyntheticResults results = SyntheticResults.builder().seed(seed).minutes(1.5 + seed % 3)
        .speakers(2 + (int) (seed % 4)).language(seed % 2 == 0 ? SyntheticResults.Language.JAPANESE
            : SyntheticResults.Language.ENGLISH)
        .fillers(seed % 3 == 0).overlapRate(0.15).interruptionRate(0.25).silenceRate(0.15).missingLabelRate(0.05)
        .pretty(false).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      results.writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Docs.json(bytes.toString(StandardCharsets.UTF_8));
  }

  /** Thresholds vary with the seed, the defaults included; 0 counts every gap and every overlap. */
  static AnalyticsOptions options(long seed) {
    long[] silence = {3_000, 0, 1_500, 3_000, 500};
    long[] interruption = {1_000, 0, 500, 2_000, 1_000};
    return AnalyticsOptions.builder().silenceMs(silence[(int) (seed % 5)])
        .interruptionMs(interruption[(int) (seed / 5 % 5)]).build();
  }

  // ---- the oracle ----

  private record Turn(String speaker, int start, int end) {}

  private record Event(String type, long start, long end, String speaker, String interrupted, int order) {}

  private static final class Figures {
    final Map<String, List<Long>> gaps = new LinkedHashMap<>();
    final Map<String, Long> longest = new LinkedHashMap<>();
    final Map<String, Long> interruptions = new LinkedHashMap<>();
    final Map<String, Long> interrupted = new LinkedHashMap<>();
    final Map<String, Long> words = new LinkedHashMap<>();
    final Map<String, Long> talk = new LinkedHashMap<>();
    final List<Long> allGaps = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    long interruptionMs;
    long window;
    long speech;
    long silences;
    long silenceMs;
    Long longestSilence;
  }

  private static Figures oracle(Transcript transcript, AnalyticsOptions options) {
    Figures f = new Figures();
    int maxMs = 0;
    for (Token token : transcript.tokens()) {
      if (token.isTimed()) {
        maxMs = Math.max(maxMs, token.endMs());
      }
    }
    Map<String, boolean[]> grids = new LinkedHashMap<>();
    for (String speaker : transcript.speakers()) {
      grids.put(speaker, new boolean[maxMs + 1]);
      f.gaps.put(speaker, new ArrayList<>());
      f.interruptions.put(speaker, 0L);
      f.interrupted.put(speaker, 0L);
      f.words.put(speaker, 0L);
    }
    // turns: runs of word and filler tokens of one speaker; punctuation is invisible
    List<Turn> timedTurns = new ArrayList<>();
    String runSpeaker = null;
    Token firstTimed = null;
    Token lastTimed = null;
    for (Token token : transcript.tokens()) {
      if (token.kind() == TokenKind.PUNCTUATION) {
        continue;
      }
      if (runSpeaker != null && !runSpeaker.equals(token.speaker())) {
        if (firstTimed != null) {
          timedTurns.add(new Turn(runSpeaker, firstTimed.startMs(), lastTimed.endMs()));
        }
        firstTimed = null;
        lastTimed = null;
      }
      runSpeaker = token.speaker();
      if (token.kind() == TokenKind.WORD) {
        f.words.merge(token.speaker(), 1L, Long::sum);
      }
      if (token.isTimed()) {
        if (firstTimed == null) {
          firstTimed = token;
        }
        lastTimed = token;
        boolean[] grid = grids.get(token.speaker());
        for (int ms = token.startMs(); ms < token.endMs(); ms++) {
          grid[ms] = true;
        }
      }
    }
    if (firstTimed != null) {
      timedTurns.add(new Turn(runSpeaker, firstTimed.startMs(), lastTimed.endMs()));
    }
    for (Turn turn : timedTurns) {
      f.longest.merge(turn.speaker(), (long) turn.end() - turn.start(), Math::max);
    }
    long threshold = Math.max(1, options.interruptionMs());
    for (int k = 0; k + 1 < timedTurns.size(); k++) {
      Turn a = timedTurns.get(k);
      Turn b = timedTurns.get(k + 1);
      if (a.speaker().equals(b.speaker())) {
        continue;
      }
      long gap = (long) b.start() - a.end();
      f.gaps.get(b.speaker()).add(gap);
      f.allGaps.add(gap);
      long overlap = gap < 0 ? (long) Math.min(a.end(), b.end()) - b.start() : 0;
      if (overlap >= threshold) {
        f.interruptions.merge(b.speaker(), 1L, Long::sum);
        f.interrupted.merge(a.speaker(), 1L, Long::sum);
        f.interruptionMs += overlap;
        f.events.add(new Event("interruption", b.start(), b.start() + overlap, b.speaker(), a.speaker(), k));
      }
    }
    // the grid: window, speech, silences
    int first = -1;
    int last = -1;
    boolean[] covered = new boolean[maxMs + 1];
    for (Map.Entry<String, boolean[]> grid : grids.entrySet()) {
      long talk = 0;
      for (int ms = 0; ms <= maxMs; ms++) {
        if (grid.getValue()[ms]) {
          covered[ms] = true;
          talk++;
        }
      }
      f.talk.put(grid.getKey(), talk);
    }
    for (int ms = 0; ms <= maxMs; ms++) {
      if (covered[ms]) {
        first = first < 0 ? ms : first;
        last = ms;
        f.speech++;
      }
    }
    f.window = first < 0 ? 0 : last + 1 - first;
    long silenceThreshold = Math.max(1, options.silenceMs());
    for (int ms = first; first >= 0 && ms <= last; ) {
      if (covered[ms]) {
        ms++;
        continue;
      }
      int from = ms;
      while (!covered[ms]) {
        ms++;
      }
      if (ms - from >= silenceThreshold) {
        f.silences++;
        f.silenceMs += ms - from;
        f.longestSilence = f.longestSilence == null ? ms - from : Math.max(f.longestSilence, ms - from);
        f.events.add(new Event("silence", from, ms, null, null, -1));
      }
    }
    f.events.sort(Comparator.comparingLong(Event::start).thenComparing(e -> e.type().equals("silence") ? 0 : 1)
        .thenComparingInt(Event::order));
    return f;
  }

  private static Long median(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get((int) Math.ceil(sorted.size() * 50 / 100.0) - 1);
  }

  private static Double mean(List<Long> values) {
    return values.isEmpty() ? null : (double) values.stream().mapToLong(Long::longValue).sum() / values.size();
  }

  private static double perMinute(long count, long ms) {
    return ms == 0 ? 0.0 : count / (ms / 60000.0);
  }

  // ---- the checks ----

  @ParameterizedTest
  @MethodSource("callSeeds")
  void syntheticCallsMatchTheOracle(long seed) {
    check(syntheticCall(seed), options(seed));
  }

  @ParameterizedTest
  @MethodSource("randomSeeds")
  void randomDocumentsMatchTheOracle(long seed) {
    check(Docs.json(RandomResults.json(seed)), options(seed));
  }

  private static void check(Transcript transcript, AnalyticsOptions options) {
    TranscriptStats stats = TranscriptStats.of(transcript, options);
    Figures f = oracle(transcript, options);
    for (SpeakerStats s : stats.speakers()) {
      String name = s.speaker();
      SpeakerConversation c = s.conversation();
      assertThat(c.longestTurnMs().isPresent() ? c.longestTurnMs().getAsLong() : null).as("longest of %s", name)
          .isEqualTo(f.longest.get(name));
      assertThat(s.talkMs()).isEqualTo(f.talk.get(name));
      assertThat(c.wordsPerMin()).isEqualTo(perMinute(f.words.get(name), f.talk.get(name)));
      assertThat(c.responses()).as("responses of %s", name).isEqualTo(f.gaps.get(name).size());
      assertThat(c.responseGapMean().isPresent() ? c.responseGapMean().getAsDouble() : null)
          .isEqualTo(mean(f.gaps.get(name)));
      assertThat(c.responseGapP50().isPresent() ? c.responseGapP50().getAsLong() : null)
          .isEqualTo(median(f.gaps.get(name)));
      assertThat(c.interruptions()).as("interruptions by %s", name).isEqualTo(f.interruptions.get(name));
      assertThat(c.interrupted()).as("interruptions of %s", name).isEqualTo(f.interrupted.get(name));
    }
    TotalConversation t = stats.total().conversation();
    assertThat(t.longestTurnMs().isPresent() ? t.longestTurnMs().getAsLong() : null)
        .isEqualTo(f.longest.values().stream().max(Long::compare).orElse(null));
    assertThat(t.switches()).isEqualTo(f.allGaps.size());
    assertThat(t.responseGapMean().isPresent() ? t.responseGapMean().getAsDouble() : null).isEqualTo(mean(f.allGaps));
    assertThat(t.responseGapP50().isPresent() ? t.responseGapP50().getAsLong() : null).isEqualTo(median(f.allGaps));
    assertThat(t.windowMs()).isEqualTo(f.window);
    assertThat(stats.total().speechMs()).isEqualTo(f.speech);
    assertThat(t.switchesPerMin()).isEqualTo(perMinute(f.allGaps.size(), f.window));
    assertThat(t.interruptions()).isEqualTo(f.interruptions.values().stream().mapToLong(Long::longValue).sum());
    assertThat(t.interruptionMs()).isEqualTo(f.interruptionMs);
    assertThat(t.silences()).isEqualTo(f.silences);
    assertThat(t.silenceMs()).isEqualTo(f.silenceMs);
    assertThat(t.longestSilenceMs().isPresent() ? t.longestSilenceMs().getAsLong() : null).isEqualTo(f.longestSilence);
    assertThat(t.nonTalkMs()).isEqualTo(f.window - f.speech);
    long words = f.words.values().stream().mapToLong(Long::longValue).sum();
    assertThat(t.wordsPerMin()).isEqualTo(perMinute(words, stats.total().talkMs()));

    ConversationEvents events = stats.events();
    List<Event> actual = new ArrayList<>();
    for (int e = 0; e < events.size(); e++) {
      actual.add(new Event(events.type(e).id(), events.startMs(e), events.endMs(e), events.speaker(e),
          events.interrupted(e), 0));
    }
    assertThat(actual).usingRecursiveFieldByFieldElementComparatorIgnoringFields("order")
        .containsExactlyElementsOf(f.events);
  }

  @Test
  void syntheticCallsReachEveryCase() {
    int interrupted = 0;
    int silent = 0;
    int manySpeakers = 0;
    int negativeMedian = 0;
    for (long seed : callSeeds().toArray()) {
      TranscriptStats stats = TranscriptStats.of(syntheticCall(seed));
      TotalConversation t = stats.total().conversation();
      interrupted += t.interruptions() >= 3 ? 1 : 0;
      silent += t.silences() >= 2 ? 1 : 0;
      manySpeakers += stats.speakers().size() >= 4 ? 1 : 0;
      negativeMedian += stats.speakers().stream()
          .anyMatch(s -> s.conversation().responseGapP50().orElse(0) < 0) ? 1 : 0;
    }
    assertThat(List.of(interrupted, silent, manySpeakers, negativeMedian)).allMatch(n -> n >= 10);
  }
}
