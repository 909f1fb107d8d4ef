package io.github.amivoicetoolkit.core;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads one document from a positioned parser into columns. One instance per read; not thread-safe.
 *
 * <p>Hot path: property names are matched by {@link PropertyNameMatcher} on the parser's raw quads
 * (no {@code String} per name), strings are dictionary-encoded from {@code getStringCharacters()} and
 * numbers parsed from the parser's buffer, so a token seen before allocates nothing.
 */
final class ResultParser {
  private static final int END_OBJECT = PropertyNameMatcher.MATCH_END_OBJECT;

  private static final PropertyNameMatcher TOP = BinaryNameMatcher.construct(List.of(
      "status", "session_id", "service_id", "content_id", "audio_size", "audio_md5", "segments",
      "results", "utteranceid", "text", "code", "message", "error_message", "sessionid",
      "sentiment_analysis"));
  private static final int T_STATUS = 0;
  private static final int T_SESSION_ID = 1;
  private static final int T_SERVICE_ID = 2;
  private static final int T_CONTENT_ID = 3;
  private static final int T_AUDIO_SIZE = 4;
  private static final int T_AUDIO_MD5 = 5;
  private static final int T_SEGMENTS = 6;
  private static final int T_RESULTS = 7;
  private static final int T_UTTERANCE_ID = 8;
  private static final int T_TEXT = 9;
  private static final int T_CODE = 10;
  private static final int T_MESSAGE = 11;
  private static final int T_ERROR_MESSAGE = 12;
  private static final int T_CREATED_SESSION_ID = 13;
  private static final int T_SENTIMENT = 14;

  private static final PropertyNameMatcher SEGMENT = BinaryNameMatcher.construct(List.of("results"));

  private static final PropertyNameMatcher UTTERANCE = BinaryNameMatcher.construct(List.of(
      "tokens", "confidence", "starttime", "endtime", "text"));
  private static final int U_TOKENS = 0;
  private static final int U_CONFIDENCE = 1;
  private static final int U_START = 2;
  private static final int U_END = 3;
  private static final int U_TEXT = 4;

  private static final PropertyNameMatcher TOKEN = BinaryNameMatcher.construct(List.of(
      "written", "spoken", "starttime", "endtime", "confidence", "label"));
  private static final int K_WRITTEN = 0;
  private static final int K_SPOKEN = 1;
  private static final int K_START = 2;
  private static final int K_END = 3;
  private static final int K_CONFIDENCE = 4;
  private static final int K_LABEL = 5;

  private final JsonParser parser;
  private final String source;
  private final ReadOptions options;

  // job fields
  private String status;
  private String sessionId;
  private String serviceId;
  private String contentId;
  private long audioSize = -1;
  private String audioMd5;
  private String utteranceId;
  private String topText;
  private boolean topTextIsUtterances;
  private String code;
  private String message;
  private String errorMessage;
  private boolean sawSegments;
  private boolean sawResults;
  private boolean sawCreatedSessionId;

  // tokens
  private final StringPool strings = new StringPool();
  private final IntColumn.Builder written = new IntColumn.Builder();
  private final IntColumn.Builder spoken = new IntColumn.Builder();
  private final IntColumn.Builder tokenStart = new IntColumn.Builder();
  private final IntColumn.Builder tokenEnd = new IntColumn.Builder();
  private final DoubleColumn.Builder tokenConfidence = new DoubleColumn.Builder();
  private final CharColumn.Builder labels = new CharColumn.Builder();
  private final CharColumn.Builder speakers = new CharColumn.Builder();
  private int tokenCount;
  // written id -> 1 + id of the spoken form that last followed it, 0 for none yet
  private int[] spokenAfter = new int[256];
  // the open utterance's written forms run together: its text is usually just that, and one
  // comparison of the whole text beats looking up each token's form again
  private char[] utteranceWritten = new char[256];
  private int utteranceWrittenLength;

  // speakers: raw labels of the open utterance, label-pool id -> speaker id, speaker id -> label-pool id
  private final StringPool labelPool = new StringPool();
  private int[] utteranceLabels = new int[256];
  private int[] speakerOfLabel = new int[8];
  private int[] labelOfSpeaker = new int[8];
  private int speakerCount;
  private int emptyLabel = -1;

  // utterances
  private final IntColumn.Builder utteranceStart = new IntColumn.Builder();
  private final IntColumn.Builder utteranceEnd = new IntColumn.Builder();
  private final DoubleColumn.Builder utteranceConfidence = new DoubleColumn.Builder();
  private final IntColumn.Builder utteranceFirstToken = new IntColumn.Builder();
  private final List<String> utteranceText = new ArrayList<>();

  // sentiment
  private final IntColumn.Builder sentimentStart = new IntColumn.Builder();
  private final IntColumn.Builder sentimentEnd = new IntColumn.Builder();
  private final Map<String, Integer> parameterIndex = new HashMap<>();
  private final List<String> parameterNames = new ArrayList<>();
  private final List<DoubleColumn.Builder> parameterValues = new ArrayList<>();
  private double[] segmentValues = new double[32];

  ResultParser(JsonParser parser, String source, ReadOptions options) {
    this.parser = parser;
    this.source = source;
    this.options = options;
    Arrays.fill(speakerOfLabel, -1);
  }

  Transcript read() throws TranscriptReadException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new MalformedResultException(source, "empty input: no JSON value", null, -1, -1, null);
    }
    int roots = 0;
    while (token != null) {
      if (token != JsonToken.START_OBJECT) {
        throw shapeError("Expected an OBJECT at the top level but was " + describe(token));
      }
      readTop();
      roots++;
      token = parser.nextToken();
    }
    return build(roots);
  }

  private void readTop() throws TranscriptReadException {
    int match;
    while ((match = parser.nextNameMatch(TOP)) != END_OBJECT) {
      JsonToken value = parser.nextToken();
      switch (match) {
        case T_STATUS -> status = string("status");
        case T_SESSION_ID -> sessionId = string("session_id");
        case T_SERVICE_ID -> serviceId = string("service_id");
        case T_CONTENT_ID -> contentId = string("content_id");
        case T_AUDIO_SIZE -> audioSize = audioSize();
        case T_AUDIO_MD5 -> audioMd5 = string("audio_md5");
        case T_SEGMENTS -> readSegments();
        case T_RESULTS -> {
          sawResults = true;
          readResults();
        }
        case T_UTTERANCE_ID -> utteranceId = firstNonNull(utteranceId, string("utteranceid"));
        case T_TEXT -> readTopText();
        case T_CODE -> {
          String value2 = string("code");
          if (code == null || code.isEmpty()) {
            code = value2;
          }
        }
        case T_MESSAGE -> {
          String value2 = string("message");
          if (message == null || message.isEmpty()) {
            message = value2;
          }
        }
        case T_ERROR_MESSAGE -> errorMessage = string("error_message");
        case T_CREATED_SESSION_ID -> {
          sawCreatedSessionId = true;
          sessionId = string("sessionid");
        }
        case T_SENTIMENT -> readSentiment();
        default -> {
          if (value != null) {
            parser.skipChildren();
          }
        }
      }
    }
  }

  /**
   * The document's {@code text} is usually every utterance's text run together: when the utterances
   * came first, it is streamed through a comparison in chunks and kept only if it differs.
   */
  private void readTopText() throws TranscriptReadException {
    topTextIsUtterances = false;
    if (utteranceText.isEmpty() || !optionalString("text")) {
      topText = string("text");
      return;
    }
    ConcatenationMatcher matcher = new ConcatenationMatcher();
    try {
      parser.readString(matcher);
    } catch (TooLong e) {
      throw new ReadLimitException(source, "string longer than " + String.format("%,d", options.maxStringLength())
          + " characters (ReadOptions.maxStringLength)", pathOf(parser.streamReadContext()), line(), column(), null);
    }
    topText = matcher.differingText();
    topTextIsUtterances = topText == null;
  }

  /** Compares streamed characters with the utterances' texts; keeps the characters only on a mismatch. */
  private final class ConcatenationMatcher extends Writer {
    private final UtteranceTextCursor expected = new UtteranceTextCursor();
    private int matched;
    private StringBuilder differing;

    private long seen;

    @Override
    public void write(char[] chars, int from, int length) {
      seen += length;
      if (seen > options.maxStringLength()) {
        throw new TooLong();
      }
      int end = from + length;
      int rest = from;
      if (differing == null) {
        rest = expected.skipMatching(chars, from, end);
        matched += rest - from;
        if (rest == end) {
          return;
        }
        differing = new StringBuilder(new UtteranceTextCursor().prefix(matched));
      }
      differing.append(chars, rest, end - rest);
    }

    /** Null when the streamed text was exactly the utterances' texts run together. */
    String differingText() {
      if (differing != null) {
        return differing.toString();
      }
      return expected.hasNext() ? new UtteranceTextCursor().prefix(matched) : null;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** Thrown through Jackson out of {@link ConcatenationMatcher}; becomes a {@link ReadLimitException}. */
  private static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super(null, null, false, false);
    }
  }

  /**
   * Walks the characters of every utterance's text in order: stored texts, or their tokens' written
   * forms. Each of those is a piece; {@link #skipMatching} compares a whole piece at a time, which
   * matters for the document text of a long recording (millions of characters).
   */
  private final class UtteranceTextCursor {
    private int utterance;
    // token whose written form is the current piece, -1 until the utterance's first is looked up
    private int token = -1;
    // characters of the current piece already passed
    private int offset;

    /** Moves to a piece with characters left, if needed; false when every utterance's text is passed. */
    boolean hasNext() {
      while (utterance < utteranceText.size()) {
        String own = utteranceText.get(utterance);
        if (own != null) {
          if (offset < own.length()) {
            return true;
          }
        } else {
          int end = utterance + 1 < utteranceFirstToken.size() ? utteranceFirstToken.get(utterance + 1) : tokenCount;
          if (token < 0) {
            token = utteranceFirstToken.get(utterance);
          }
          for (; token < end; token++, offset = 0) {
            if (offset < strings.length(written.get(token))) {
              return true;
            }
          }
        }
        utterance++;
        token = -1;
        offset = 0;
      }
      return false;
    }

    /**
     * Passes the longest prefix of {@code chars[from, end)} that the text continues with and returns
     * the index after it: {@code end} when all of it matched.
     */
    int skipMatching(char[] chars, int from, int end) {
      int i = from;
      while (i < end && hasNext()) {
        String own = utteranceText.get(utterance);
        int left;
        int matched;
        if (own != null) {
          left = own.length() - offset;
          int limit = Math.min(left, end - i);
          matched = 0;
          while (matched < limit && own.charAt(offset + matched) == chars[i + matched]) {
            matched++;
          }
        } else {
          int id = written.get(token);
          left = strings.length(id) - offset;
          matched = strings.commonPrefix(id, offset, chars, i, end);
        }
        offset += matched;
        i += matched;
        if (matched < left) {
          // a mismatch, or the end of chars inside this piece
          return i;
        }
      }
      return i;
    }

    String prefix(int length) {
      StringBuilder prefix = new StringBuilder(length);
      while (prefix.length() < length && hasNext()) {
        int wanted = length - prefix.length();
        String own = utteranceText.get(utterance);
        int taken;
        if (own != null) {
          taken = Math.min(own.length() - offset, wanted);
          prefix.append(own, offset, offset + taken);
        } else {
          int id = written.get(token);
          taken = Math.min(strings.length(id) - offset, wanted);
          strings.appendTo(prefix, id, offset, taken);
        }
        offset += taken;
      }
      return prefix.toString();
    }
  }

  private static String firstNonNull(String first, String second) {
    return first != null ? first : second;
  }

  private void readSegments() throws TranscriptReadException {
    sawSegments = true;
    if (!startArray("segments")) {
      return;
    }
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw shapeError("Expected OBJECT for a segment but was " + describe(token));
      }
      int match;
      while ((match = parser.nextNameMatch(SEGMENT)) != END_OBJECT) {
        parser.nextToken();
        if (match == 0) {
          readResults();
        } else {
          parser.skipChildren();
        }
      }
    }
  }

  private void readResults() throws TranscriptReadException {
    if (!startArray("results")) {
      return;
    }
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw shapeError("Expected OBJECT for an utterance result but was " + describe(token));
      }
      readUtterance();
    }
  }

  private void readUtterance() throws TranscriptReadException {
    int first = tokenCount;
    utteranceWrittenLength = 0;
    int start = Transcript.NO_TIME;
    int end = Transcript.NO_TIME;
    double confidence = Double.NaN;
    String text = null;
    boolean textIsTokens = false;
    int match;
    while ((match = parser.nextNameMatch(UTTERANCE)) != END_OBJECT) {
      parser.nextToken();
      switch (match) {
        case U_TOKENS -> readTokens(first);
        case U_CONFIDENCE -> confidence = number("confidence");
        case U_START -> start = time("starttime");
        case U_END -> end = time("endtime");
        case U_TEXT -> {
          if (tokenCount > first && optionalString("text") && isWrittenConcatenation()) {
            textIsTokens = true;
            text = null;
          } else {
            textIsTokens = false;
            text = string("text");
          }
        }
        default -> parser.skipChildren();
      }
    }
    int count = tokenCount - first;
    if (count == 0 && start == Transcript.NO_TIME && end == Transcript.NO_TIME && !textIsTokens
        && (text == null || text.isEmpty())) {
      // the empty placeholder result of failure bodies and silent audio: not an utterance
      return;
    }
    utteranceStart.add(start);
    utteranceEnd.add(end);
    utteranceConfidence.add(confidence);
    utteranceFirstToken.add(first);
    // most utterance texts are their tokens' written forms run together: keep only the others
    if (textIsTokens || (text != null && count > 0 && isWrittenConcatenation(text))) {
      utteranceText.add(null);
    } else {
      utteranceText.add(text == null ? "" : text);
    }
    resolveSpeakers(count);
  }

  /** Whether the current string value is the open utterance's written forms run together. */
  private boolean isWrittenConcatenation() throws TranscriptReadException {
    int length = parser.getStringLength();
    checkLength(length);
    int offset = parser.getStringOffset();
    return length == utteranceWrittenLength
        && Arrays.equals(utteranceWritten, 0, length, parser.getStringCharacters(), offset, offset + length);
  }

  /** Whether {@code text} is the open utterance's written forms run together. */
  private boolean isWrittenConcatenation(String text) {
    if (text.length() != utteranceWrittenLength) {
      return false;
    }
    for (int i = 0; i < utteranceWrittenLength; i++) {
      if (text.charAt(i) != utteranceWritten[i]) {
        return false;
      }
    }
    return true;
  }

  private void readTokens(int first) throws TranscriptReadException {
    if (!startArray("tokens")) {
      return;
    }
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw shapeError("Expected OBJECT for a token but was " + describe(token));
      }
      readToken(tokenCount - first);
    }
  }

  private void readToken(int indexInUtterance) throws TranscriptReadException {
    int writtenAt = utteranceWrittenLength;
    int writtenId = -1;
    int spokenId = -1;
    int start = Transcript.NO_TIME;
    int end = Transcript.NO_TIME;
    double confidence = Double.NaN;
    int label = -1;
    int match;
    while ((match = parser.nextNameMatch(TOKEN)) != END_OBJECT) {
      JsonToken value = parser.nextToken();
      switch (match) {
        case K_WRITTEN -> {
          if (value != JsonToken.VALUE_STRING) {
            throw expected("STRING", "written");
          }
          writtenId = internWritten(writtenAt);
        }
        case K_SPOKEN -> spokenId = optionalString("spoken") ? internSpoken(writtenId) : -1;
        case K_START -> start = time("starttime");
        case K_END -> end = time("endtime");
        case K_CONFIDENCE -> confidence = number("confidence");
        case K_LABEL -> label = optionalString("label") && parser.getStringLength() > 0 ? internText(labelPool) : -1;
        default -> parser.skipChildren();
      }
    }
    if (writtenId < 0) {
      throw shapeError("Expected a 'written' field in every token but this token has none");
    }
    if (tokenCount == options.maxTokens()) {
      throw new ReadLimitException(source, "more than " + String.format("%,d", options.maxTokens())
          + " tokens (ReadOptions.maxTokens)", pathOf(parser.streamReadContext()), line(), column(), null);
    }
    written.add(writtenId);
    spoken.add(spokenId);
    tokenStart.add(start);
    tokenEnd.add(end);
    tokenConfidence.add(confidence);
    if (indexInUtterance == utteranceLabels.length) {
      utteranceLabels = Arrays.copyOf(utteranceLabels, indexInUtterance * 2);
    }
    utteranceLabels[indexInUtterance] = label;
    tokenCount++;
  }

  /**
   * Interns the token's written form and copies it to {@code utteranceWritten} from {@code at}
   * (where this token's part starts, so a repeated field replaces it rather than adding to it).
   */
  private int internWritten(int at) throws TranscriptReadException {
    int length = parser.getStringLength();
    checkLength(length);
    char[] buffer = parser.getStringCharacters();
    int offset = parser.getStringOffset();
    if (at + length > utteranceWritten.length) {
      utteranceWritten = Arrays.copyOf(utteranceWritten, Math.max(utteranceWritten.length * 2, at + length));
    }
    System.arraycopy(buffer, offset, utteranceWritten, at, length);
    utteranceWrittenLength = at + length;
    return strings.intern(buffer, offset, length);
  }

  /**
   * A written form is nearly always read the same way, so the spoken form is first compared with the
   * one that last followed the same written form: one comparison instead of a hash and a probe.
   */
  private int internSpoken(int writtenId) throws TranscriptReadException {
    int length = parser.getStringLength();
    checkLength(length);
    char[] buffer = parser.getStringCharacters();
    int offset = parser.getStringOffset();
    if (writtenId < 0) {
      return strings.intern(buffer, offset, length);
    }
    if (writtenId < spokenAfter.length) {
      int predicted = spokenAfter[writtenId] - 1;
      if (predicted >= 0 && strings.matches(predicted, buffer, offset, length)) {
        return predicted;
      }
    } else {
      spokenAfter = Arrays.copyOf(spokenAfter, Math.max(spokenAfter.length * 2, writtenId + 1));
    }
    int id = strings.intern(buffer, offset, length);
    spokenAfter[writtenId] = id + 1;
    return id;
  }

  private int internText(StringPool pool) throws TranscriptReadException {
    int length = parser.getStringLength();
    checkLength(length);
    return pool.intern(parser.getStringCharacters(), parser.getStringOffset(), length);
  }

  /** Jackson checks lengths only of strings it materialises; the dictionary reads its buffer directly. */
  private void checkLength(int length) throws TranscriptReadException {
    if (length > options.maxStringLength()) {
      throw new ReadLimitException(source, "string of " + String.format("%,d", length) + " characters is longer than "
          + String.format("%,d", options.maxStringLength()) + " (ReadOptions.maxStringLength)",
          pathOf(parser.streamReadContext()), line(), column(), null);
    }
  }

  /** Speaker of a token: own label, else nearest preceding in the utterance, else nearest following, else "". */
  private void resolveSpeakers(int count) throws TranscriptReadException {
    int current = -1;
    for (int j = 0; j < count && current < 0; j++) {
      current = utteranceLabels[j];
    }
    for (int j = 0; j < count; j++) {
      int own = utteranceLabels[j];
      if (own >= 0) {
        current = own;
      }
      speakers.add(speakerOf(current >= 0 ? current : emptyLabel()));
      labels.add(own >= 0 ? speakerOf(own) : Transcript.NO_SPEAKER);
    }
  }

  private int emptyLabel() {
    if (emptyLabel < 0) {
      emptyLabel = labelPool.intern("");
    }
    return emptyLabel;
  }

  private int speakerOf(int label) throws TranscriptReadException {
    if (label >= speakerOfLabel.length) {
      int old = speakerOfLabel.length;
      speakerOfLabel = Arrays.copyOf(speakerOfLabel, Math.max(old * 2, label + 1));
      Arrays.fill(speakerOfLabel, old, speakerOfLabel.length, -1);
    }
    int speaker = speakerOfLabel[label];
    if (speaker < 0) {
      if (speakerCount == Transcript.NO_SPEAKER) {
        throw shapeError("more than " + (Transcript.NO_SPEAKER - 1) + " distinct speaker labels");
      }
      speaker = speakerCount++;
      speakerOfLabel[label] = speaker;
      if (speaker == labelOfSpeaker.length) {
        labelOfSpeaker = Arrays.copyOf(labelOfSpeaker, speaker * 2);
      }
      labelOfSpeaker[speaker] = label;
    }
    return speaker;
  }

  private void readSentiment() throws TranscriptReadException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    if (token != JsonToken.START_OBJECT) {
      throw expected("OBJECT", "sentiment_analysis");
    }
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      if (name.equals("segments")) {
        readSentimentSegments();
      } else {
        parser.skipChildren();
      }
    }
  }

  private void readSentimentSegments() throws TranscriptReadException {
    if (!startArray("segments")) {
      return;
    }
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw shapeError("Expected OBJECT for a sentiment segment but was " + describe(token));
      }
      readSentimentSegment();
    }
  }

  private void readSentimentSegment() throws TranscriptReadException {
    int segment = sentimentStart.size();
    int start = Transcript.NO_TIME;
    int end = Transcript.NO_TIME;
    Arrays.fill(segmentValues, 0, parameterNames.size(), Double.NaN);
    int position = 0;
    String name;
    while ((name = parser.nextName()) != null) {
      JsonToken value = parser.nextToken();
      if (name.equals("starttime")) {
        start = time("starttime");
      } else if (name.equals("endtime")) {
        end = time("endtime");
      } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
        // segments list their parameters in one order: try the next known one before the map
        int index = position < parameterNames.size() && parameterNames.get(position).equals(name) ? position
            : parameter(name, segment);
        segmentValues[index] = number(name);
        position = index + 1;
      } else {
        parser.skipChildren();
      }
    }
    sentimentStart.add(start);
    sentimentEnd.add(end);
    for (int p = 0; p < parameterValues.size(); p++) {
      parameterValues.get(p).add(segmentValues[p]);
    }
  }

  private int parameter(String name, int segmentsBefore) {
    Integer known = parameterIndex.get(name);
    if (known != null) {
      return known;
    }
    int index = parameterNames.size();
    parameterIndex.put(name, index);
    parameterNames.add(name);
    DoubleColumn.Builder column = new DoubleColumn.Builder();
    for (int s = 0; s < segmentsBefore; s++) {
      column.add(Double.NaN);
    }
    parameterValues.add(column);
    if (index == segmentValues.length) {
      segmentValues = Arrays.copyOf(segmentValues, index * 2);
    }
    segmentValues[index] = Double.NaN;
    return index;
  }

  // ---- values

  /** True at an array's start, false for null; anything else is a shape error. */
  private boolean startArray(String field) throws TranscriptReadException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_ARRAY) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw expected("ARRAY", field);
  }

  private boolean optionalString(String field) throws TranscriptReadException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw expected("STRING", field);
  }

  private String string(String field) throws TranscriptReadException {
    if (!optionalString(field)) {
      return null;
    }
    checkLength(parser.getStringLength());
    return parser.getString();
  }

  private long audioSize() throws TranscriptReadException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return -1;
    }
    if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw expected("an integer number of bytes", "audio_size");
    }
    long size = parser.getLongValue();
    if (size < 0) {
      throw shapeError("Expected a byte count >= 0 for 'audio_size' but was " + size);
    }
    return size;
  }

  /** A time in whole ms; {@code 1620.0} is accepted, a fraction is rounded to the nearest ms. */
  private int time(String field) throws TranscriptReadException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      int length = parser.getStringLength();
      if (length <= 9) {
        long value = DecimalParser.wholeNumber(parser.getStringCharacters(), parser.getStringOffset(), length);
        if (value >= 0) {
          return (int) value;
        }
      } else if (parser.getNumberType() == JsonParser.NumberType.INT) {
        int value = parser.getIntValue();
        if (value >= 0) {
          return value;
        }
      }
      throw shapeError("Expected a time in ms from 0 to " + Integer.MAX_VALUE + " for '" + field + "' but was "
          + parser.getString());
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      double value = DecimalParser.parse(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
      if (value >= 0 && value <= Integer.MAX_VALUE) {
        return (int) Math.round(value);
      }
      throw shapeError("Expected a time in ms from 0 to " + Integer.MAX_VALUE + " for '" + field + "' but was "
          + parser.getString());
    }
    if (token == JsonToken.VALUE_NULL) {
      return Transcript.NO_TIME;
    }
    throw expected("NUMBER", field);
  }

  private double number(String field) throws TranscriptReadException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      return DecimalParser.parse(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      int length = parser.getStringLength();
      if (length <= 15) {
        return DecimalParser.wholeNumber(parser.getStringCharacters(), parser.getStringOffset(), length);
      }
      return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
          ? parser.getDoubleValue()
          : (double) parser.getLongValue();
    }
    if (token == JsonToken.VALUE_NULL) {
      return Double.NaN;
    }
    throw expected("NUMBER", field);
  }

  // ---- errors

  private ResultShapeException expected(String what, String field) {
    return shapeError("Expected " + what + " for '" + field + "' but was " + describe(parser.currentToken()));
  }

  private ResultShapeException shapeError(String problem) {
    return new ResultShapeException(source, problem, pathOf(parser.streamReadContext()), line(), column(), null);
  }

  private int line() {
    TokenStreamLocation location = parser.currentTokenLocation();
    return location == null ? -1 : location.getLineNr();
  }

  private int column() {
    TokenStreamLocation location = parser.currentTokenLocation();
    return location == null ? -1 : location.getColumnNr();
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "end of input";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT -> "OBJECT";
      case START_ARRAY, END_ARRAY -> "ARRAY";
      case VALUE_STRING -> "STRING";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "NUMBER";
      case VALUE_TRUE, VALUE_FALSE -> "BOOLEAN";
      case VALUE_NULL -> "NULL";
      default -> token.name();
    };
  }

  /** {@code $.segments[3].results[0].tokens[7].starttime} for the parser's current position. */
  static String pathOf(TokenStreamContext context) {
    List<TokenStreamContext> chain = new ArrayList<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(c);
    }
    StringBuilder path = new StringBuilder("$");
    for (int i = chain.size() - 1; i >= 0; i--) {
      TokenStreamContext c = chain.get(i);
      if (c.inArray()) {
        if (c.getCurrentIndex() >= 0) {
          path.append('[').append(c.getCurrentIndex()).append(']');
        }
      } else if (c.currentName() != null) {
        String name = c.currentName();
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          path.append('.').append(name);
        } else {
          path.append("['").append(name.replace("'", "\\'")).append("']");
        }
      }
    }
    return path.toString();
  }

  // ---- result

  private Transcript build(int roots) throws TranscriptReadException {
    ResultShape shape = shape(roots);
    String[] dictionary = strings.freeze();
    byte[] kinds = new byte[dictionary.length];
    int underscore = -2;
    for (int id = 0; id < dictionary.length; id++) {
      String s = dictionary[id];
      kinds[id] = (byte) kindOf(s).ordinal();
      if (s.equals("_")) {
        underscore = id;
      }
    }
    String[] labelStrings = labelPool.freeze();
    String[] speakerNames = new String[speakerCount];
    for (int s = 0; s < speakerCount; s++) {
      speakerNames[s] = labelStrings[labelOfSpeaker[s]];
    }
    IntColumn firstTokens = utteranceFirstToken.build();
    Tokens tokens = new Tokens(dictionary, kinds, underscore, written.build(), spoken.build(), tokenStart.build(),
        tokenEnd.build(), tokenConfidence.build(), labels.build(), speakers.build(), speakerNames, firstTokens);
    String[] texts = utteranceText.toArray(new String[0]);
    Utterances utterances = new Utterances(utteranceStart.build(), utteranceEnd.build(), utteranceConfidence.build(),
        firstTokens, texts, tokens);
    DoubleColumn[] values = new DoubleColumn[parameterValues.size()];
    for (int p = 0; p < values.length; p++) {
      values[p] = parameterValues.get(p).build();
    }
    Sentiment sentiment = new Sentiment(sentimentStart.build(), sentimentEnd.build(), List.copyOf(parameterNames),
        values);
    JobInfo job = new JobInfo(status, sessionId, serviceId, contentId, audioSize, audioMd5, utteranceId, code,
        message, errorMessage);
    String text = roots > 1 || topTextIsUtterances || topText == null || isConcatenation(topText, utterances)
        ? null : topText;
    return new Transcript(source, shape, job, text, tokens, utterances, List.of(speakerNames), sentiment);
  }

  private ResultShape shape(int roots) throws TranscriptReadException {
    if (code != null && !code.isEmpty()) {
      return ResultShape.FAILURE;
    }
    if (roots > 1) {
      return ResultShape.WEBSOCKET_LINES;
    }
    if (sawCreatedSessionId) {
      return ResultShape.JOB_CREATED;
    }
    if (sawSegments) {
      return ResultShape.ASYNC_SEGMENTS;
    }
    if (status != null) {
      return sawResults ? ResultShape.ASYNC_RESULTS : ResultShape.JOB_STATUS;
    }
    if (sawResults) {
      return ResultShape.SYNC;
    }
    throw new ResultShapeException(source, "Expected an AmiVoice result or job status (with 'segments', 'results',"
        + " 'status', 'sessionid' or 'code') but found none of them", "$", -1, -1, null);
  }

  /** Whether {@code text} is the utterances' texts run together, compared in place without building them. */
  private static boolean isConcatenation(String text, Utterances utterances) {
    int offset = 0;
    for (int u = 0; u < utterances.size(); u++) {
      if (utterances.hasOwnText(u)) {
        String part = utterances.text(u);
        if (!text.startsWith(part, offset)) {
          return false;
        }
        offset += part.length();
      } else {
        Tokens tokens = utterances.tokens();
        for (int i = utterances.firstToken(u), end = utterances.endToken(u); i < end; i++) {
          String written = tokens.written(i);
          if (!text.startsWith(written, offset)) {
            return false;
          }
          offset += written.length();
        }
      }
    }
    return offset == text.length();
  }

  static TokenKind kindOf(String written) {
    if (isAllPunctuation(written)) {
      return TokenKind.PUNCTUATION;
    }
    if (written.length() >= 3 && written.charAt(0) == '%' && written.charAt(written.length() - 1) == '%') {
      return TokenKind.FILLER;
    }
    return TokenKind.WORD;
  }

  private static boolean isAllPunctuation(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (!isPunctuation(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  private static boolean isPunctuation(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }
}
