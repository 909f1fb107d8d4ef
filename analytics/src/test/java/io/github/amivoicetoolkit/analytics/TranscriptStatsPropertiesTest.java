package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Token;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Transcript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over random results, each checked against a slow, obviously correct oracle: a
 * per-millisecond grid for times and the allocating {@link Token} view for everything else.
 */
class TranscriptStatsPropertiesTest {

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  /** Everything the oracle needs about one speaker, from token objects. */
  private static final class Expected {
    final boolean[] grid = new boolean[RandomResults.MAX_MS];
    final List<Double> confidences = new ArrayList<>();
    long words;
    long chars;
    long fillers;
    long turns;
    long turnMsSum;
    long timedTurns;

    long talk() {
      long talk = 0;
      for (boolean on : grid) {
        talk += on ? 1 : 0;
      }
      return talk;
    }
  }

  private static Map<String, Expected> oracle(Transcript transcript) {
    Map<String, Expected> bySpeaker = new LinkedHashMap<>();
    for (String speaker : transcript.speakers()) {
      bySpeaker.put(speaker, new Expected());
    }
    List<Token> run = new ArrayList<>();
    for (Token token : transcript.tokens()) {
      if (token.kind() == TokenKind.PUNCTUATION) {
        continue;
      }
      Expected e = bySpeaker.get(token.speaker());
      if (!run.isEmpty() && !run.get(0).speaker().equals(token.speaker())) {
        closeTurn(run, bySpeaker);
      }
      run.add(token);
      if (token.kind() == TokenKind.WORD) {
        e.words++;
        e.chars += token.written().codePoints().count();
        if (!Double.isNaN(token.confidence())) {
          e.confidences.add(token.confidence());
        }
      } else {
        e.fillers++;
      }
      if (token.startMs() != Transcript.NO_TIME && token.endMs() != Transcript.NO_TIME
          && token.endMs() > token.startMs()) {
        Arrays.fill(e.grid, token.startMs(), token.endMs(), true);
      }
    }
    closeTurn(run, bySpeaker);
    return bySpeaker;
  }

  private static void closeTurn(List<Token> run, Map<String, Expected> bySpeaker) {
    if (run.isEmpty()) {
      return;
    }
    Expected e = bySpeaker.get(run.get(0).speaker());
    e.turns++;
    List<Token> timed = run.stream().filter(t -> t.startMs() != Transcript.NO_TIME
        && t.endMs() != Transcript.NO_TIME && t.endMs() > t.startMs()).toList();
    if (!timed.isEmpty()) {
      e.turnMsSum += timed.get(timed.size() - 1).endMs() - timed.get(0).startMs();
      e.timedTurns++;
    }
    run.clear();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void figuresMatchTheOracle(long seed) {
    Transcript transcript = Docs.json(RandomResults.json(seed));
    TranscriptStats stats = TranscriptStats.of(transcript);
    Map<String, Expected> oracle = oracle(transcript);

    assertThat(stats.speakers()).extracting(SpeakerStats::speaker).containsExactlyElementsOf(oracle.keySet());
    long sumTalk = 0;
    for (SpeakerStats s : stats.speakers()) {
      Expected e = oracle.get(s.speaker());
      assertThat(s.talkMs()).as("talk of %s", s.speaker()).isEqualTo(e.talk());
      assertThat(s.words()).isEqualTo(e.words);
      assertThat(s.chars()).isEqualTo(e.chars);
      assertThat(s.fillers()).isEqualTo(e.fillers);
      assertThat(s.turns()).isEqualTo(e.turns);
      if (e.timedTurns == 0) {
        assertThat(s.meanTurnMs()).isEmpty();
      } else {
        assertThat(s.meanTurnMs()).hasValue((double) e.turnMsSum / e.timedTurns);
      }
      double[] values = e.confidences.stream().mapToDouble(Double::doubleValue).toArray();
      assertThat(s.confidence()).isEqualTo(ConfidenceStats.of(values, 0.5));
      assertThat(s.charsPerMin()).isEqualTo(e.talk() == 0 ? 0.0 : e.chars / (e.talk() / 60000.0));
      sumTalk += s.talkMs();
    }

    int speech = 0;
    int overlap = 0;
    for (int ms = 0; ms < RandomResults.MAX_MS; ms++) {
      int active = 0;
      for (Expected e : oracle.values()) {
        active += e.grid[ms] ? 1 : 0;
      }
      speech += active >= 1 ? 1 : 0;
      overlap += active >= 2 ? 1 : 0;
    }
    TotalStats t = stats.total();
    assertThat(t.talkMs()).isEqualTo(sumTalk);
    assertThat(t.speechMs()).isEqualTo(speech).isLessThanOrEqualTo(sumTalk);
    assertThat(t.overlapMs()).isEqualTo(overlap);
    if (stats.speakers().size() == 2) {
      assertThat(t.overlapMs()).isEqualTo(sumTalk - t.speechMs());
    }
    double[] all = oracle.values().stream().flatMap(e -> e.confidences.stream()).mapToDouble(d -> d).toArray();
    assertThat(t.confidence().n()).isEqualTo(all.length);
    assertThat(t.words()).isEqualTo(oracle.values().stream().mapToLong(e -> e.words).sum());
    assertThat(t.turns()).isEqualTo(oracle.values().stream().mapToLong(e -> e.turns).sum());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sharesAddUpToExactlyOne(long seed) {
    TranscriptStats stats = TranscriptStats.of(Docs.json(RandomResults.json(seed)));
    double sum = 0;
    for (SpeakerStats s : stats.speakers()) {
      sum += s.share();
    }
    assertThat(sum).isEqualTo(stats.total().talkMs() == 0 ? 0.0 : 1.0);
  }

  @Test
  void sharesAddUpToExactlyOneForManySpeakersAndStayWithinUlpsOfTheQuotient() {
    Random random = new Random(42);
    int adjusted = 0;
    for (int trial = 0; trial < 200_000; trial++) {
      long[] talk = new long[2 + random.nextInt(9)];
      long total = 0;
      for (int s = 0; s < talk.length; s++) {
        talk[s] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(7_200_000);
        total += talk[s];
      }
      double[] shares = TranscriptStats.shares(talk);
      double sum = 0;
      for (int s = 0; s < talk.length; s++) {
        sum += shares[s];
        double quotient = total == 0 ? 0.0 : (double) talk[s] / total;
        assertThat(Math.abs(shares[s] - quotient)).isLessThanOrEqualTo(8 * Math.ulp(1.0));
        if (talk[s] == 0) {
          assertThat(shares[s]).isEqualTo(0.0);
        }
        adjusted += shares[s] != quotient ? 1 : 0;
      }
      assertThat(sum).isEqualTo(total == 0 ? 0.0 : 1.0);
    }
    assertThat(adjusted).as("the adjustment is exercised").isPositive();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void percentilesAreMembersInOrder(long seed) {
    Transcript transcript = Docs.json(RandomResults.json(seed));
    TranscriptStats stats = TranscriptStats.of(transcript);
    List<ConfidenceStats> all = new ArrayList<>();
    stats.speakers().forEach(s -> all.add(s.confidence()));
    all.add(stats.total().confidence());
    all.add(stats.total().utteranceConfidence());
    for (ConfidenceStats c : all) {
      if (c.isEmpty()) {
        assertThat(List.of(c.mean(), c.min(), c.max(), c.p10(), c.p50(), c.p90(), c.lowShare()))
            .allMatch(o -> o.isEmpty());
        continue;
      }
      double min = c.min().getAsDouble();
      double max = c.max().getAsDouble();
      assertThat(min).isLessThanOrEqualTo(c.p10().getAsDouble());
      assertThat(c.p10().getAsDouble()).isLessThanOrEqualTo(c.p50().getAsDouble());
      assertThat(c.p50().getAsDouble()).isLessThanOrEqualTo(c.p90().getAsDouble());
      assertThat(c.p90().getAsDouble()).isLessThanOrEqualTo(max);
      assertThat(c.lowShare().getAsDouble()).isBetween(0.0, 1.0);
    }
    double[] values = wordConfidences(transcript);
    ConfidenceStats total = stats.total().confidence();
    if (!total.isEmpty()) {
      assertThat(values).contains(total.p10().getAsDouble(), total.p50().getAsDouble(), total.p90().getAsDouble());
    }
  }

  @Test
  void randomResultsReachEveryCase() {
    int overlapping = 0;
    int manySpeakers = 0;
    int withSentiment = 0;
    int unknownSpeaker = 0;
    for (long seed : seeds().toArray()) {
      TranscriptStats stats = TranscriptStats.of(Docs.json(RandomResults.json(seed)));
      overlapping += stats.total().overlapMs() > 0 ? 1 : 0;
      manySpeakers += stats.speakers().size() >= 3 ? 1 : 0;
      withSentiment += stats.sentiment().isEmpty() ? 0 : 1;
      unknownSpeaker += stats.speakers().stream().anyMatch(s -> s.speaker().isEmpty()) ? 1 : 0;
    }
    assertThat(List.of(overlapping, manySpeakers, withSentiment, unknownSpeaker)).allMatch(n -> n >= 20);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void outputNeverContainsNaN(long seed) {
    TranscriptStats stats = TranscriptStats.of(Docs.json(RandomResults.json(seed)));
    String line = StatsJson.toJson("r.json", stats);
    assertThat(line).doesNotContain("NaN", "Infinity");
    assertThat(StatsJsonTest.parsesAsOneObject(line)).isTrue();
    assertThat(StatsText.render("r.json", stats)).doesNotContain("NaN", "Infinity");
  }

  static double[] wordConfidences(Transcript transcript) {
    List<Double> values = new ArrayList<>();
    for (Token token : transcript.tokens()) {
      if (token.kind() == TokenKind.WORD && !Double.isNaN(token.confidence())) {
        values.add(token.confidence());
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
