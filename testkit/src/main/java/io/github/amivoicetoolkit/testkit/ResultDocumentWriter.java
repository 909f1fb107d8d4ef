package io.github.amivoicetoolkit.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes one completed async result document, pretty-printed with 4-space indentation like the vendor
 * samples. The fragments around the values are encoded once per document, so writing a token is a
 * handful of array copies and digit loops.
 *
 * <p>The document is written front to back without holding any part of it: the top-level {@code text}
 * and {@code sentiment_analysis}, which follow {@code segments}, are produced by replaying the
 * conversation from the same seed.
 */
final class ResultDocumentWriter {
  private static final byte[] QUOTE = {'"'};
  private static final byte[] SPACE = {' '};

  private final SyntheticResults options;
  private final ByteSink sink;
  private final boolean pretty;
  private final byte[][] speakerLabels;

  // fragments for the utterance-result object and its tokens, at the depth the shape puts them
  private final byte[] utteranceOpenFirst;
  private final byte[] utteranceOpenNext;
  private final byte[] tokensOpen;
  private final byte[] tokenOpenFirst;
  private final byte[] tokenOpenNext;
  private final byte[] tokenConfidence;
  private final byte[] tokenStart;
  private final byte[] tokenEnd;
  private final byte[] tokenSpoken;
  private final byte[] tokenLabel;
  private final byte[] tokenClose;
  private final byte[] tokensCloseConfidence;
  private final byte[] resultStart;
  private final byte[] resultEnd;
  private final byte[] resultTail;
  private final byte[] utteranceClose;
  private final byte[] segmentClose;
  private final byte[] sentimentOpenFirst;
  private final byte[] sentimentOpenNext;
  private final byte[][] sentimentFields;
  private final byte[] sentimentClose;

  ResultDocumentWriter(SyntheticResults options, ByteSink sink) {
    this.options = options;
    this.pretty = options.pretty();
    this.sink = sink;
    speakerLabels = new byte[options.speakers()][];
    for (int s = 0; s < speakerLabels.length; s++) {
      speakerLabels[s] = ByteSink.jsonEscaped("speaker" + s);
    }
    boolean segments = !options.compatibleWithSync();
    int result = segments ? 4 : 2;
    String token = indent(result + 3);
    utteranceOpenFirst =
        utf8(
            "\n" + indent(2) + "{"
                + (segments ? "\n" + indent(3) + "\"results\": [\n" + indent(4) + "{" : ""));
    utteranceOpenNext = utf8("," + new String(utteranceOpenFirst, StandardCharsets.UTF_8));
    tokensOpen = utf8("\n" + indent(result + 1) + "\"tokens\": [");
    tokenOpenFirst = utf8("\n" + indent(result + 2) + "{\n" + token + "\"written\": \"");
    tokenOpenNext = utf8("," + new String(tokenOpenFirst, StandardCharsets.UTF_8));
    tokenConfidence = utf8(",\n" + token + "\"confidence\": ");
    tokenStart = utf8(",\n" + token + "\"starttime\": ");
    tokenEnd = utf8(",\n" + token + "\"endtime\": ");
    tokenSpoken = utf8(",\n" + token + "\"spoken\": \"");
    tokenLabel = utf8(",\n" + token + "\"label\": \"");
    tokenClose = utf8("\n" + indent(result + 2) + "}");
    String field = indent(result + 1);
    tokensCloseConfidence = utf8("\n" + field + "],\n" + field + "\"confidence\": ");
    resultStart = utf8(",\n" + field + "\"starttime\": ");
    resultEnd = utf8(",\n" + field + "\"endtime\": ");
    resultTail =
        utf8(
            ",\n" + field + "\"tags\": [],\n" + field + "\"rulename\": \"\",\n" + field
                + "\"text\": \"");
    utteranceClose =
        utf8(
            "\"\n" + indent(result) + "}"
                + (segments ? "\n" + indent(3) + "],\n" + indent(3) + "\"text\": \"" : ""));
    segmentClose = utf8("\"\n" + indent(2) + "}");
    sentimentOpenFirst = utf8("\n" + indent(3) + "{\n" + indent(4) + "\"starttime\": ");
    sentimentOpenNext = utf8("," + new String(sentimentOpenFirst, StandardCharsets.UTF_8));
    sentimentFields = new byte[SentimentPlanner.PARAMETERS.length + 1][];
    sentimentFields[0] = utf8(",\n" + indent(4) + "\"endtime\": ");
    for (int p = 0; p < SentimentPlanner.PARAMETERS.length; p++) {
      sentimentFields[p + 1] =
          utf8(",\n" + indent(4) + "\"" + SentimentPlanner.PARAMETERS[p] + "\": ");
    }
    sentimentClose = utf8("\n" + indent(3) + "}");
  }

  void write() throws IOException {
    SplittableRandom ids = new SplittableRandom(options.idSeed());
    LocalDateTime created =
        LocalDateTime.ofEpochSecond(1_735_689_600L + ids.nextLong(365L * 24 * 3600), 0, ZoneOffset.UTC);
    String session = hex(ids, 24);
    sink.write(utf8("{\n" + indent(1) + "\"status\": \"completed\""));
    stringField("session_id", session);
    stringField("service_id", "synthetic");
    stringField("content_id", "synthetic-" + options.seed() + ".wav");
    sink.write(utf8(",\n" + indent(1) + "\"audio_size\": "));
    sink.writeDecimal(options.audioBytes());
    stringField("audio_md5", hex(ids, 32));

    sink.write(utf8(",\n" + indent(1) + (options.compatibleWithSync() ? "\"results\": [" : "\"segments\": [")));
    if (writeUtterances()) {
      sink.write(utf8("\n" + indent(1) + "]"));
    } else {
      sink.write((byte) ']');
    }
    String stamp = created.format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
    stringField(
        "utteranceid",
        stamp.substring(0, 8) + "/" + stamp.substring(9, 11) + "/" + hex(ids, 24) + "_" + stamp);
    sink.write(utf8(",\n" + indent(1) + "\"text\": \""));
    writeTopLevelText();
    sink.write(QUOTE);
    stringField("code", "");
    stringField("message", "");
    if (options.sentiment()) {
      sink.write(
          utf8(",\n" + indent(1) + "\"sentiment_analysis\": {\n" + indent(2) + "\"segments\": ["));
      if (writeSentimentSegments()) {
        sink.write(utf8("\n" + indent(2) + "]"));
      } else {
        sink.write((byte) ']');
      }
      sink.write(utf8("\n" + indent(1) + "}"));
    }
    sink.write(utf8("\n}"));
  }

  /** Writes every utterance; {@code false} when the audio was too short for any. */
  private boolean writeUtterances() throws IOException {
    UtteranceModel model = new UtteranceModel(options, options.modelSeed());
    boolean first = true;
    while (model.next()) {
      sink.write(first ? utteranceOpenFirst : utteranceOpenNext);
      first = false;
      sink.write(tokensOpen);
      for (int t = 0; t < model.tokenCount; t++) {
        writeToken(model, t);
      }
      sink.write(tokensCloseConfidence);
      sink.writeFraction(model.utteranceConfidence, model.utterancePointZero);
      sink.write(resultStart);
      sink.writeDecimal(model.utteranceStartMs);
      sink.write(resultEnd);
      sink.writeDecimal(model.utteranceEndMs);
      sink.write(resultTail);
      writeText(model);
      sink.write(utteranceClose);
      if (!options.compatibleWithSync()) {
        writeText(model);
        sink.write(segmentClose);
      }
    }
    return !first;
  }

  private void writeToken(UtteranceModel model, int t) throws IOException {
    sink.write(t == 0 ? tokenOpenFirst : tokenOpenNext);
    sink.write(model.written(t));
    sink.write(QUOTE);
    if (model.timed[t]) {
      sink.write(tokenConfidence);
      sink.writeFraction(model.confidence[t] * 10, model.pointZero[t]);
      sink.write(tokenStart);
      sink.writeDecimal(model.startMs[t]);
      sink.write(tokenEnd);
      sink.writeDecimal(model.endMs[t]);
    }
    sink.write(tokenSpoken);
    sink.write(model.word(t).spoken);
    sink.write(QUOTE);
    if (model.labelled[t]) {
      sink.write(tokenLabel);
      sink.write(speakerLabels[model.speaker]);
      sink.write(QUOTE);
    }
    sink.write(tokenClose);
  }

  private void writeText(UtteranceModel model) throws IOException {
    boolean spaced = model.spaced();
    for (int t = 0; t < model.tokenCount; t++) {
      if (spaced && t > 0 && model.word(t).kind != Word.Kind.PUNCTUATION) {
        sink.write(SPACE);
      }
      sink.write(model.written(t));
    }
  }

  private void writeTopLevelText() throws IOException {
    UtteranceModel model = new UtteranceModel(options, options.modelSeed());
    boolean first = true;
    while (model.next()) {
      if (!first && model.spaced()) {
        sink.write(SPACE);
      }
      first = false;
      writeText(model);
    }
  }

  private boolean writeSentimentSegments() throws IOException {
    UtteranceModel model = new UtteranceModel(options, options.modelSeed());
    SentimentPlanner planner = new SentimentPlanner(options.sentimentSeed());
    boolean first = true;
    while (model.next()) {
      planner.begin(model);
      while (planner.next()) {
        sink.write(first ? sentimentOpenFirst : sentimentOpenNext);
        first = false;
        sink.writeDecimal(planner.startMs);
        sink.write(sentimentFields[0]);
        sink.writeDecimal(planner.endMs);
        for (int p = 0; p < planner.values.length; p++) {
          sink.write(sentimentFields[p + 1]);
          sink.writeDecimal(planner.values[p]);
        }
        sink.write(sentimentClose);
      }
    }
    return !first;
  }

  private void stringField(String name, String value) throws IOException {
    sink.write(utf8(",\n" + indent(1) + "\"" + name + "\": \""));
    sink.write(ByteSink.jsonEscaped(value));
    sink.write(QUOTE);
  }

  private static String hex(SplittableRandom random, int digits) {
    StringBuilder hex = new StringBuilder(digits);
    for (int i = 0; i < digits; i++) {
      hex.append(Character.forDigit(random.nextInt(16), 16));
    }
    return hex.toString();
  }

  private static String indent(int depth) {
    return "    ".repeat(depth);
  }

  /** A structural template (never a value): compact output drops line breaks, indentation and the space after colons. */
  private byte[] utf8(String text) {
    String layout = pretty ? text : text.replaceAll("\n *", "").replace("\": ", "\":");
    return layout.getBytes(StandardCharsets.UTF_8);
  }
}
