package io.github.amivoicetoolkit.testkit;

import static io.github.amivoicetoolkit.testkit.JsonTree.number;
import static io.github.amivoicetoolkit.testkit.JsonTree.tokens;
import static io.github.amivoicetoolkit.testkit.JsonTree.utterances;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.amivoicetoolkit.testkit.SyntheticResults.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class SyntheticResultsTest {
  private static final List<String> TOP_LEVEL =
      List.of(
          "status", "session_id", "service_id", "content_id", "audio_size", "audio_md5", "segments",
          "utteranceid", "text", "code", "message");
  private static final List<String> RESULT =
      List.of("tokens", "confidence", "starttime", "endtime", "tags", "rulename", "text");
  private static final List<String> TOKEN =
      List.of("written", "confidence", "starttime", "endtime", "spoken", "label");

  private static SyntheticResults.Builder small() {
    return SyntheticResults.builder().minutes(3).speakers(3);
  }

  private static byte[] bytes(SyntheticResults results) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    results.writeTo(out);
    return out.toByteArray();
  }

  private static Map<String, Object> document(SyntheticResults results) throws IOException {
    return JsonTree.parse(bytes(results));
  }

  @Test
  void sameOptionsWriteIdenticalBytes() throws IOException {
    SyntheticResults options = small().seed(42).fillers(true).sentiment(true).build();

    assertThat(bytes(options)).isEqualTo(bytes(small().seed(42).fillers(true).sentiment(true).build()));
  }

  @Test
  void differentSeedsWriteDifferentConversations() throws IOException {
    Map<String, Object> first = document(small().seed(1).build());
    Map<String, Object> second = document(small().seed(2).build());

    assertThat(first.get("text")).isNotEqualTo(second.get("text"));
    assertThat(first.get("session_id")).isNotEqualTo(second.get("session_id"));
  }

  @Test
  void writesTheVendorShapeWithFieldsInVendorOrder() throws IOException {
    Map<String, Object> document = document(small().build());

    assertThat(document.keySet()).containsExactlyElementsOf(TOP_LEVEL);
    assertThat(document).containsEntry("status", "completed").containsEntry("code", "").containsEntry("message", "");
    assertThat((String) document.get("session_id")).matches("[0-9a-f]{24}");
    assertThat((String) document.get("audio_md5")).matches("[0-9a-f]{32}");
    assertThat((String) document.get("utteranceid")).matches("\\d{8}/\\d{2}/[0-9a-f]{24}_\\d{8}_\\d{6}");
    assertThat(number(document, "audio_size")).isEqualTo(44 + 3 * 60_000 * 32);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> segments = (List<Map<String, Object>>) document.get("segments");
    assertThat(segments).hasSizeGreaterThan(10);
    for (Map<String, Object> segment : segments) {
      assertThat(segment.keySet()).containsExactly("results", "text");
      assertThat((List<?>) segment.get("results")).hasSize(1);
      Map<String, Object> result = utterances(Map.of("segments", List.of(segment))).get(0);
      assertThat(result.keySet()).containsExactlyElementsOf(RESULT);
      assertThat(result).containsEntry("tags", List.of()).containsEntry("rulename", "");
      assertThat(segment.get("text")).isEqualTo(result.get("text"));
      for (Map<String, Object> token : tokens(result)) {
        assertThat(new ArrayList<>(token.keySet())).isSubsetOf(TOKEN);
        assertThat(TOKEN).containsSubsequence(new ArrayList<>(token.keySet()));
      }
    }
  }

  @Test
  void prettyPrintsLikeTheVendorSamples() throws IOException {
    String json = new String(bytes(small().build()), StandardCharsets.UTF_8);

    assertThat(json).startsWith("{\n    \"status\": \"completed\",\n    \"session_id\": \"");
    assertThat(json).contains(
        "    \"segments\": [\n        {\n            \"results\": [\n                {\n"
            + "                    \"tokens\": [\n                        {\n"
            + "                            \"written\": \"");
    assertThat(json).contains("\"tags\": [],\n                    \"rulename\": \"\",\n");
    assertThat(json).endsWith("\"message\": \"\"\n}");
  }

  @Test
  void timesAreOrderedInsideUtterancesAndUtterancesSpanTheirTokens() throws IOException {
    Map<String, Object> document = document(small().minutes(10).speakers(4).build());
    long previousStart = -1;

    for (Map<String, Object> utterance : utterances(document)) {
      long start = number(utterance, "starttime");
      long end = number(utterance, "endtime");
      long previousEnd = -1;
      for (Map<String, Object> token : tokens(utterance)) {
        long tokenStart = number(token, "starttime");
        long tokenEnd = number(token, "endtime");
        assertThat(tokenStart).isGreaterThanOrEqualTo(Math.max(start, previousEnd));
        assertThat(tokenEnd).isGreaterThan(tokenStart).isLessThanOrEqualTo(end);
        assertThat(tokenStart % 4).isZero();
        previousEnd = tokenEnd;
      }
      assertThat(start).isGreaterThan(previousStart);
      assertThat(end).isLessThanOrEqualTo(10 * 60_000);
      previousStart = start;
    }
  }

  @Test
  void pausesBetweenUtterancesIncludeSomeLongerThanOneAndAHalfSeconds() throws IOException {
    List<Map<String, Object>> utterances = utterances(document(small().minutes(10).build()));
    int longPauses = 0;

    for (int i = 1; i < utterances.size(); i++) {
      long pause = number(utterances.get(i), "starttime") - number(utterances.get(i - 1), "endtime");
      longPauses += pause > 1_500 ? 1 : 0;
    }

    assertThat(longPauses).isGreaterThan(utterances.size() / 20);
  }

  @Test
  void japaneseTextJoinsWrittenFormsWithoutSpacesAndReadingsAreKana() throws IOException {
    Map<String, Object> document = document(small().build());
    StringBuilder all = new StringBuilder();

    for (Map<String, Object> utterance : utterances(document)) {
      StringBuilder text = new StringBuilder();
      for (Map<String, Object> token : tokens(utterance)) {
        text.append(token.get("written"));
        String spoken = (String) token.get("spoken");
        if ("、".equals(token.get("written")) || "。".equals(token.get("written"))) {
          assertThat(spoken).isEqualTo("_");
          assertThat(token).containsKeys("starttime", "endtime", "confidence");
        } else {
          assertThat(spoken).matches("[\\p{IsHiragana}ー]+");
        }
      }
      assertThat(utterance.get("text")).hasToString(text.toString());
      all.append(text);
    }
    assertThat(document.get("text")).hasToString(all.toString());
  }

  @Test
  void englishJoinsWordsWithSpacesAndLeavesPunctuationUntimed() throws IOException {
    SyntheticResults english = small().language(Language.ENGLISH).build();
    Map<String, Object> document = document(english);
    List<String> texts = new ArrayList<>();
    int punctuation = 0;

    assertThat(english.untimedPunctuation()).isTrue();
    for (Map<String, Object> utterance : utterances(document)) {
      StringBuilder text = new StringBuilder();
      for (Map<String, Object> token : tokens(utterance)) {
        String written = (String) token.get("written");
        if ("_".equals(token.get("spoken"))) {
          punctuation++;
          assertThat(written).isIn(",", ".", "?");
          assertThat(token).doesNotContainKeys("starttime", "endtime", "confidence");
        } else {
          assertThat(token.get("spoken")).isEqualTo(written.toLowerCase(Locale.ROOT));
          if (text.length() > 0) {
            text.append(' ');
          }
        }
        text.append(written);
      }
      assertThat(utterance.get("text")).hasToString(text.toString());
      texts.add(text.toString());
    }
    assertThat(punctuation).isPositive();
    assertThat(document.get("text")).isEqualTo(String.join(" ", texts));
  }

  @Test
  void untimedPunctuationCanBeChosenForJapaneseAndTimedForEnglish() throws IOException {
    SyntheticResults japanese = small().untimedPunctuation(true).build();
    SyntheticResults english = small().language(Language.ENGLISH).untimedPunctuation(false).build();

    assertThat(japanese.summary().untimedTokens()).isEqualTo(japanese.summary().punctuationTokens());
    assertThat(english.summary().untimedTokens()).isZero();
    assertThat(SyntheticResults.builder().build().untimedPunctuation()).isFalse();
  }

  @Test
  void noTokenCarriesALabelWithoutDiarization() throws IOException {
    SyntheticResults options = small().diarization(false).build();

    assertThat(new String(bytes(options), StandardCharsets.UTF_8)).doesNotContain("\"label\"");
    assertThat(options.summary().speakers()).isZero();
    assertThat(options.summary().unlabelledTokens()).isEqualTo(options.summary().tokens());
  }

  @Test
  void someTokensLackLabelsButEveryUtteranceKeepsOne() throws IOException {
    Map<String, Object> document = document(small().minutes(10).missingLabelRate(0.3).build());
    long unlabelled = 0;
    long total = 0;

    for (Map<String, Object> utterance : utterances(document)) {
      Set<Object> labels = new HashSet<>();
      for (Map<String, Object> token : tokens(utterance)) {
        total++;
        if (token.containsKey("label")) {
          labels.add(token.get("label"));
        } else {
          unlabelled++;
        }
      }
      assertThat(labels).hasSize(1);
    }
    assertThat((double) unlabelled / total).isBetween(0.25, 0.35);
  }

  @Test
  void speakersAreLabelledInOrderOfFirstAppearance() throws IOException {
    List<String> order = new ArrayList<>();

    for (Map<String, Object> utterance : utterances(document(small().minutes(20).speakers(6).build()))) {
      for (Map<String, Object> token : tokens(utterance)) {
        Object label = token.get("label");
        if (label != null && !order.contains(label)) {
          order.add((String) label);
        }
      }
    }

    assertThat(order).containsExactly("speaker0", "speaker1", "speaker2", "speaker3", "speaker4", "speaker5");
  }

  @Test
  void fillersAppearInWrittenSpokenAndTextOnlyWhenEnabled() throws IOException {
    Map<String, Object> withFillers = document(small().fillers(true).build());
    List<Map<String, Object>> fillers = new ArrayList<>();
    for (Map<String, Object> utterance : utterances(withFillers)) {
      for (Map<String, Object> token : tokens(utterance)) {
        if (((String) token.get("written")).startsWith("%")) {
          fillers.add(token);
          assertThat((String) utterance.get("text")).contains((String) token.get("written"));
        }
      }
    }

    assertThat(fillers).isNotEmpty().allSatisfy(token -> {
      assertThat((String) token.get("written")).matches("%\\p{IsHiragana}[\\p{IsHiragana}ー]*%");
      assertThat(token.get("spoken")).isEqualTo(token.get("written"));
    });
    assertThat((String) withFillers.get("text")).contains("%");
    assertThat((String) document(small().build()).get("text")).doesNotContain("%");
    assertThat((String) document(small().language(Language.ENGLISH).fillers(true).build()).get("text"))
        .containsPattern("%(um|uh|er|hmm)%");
  }

  @Test
  void sentimentSegmentsHaveTheTwentyParametersInVendorOrderWithinRange() throws IOException {
    Map<String, Object> document = document(small().sentiment(true).build());
    List<Map<String, Object>> segments = JsonTree.sentimentSegments(document);
    List<String> keys = new ArrayList<>(List.of("starttime", "endtime"));
    keys.addAll(List.of(SentimentPlanner.PARAMETERS));

    assertThat(document.keySet()).endsWith("message", "sentiment_analysis");
    assertThat(keys).hasSize(22).containsSequence(
        "energy", "stress", "emo_cog", "concentration", "anticipation", "excitement", "hesitation",
        "uncertainty", "intensive_thinking", "imagination_activity", "embarrassment", "passionate",
        "brain_power", "confidence", "aggression", "atmosphere", "upset", "content",
        "dissatisfaction", "extreme_emotion");
    long previousEnd = 0;
    for (Map<String, Object> segment : segments) {
      assertThat(segment.keySet()).containsExactlyElementsOf(keys);
      assertThat(number(segment, "starttime")).isGreaterThanOrEqualTo(previousEnd);
      assertThat(number(segment, "endtime")).isGreaterThan(number(segment, "starttime"));
      assertThat(number(segment, "emo_cog")).isBetween(1L, 500L);
      assertThat(number(segment, "atmosphere")).isBetween(-100L, 100L);
      assertThat(number(segment, "energy")).isBetween(0L, 100L);
      assertThat(number(segment, "stress")).isBetween(0L, 30L);
      previousEnd = number(segment, "endtime");
    }
    long speechMs = 0;
    for (Map<String, Object> utterance : utterances(document)) {
      speechMs += number(utterance, "endtime") - number(utterance, "starttime");
    }
    assertThat(segments.size()).isBetween((int) (speechMs / 3_000), (int) (speechMs / 1_500));
  }

  @Test
  void compatibleWithSyncPutsUtterancesInTopLevelResults() throws IOException {
    Map<String, Object> document = document(small().compatibleWithSync(true).sentiment(true).build());
    List<String> expected = new ArrayList<>(TOP_LEVEL);
    expected.set(expected.indexOf("segments"), "results");
    expected.add("sentiment_analysis");

    assertThat(document.keySet()).containsExactlyElementsOf(expected);
    assertThat(utterances(document)).isNotEmpty().allSatisfy(result ->
        assertThat(result.keySet()).containsExactlyElementsOf(RESULT));
    assertThat(utterances(document)).hasSize((int) small().build().summary().utterances());
  }

  @Test
  void someUtterancesOverlapThePreviousSpeaker() throws IOException {
    SyntheticResults options = small().minutes(30).overlapRate(0.2).build();
    List<Map<String, Object>> utterances = utterances(document(options));
    int overlapping = 0;

    for (int i = 1; i < utterances.size(); i++) {
      List<Map<String, Object>> previous = tokens(utterances.get(i - 1));
      List<Map<String, Object>> current = tokens(utterances.get(i));
      if (number(current.get(0), "starttime") < number(previous.get(previous.size() - 1), "endtime")) {
        overlapping++;
        assertThat(current.get(0).get("label")).isNotEqualTo(previous.get(0).get("label"));
      }
    }

    assertThat((double) overlapping / utterances.size()).isBetween(0.15, 0.25);
    assertThat(small().speakers(1).overlapRate(1).build().summary().overlappingUtterances()).isZero();
  }

  @Test
  void confidenceOfOneIsSpelledBothWays() throws IOException {
    String json = new String(bytes(small().build()), StandardCharsets.UTF_8);

    assertThat(json).contains("\"confidence\": 1,\n", "\"confidence\": 1.0,\n");
    assertThat(json).containsPattern("\"confidence\": 0\\.\\d\\d,\n");
    assertThat(json).containsPattern("\"confidence\": 0\\.\\d\\d[1-9],\n");
    assertThat(json).doesNotContainPattern("\"confidence\": 0\\.\\d*0,");
  }

  static Stream<SyntheticResults> variants() {
    return Stream.of(
        small().build(),
        small().seed(9).minutes(12).speakers(5).fillers(true).sentiment(true).build(),
        small().language(Language.ENGLISH).missingLabelRate(0.2).overlapRate(0.3).build(),
        small().diarization(false).compatibleWithSync(true).untimedPunctuation(true).build(),
        small().speakers(1).minutes(0.25).build(),
        small().minutes(0.001).sentiment(true).build());
  }

  @ParameterizedTest
  @MethodSource("variants")
  void summaryMatchesCountsOverTheWrittenDocument(SyntheticResults options) throws IOException {
    byte[] json = bytes(options);
    Map<String, Object> document = JsonTree.parse(json);
    List<Map<String, Object>> utterances = utterances(document);
    long tokens = 0;
    long words = 0;
    long punctuation = 0;
    long fillers = 0;
    long unlabelled = 0;
    long untimed = 0;
    long billable = 0;
    long overlapping = 0;
    long previousLastEnd = Long.MIN_VALUE;
    Set<Object> labels = new HashSet<>();
    for (Map<String, Object> utterance : utterances) {
      billable += number(utterance, "endtime") - number(utterance, "starttime");
      boolean firstTimed = true;
      long lastEnd = 0;
      for (Map<String, Object> token : tokens(utterance)) {
        tokens++;
        String written = (String) token.get("written");
        if ("_".equals(token.get("spoken"))) {
          punctuation++;
        } else if (written.length() >= 3 && written.startsWith("%") && written.endsWith("%")) {
          fillers++;
        } else {
          words++;
        }
        if (token.containsKey("label")) {
          labels.add(token.get("label"));
        } else {
          unlabelled++;
        }
        if (!token.containsKey("starttime")) {
          untimed++;
          continue;
        }
        if (firstTimed && number(token, "starttime") < previousLastEnd) {
          overlapping++;
        }
        firstTimed = false;
        lastEnd = number(token, "endtime");
      }
      previousLastEnd = lastEnd;
    }
    SyntheticResults.Summary summary = options.summary();

    assertThat(summary.utterances()).isEqualTo(utterances.size());
    assertThat(summary.tokens()).isEqualTo(tokens);
    assertThat(summary.wordTokens()).isEqualTo(words);
    assertThat(summary.punctuationTokens()).isEqualTo(punctuation);
    assertThat(summary.fillerTokens()).isEqualTo(fillers);
    assertThat(summary.unlabelledTokens()).isEqualTo(unlabelled);
    assertThat(summary.untimedTokens()).isEqualTo(untimed);
    assertThat(summary.speakers()).isEqualTo(labels.size());
    assertThat(summary.billableMs()).isEqualTo(billable);
    assertThat(summary.overlappingUtterances()).isEqualTo(overlapping);
    assertThat(summary.spanMs())
        .isEqualTo(utterances.isEmpty() ? 0
            : number(utterances.get(utterances.size() - 1), "endtime") - number(utterances.get(0), "starttime"));
    assertThat(summary.sentimentSegments())
        .isEqualTo(options.sentiment() ? JsonTree.sentimentSegments(document).size() : 0);
    assertThat(options.countBytes()).isEqualTo(json.length);
  }

  @Test
  void audioTooShortForSpeechGivesEmptySegmentsAndText() throws IOException {
    Map<String, Object> document = document(small().minutes(0.001).sentiment(true).build());

    assertThat(document).containsEntry("segments", List.of()).containsEntry("text", "");
    assertThat(JsonTree.sentimentSegments(document)).isEmpty();
  }

  @Test
  void writesFilesPlainOrGzippedLeavingNoTemporaryFile(@TempDir Path directory) throws IOException {
    SyntheticResults options = small().build();
    Path plain = directory.resolve("result.json");
    Path gzipped = directory.resolve("result.json.gz");

    options.writeTo(plain);
    options.writeTo(gzipped);

    assertThat(Files.readAllBytes(plain)).isEqualTo(bytes(options));
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped))) {
      assertThat(in.readAllBytes()).isEqualTo(bytes(options));
    }
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactlyInAnyOrder(plain, gzipped);
    }
    if (Files.getFileStore(directory).supportsFileAttributeView("posix")) {
      Path ordinary = Files.write(directory.resolve("ordinary"), new byte[0]);
      assertThat(Files.getPosixFilePermissions(plain)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }
  }

  @Test
  void writingToAStreamLeavesItOpen() throws IOException {
    ClosingProbe out = new ClosingProbe();

    small().build().writeTo(out);

    assertThat(out.closed).isFalse();
    assertThat(out.size()).isPositive();
  }

  @Test
  void tenHoursOfFourSpeakersStreamThroughAParserAndMatchTheSummary() throws Exception {
    SyntheticResults tenHours =
        SyntheticResults.builder().minutes(600).speakers(4).sentiment(true).build();
    SyntheticResults.Summary summary = tenHours.summary();
    long[] counts = new long[3];

    try (PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(in)) {
      Thread writer = new Thread(() -> {
        try (out) {
          tenHours.writeTo(out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      writer.start();
      StreamingCount.count(in, counts);
      writer.join();
    }

    assertThat(counts[0]).isEqualTo(summary.tokens()).isBetween(120_000L, 180_000L);
    assertThat(counts[1]).isEqualTo(summary.utterances());
    assertThat(counts[2]).isEqualTo(summary.sentimentSegments());
  }

  @Test
  void writingTenHoursAllocatesFarLessThanTheDocument() throws IOException {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    assumeTrue(
        threads instanceof com.sun.management.ThreadMXBean allocation
            && allocation.isThreadAllocatedMemorySupported()
            && allocation.isThreadAllocatedMemoryEnabled());
    com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
    SyntheticResults tenHours = SyntheticResults.builder().minutes(600).speakers(4).sentiment(true).build();
    CountingDiscard out = new CountingDiscard();
    long thread = Thread.currentThread().getId();

    long before = allocation.getThreadAllocatedBytes(thread);
    tenHours.writeTo(out);
    long allocated = allocation.getThreadAllocatedBytes(thread) - before;

    assertThat(out.count).isEqualTo(tenHours.countBytes()).isGreaterThan(40_000_000L);
    assertThat(allocated).isLessThan(4L << 20);
  }

  @Test
  void builderRejectsBadValuesNamingThem() {
    assertThatThrownBy(() -> SyntheticResults.builder().speakers(0)).hasMessage("speakers < 1: 0");
    assertThatThrownBy(() -> SyntheticResults.builder().speakers(21)).hasMessage("speakers > 20: 21");
    assertThatThrownBy(() -> SyntheticResults.builder().minutes(0)).hasMessage("minutes <= 0: 0.0");
    assertThatThrownBy(() -> SyntheticResults.builder().minutes(Double.NaN)).hasMessage("minutes <= 0: NaN");
    assertThatThrownBy(() -> SyntheticResults.builder().minutes(1e9)).hasMessage("minutes > 60000: 1.0E9");
    assertThatThrownBy(() -> SyntheticResults.builder().missingLabelRate(-0.1))
        .hasMessage("missingLabelRate < 0: -0.1");
    assertThatThrownBy(() -> SyntheticResults.builder().overlapRate(1.5)).hasMessage("overlapRate > 1: 1.5");
    assertThatThrownBy(() -> SyntheticResults.builder().overlapRate(Double.NaN)).hasMessage("overlapRate is NaN");
    assertThatThrownBy(() -> SyntheticResults.builder().language(null)).hasMessage("language");
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    SyntheticResults defaults = SyntheticResults.builder().build();

    assertThat(defaults.seed()).isEqualTo(1);
    assertThat(defaults.minutes()).isEqualTo(10);
    assertThat(defaults.speakers()).isEqualTo(2);
    assertThat(defaults.language()).isEqualTo(Language.JAPANESE);
    assertThat(defaults.untimedPunctuation()).isFalse();
    assertThat(defaults.missingLabelRate()).isEqualTo(0.02);
    assertThat(defaults.diarization()).isTrue();
    assertThat(defaults.fillers()).isFalse();
    assertThat(defaults.sentiment()).isFalse();
    assertThat(defaults.compatibleWithSync()).isFalse();
    assertThat(defaults.overlapRate()).isEqualTo(0.05);
    assertThat(defaults.audioMs()).isEqualTo(600_000);
  }

  @Test
  void toBuilderKeepsOptionsAndLetsTheLanguageDefaultFollow() {
    SyntheticResults options = small().seed(5).fillers(true).overlapRate(0.1).build();

    assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
    assertThat(options.toBuilder().language(Language.ENGLISH).build().untimedPunctuation()).isTrue();
    assertThat(options.toBuilder().seed(6).build()).isNotEqualTo(options);
    assertThat(options.toString()).contains("seed=5", "fillers=true", "overlapRate=0.1");
  }

  /** Counts tokens, utterances and sentiment segments with a streaming parser, holding nothing. */
  private static final class StreamingCount {
    static void count(InputStream in, long[] counts) {
      JsonFactory factory = new JsonFactory();
      try (JsonParser parser =
          factory.createParser(ObjectReadContext.empty(), in)) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token == JsonToken.PROPERTY_NAME) {
            switch (parser.currentName()) {
              case "written" -> counts[0]++;
              case "rulename" -> counts[1]++;
              case "emo_cog" -> counts[2]++;
              default -> { }
            }
          }
        }
      }
    }
  }

  private static final class CountingDiscard extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  private static final class ClosingProbe extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
