package io.github.amivoicetoolkit.exporters.subtitle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invariant ({@link SubtitleChecks}) over random calls with dense turn-taking: back-channels with
 * no gap, words of a few tens of milliseconds, speakers talking over each other, a speaker going on
 * across utterances, long pauses, untimed punctuation; with every profile and the timing options. No
 * two words start in the same millisecond.
 */
class SubtitlePropertiesTest {
  private static final String[] WORDS = {"はい", "ええ", "そうですね", "確認", "します", "少々", "お待ち", "ください", "承知",
    "いたしました", "yes", "right", "okay", "番号", "を", "お願い"};
  private static final int CALLS = 24;

  static Map<String, SubtitleOptions> options() {
    Map<String, SubtitleOptions> all = new LinkedHashMap<>();
    all.put("ja", SubtitleOptions.builder().profile(SubtitleProfile.ja()).build());
    all.put("en", SubtitleOptions.builder().profile(SubtitleProfile.en()).build());
    all.put("strict-one-line", SubtitleOptions.builder().profile(SubtitleProfile.ja()).maxLines(1).minDurationMs(1200)
        .minGapMs(120).maxGapMs(800).maxCharsPerSecond(6).mergeShortCues(false).build());
    all.put("earlier-prefix-ruby-words", SubtitleOptions.builder().offsetMs(-700).speakerPrefix(true).ruby(true)
        .wordTiming(true).includeFillers(true).build());
    return all;
  }

  static List<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (int seed = 1; seed <= CALLS; seed++) {
      Transcript call = randomCall(seed);
      int s = seed;
      options().forEach((name, o) -> cases.add(Arguments.of(s, name, call, o)));
    }
    return cases;
  }

  static Transcript randomCall(long seed) {
    Random random = new Random(seed);
    ResultJson json = Transcripts.result();
    Set<Integer> starts = new HashSet<>();
    int speakers = 2 + random.nextInt(2);
    int speaker = 0;
    // from 1 s on: the offset of -700 ms never clips two words to the same 0
    int t = 1000 + random.nextInt(2000);
    int turns = 20 + random.nextInt(180);
    for (int turn = 0; turn < turns; turn++) {
      speaker = random.nextInt(10) < 7 ? (speaker + 1) % speakers : speaker;
      int kind = random.nextInt(20);
      int gap = kind < 8 ? 0 : kind < 12 ? 1 + random.nextInt(100) : kind < 15 ? -1 - random.nextInt(400)
          : kind < 18 ? 100 + random.nextInt(1300) : 1600 + random.nextInt(3400);
      int start = Math.max(0, t + gap);
      json.utterance();
      int words = random.nextInt(10) < 6 ? 1 : 1 + random.nextInt(12);
      for (int w = 0; w < words; w++) {
        while (!starts.add(start)) {
          start++;
        }
        int length = random.nextInt(10) < 3 ? 20 + random.nextInt(60) : 100 + random.nextInt(500);
        String label = "speaker" + speaker;
        if (random.nextInt(15) == 0) {
          json.filler("えーと", start, start + length, label);
        } else {
          json.token(WORDS[random.nextInt(WORDS.length)], null, start, start + length, label);
        }
        if (random.nextInt(8) == 0) {
          json.punct(random.nextBoolean() ? "。" : "、", -1, -1, label);
        }
        start += length + (random.nextInt(4) == 0 ? random.nextInt(300) : 0);
      }
      t = start;
    }
    return json.read("random-" + seed);
  }

  @ParameterizedTest(name = "call {0} with {1}")
  @MethodSource("cases")
  void randomCallsKeepEveryInvariant(int seed, String optionName, Transcript call, SubtitleOptions options) {
    SubtitleChecks.Written written = SubtitleChecks.checkAll(call, options, "random-" + seed + "-" + optionName);
    // the one exception to "never later": a cue of untimed punctuation placed in the very millisecond the next
    // speaker starts, with no silence before it, moves that speaker's cue 1 ms
    assertThat(written.srtReport().maxStartOffsetMs()).isLessThanOrEqualTo(written.srtReport().cuesDelayed());
  }
}
