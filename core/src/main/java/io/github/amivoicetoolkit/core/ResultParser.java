package io.github.amivoicetoolkit.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads one document from a positioned parser into columns. One instance per read; not thread-safe.
 *
 * <p>Hot path: property names are matched by {@link PropertyNameMatcher} on the parser's raw quads
 * (no {@code String} per name), strings are dictionary-encoded from {@code getStringCharacters()} and
 * numbers parsed from the parser's buffer, so a token seen before allocates nothing.
 *
 * <p>This class is the parse loop; the rest has classes of its own: the errors with their path and
 * position ({@link ParseErrors}), the document's shape ({@link ShapeDetector}), speakers resolved as
 * each utterance ends ({@link SpeakerResolver}), the document text checked against the utterances
 * ({@link DocumentTextMatcher}) and token kinds, classified once per distinct written form
 * ({@link TokenClassifier}). For a read by two threads ({@link Splice}) an instance also reads a part
 * ({@link #readPart}) or appends the parts another instance read, as reading them in place would have.
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
  private final ParseErrors errors;
  private final ShapeDetector shapeDetector = new ShapeDetector();
  // the parts of the document another thread reads (null when read by this thread alone)
  private final Splice splice;
  // in a part: each token's own label id, resolved by the parser the part is appended to
  private final IntColumn.Builder partLabels;
  // in a part (partLabels not null): the offset at or after which the part ends with the element that reaches it
  private final long partStop;

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

  // tokens
  private final StringPool strings = new StringPool();
  private final IntColumn.Builder written = new IntColumn.Builder();
  private final IntColumn.Builder spoken = new IntColumn.Builder();
  private final IntColumn.Builder tokenStart = new IntColumn.Builder();
  private final IntColumn.Builder tokenEnd = new IntColumn.Builder();
  private final DoubleColumn.Builder tokenConfidence = new DoubleColumn.Builder();
  private final SpeakerResolver speakers;
  private int tokenCount;
  // written id -> 1 + id of the spoken form that last followed it, 0 for none yet
  private int[] spokenAfter = new int[256];
  // the open utterance's written forms run together: its text is usually just that, and one
  // comparison of the whole text beats looking up each token's form again
  private char[] utteranceWritten = new char[256];
  private int utteranceWrittenLength;

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
    this(parser, source, options, null, -1);
  }

  /**
   * {@code splice}: the parts of the document another thread reads, appended where they were cut out;
   * {@code partStop} at least 0: this parser reads such a part ({@link #readPart}), not a document.
   */
  ResultParser(JsonParser parser, String source, ReadOptions options, Splice splice, long partStop) {
    this.parser = parser;
    this.source = source;
    this.options = options;
    this.errors = new ParseErrors(parser, source);
    this.speakers = new SpeakerResolver(errors);
    this.splice = splice;
    this.partStop = partStop;
    this.partLabels = partStop >= 0 ? new IntColumn.Builder() : null;
  }

  Transcript read() throws TranscriptReadException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw errors.emptyInput();
    }
    int roots = 0;
    while (token != null) {
      if (token != JsonToken.START_OBJECT) {
        throw errors.unexpected("an OBJECT at the top level", token);
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
        case T_SEGMENTS -> {
          shapeDetector.sawSegments();
          readSegments();
        }
        case T_RESULTS -> {
          shapeDetector.sawResults();
          readResults(true);
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
          shapeDetector.sawCreatedSessionId();
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
    DocumentTextMatcher matcher = new DocumentTextMatcher(
        new UtteranceTextCursor(utteranceText, utteranceFirstToken, tokenCount, written, strings),
        options.maxStringLength());
    try {
      parser.readString(matcher);
    } catch (DocumentTextMatcher.TooLong e) {
      throw errors.streamedStringTooLong(options.maxStringLength());
    }
    topText = matcher.differingText();
    topTextIsUtterances = topText == null;
  }

  private static String firstNonNull(String first, String second) {
    return first != null ? first : second;
  }

  private void readSegments() throws TranscriptReadException {
    if (!startArray("segments")) {
      return;
    }
    readSegmentElements();
  }

  /** The elements of a {@code segments} array, to its end or, in a part, to the part's end. */
  private void readSegmentElements() throws TranscriptReadException {
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw errors.unexpected("OBJECT for a segment", token);
      }
      int match;
      while ((match = parser.nextNameMatch(SEGMENT)) != END_OBJECT) {
        parser.nextToken();
        if (match == 0) {
          readResults(false);
        } else {
          parser.skipChildren();
        }
      }
      if (elementEnded(Splice.Kind.SEGMENTS)) {
        return;
      }
    }
  }

  /** {@code top}: the document's own {@code results}, not a segment's. */
  private void readResults(boolean top) throws TranscriptReadException {
    if (!startArray("results")) {
      return;
    }
    readResultElements(top);
  }

  /** The elements of a {@code results} array (utterances), to its end or, in a part, to the part's end. */
  private void readResultElements(boolean top) throws TranscriptReadException {
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw errors.unexpected("OBJECT for an utterance result", token);
      }
      readUtterance();
      if (top && elementEnded(Splice.Kind.RESULTS)) {
        return;
      }
    }
  }

  /**
   * After an element of the document's {@code segments}, {@code results} or sentiment {@code segments}
   * array, at its closing brace. In a part: whether the part ends here. Otherwise, when a part the
   * other thread read was cut out of the input right after this element, its elements are appended as
   * if read in place.
   */
  private boolean elementEnded(Splice.Kind kind) throws TranscriptReadException {
    // the parser stands just past the closing brace: its location is the next byte's offset
    if (partLabels != null) {
      return parser.currentLocation().getByteOffset() >= partStop;
    }
    if (splice != null && splice.mayJoin(kind)) {
      long offset = parser.currentLocation().getByteOffset();
      ResultParser part;
      while ((part = splice.joinsAt(kind, offset)) != null) {
        if (kind == Splice.Kind.SENTIMENT) {
          appendSentiment(part);
        } else {
          append(part);
        }
      }
    }
    return false;
  }

  /**
   * Reads a part for {@link Splice}: {@code kind}'s elements after an opening bracket, to the array's
   * end or to the first element that ends at or after {@code partStop}; returns where the part ends in
   * this parser's input: at the array's closing bracket, or just past the last element's brace.
   */
  long readPart(Splice.Kind kind) throws TranscriptReadException {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw errors.shape("a part starts with an array");
    }
    switch (kind) {
      case SEGMENTS -> readSegmentElements();
      case RESULTS -> readResultElements(true);
      case SENTIMENT -> readSentimentElements();
    }
    long next = parser.currentLocation().getByteOffset();
    return parser.currentToken() == JsonToken.END_ARRAY ? next - 1 : next;
  }

  /**
   * Appends a part's utterances and tokens as reading them here would have: its strings and labels
   * interned in order of first appearance, each utterance's speakers resolved here.
   */
  private void append(ResultParser part) throws TranscriptReadException {
    if (part.tokenCount > options.maxTokens() - tokenCount) {
      throw errors.tooManyTokens(options.maxTokens());
    }
    int[] ids = strings.internAll(part.strings);
    int[] labelIds = speakers.internAll(part.speakers);
    int base = tokenCount;
    int utterances = part.utteranceFirstToken.size();
    for (int u = 0; u < utterances; u++) {
      int first = part.utteranceFirstToken.get(u);
      int end = u + 1 < utterances ? part.utteranceFirstToken.get(u + 1) : part.tokenCount;
      for (int t = first; t < end; t++) {
        int spokenId = part.spoken.get(t);
        addToken(ids[part.written.get(t)], spokenId < 0 ? -1 : ids[spokenId], part.tokenStart.get(t),
            part.tokenEnd.get(t), part.tokenConfidence.get(t));
        int label = part.partLabels.get(t);
        speakers.label(t - first, label < 0 ? -1 : labelIds[label]);
      }
      addUtterance(part.utteranceStart.get(u), part.utteranceEnd.get(u), part.utteranceConfidence.get(u), base + first,
          part.utteranceText.get(u));
      speakers.resolveUtterance(end - first);
    }
    tokenCount += part.tokenCount;
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
    // most utterance texts are their tokens' written forms run together: keep only the others
    boolean ofTokens = textIsTokens || (text != null && count > 0 && isWrittenConcatenation(text));
    addUtterance(start, end, confidence, first, ofTokens ? null : text == null ? "" : text);
    if (partLabels == null) {
      speakers.resolveUtterance(count);
    }
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
        throw errors.unexpected("OBJECT for a token", token);
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
            throw errors.expected("STRING", "written");
          }
          writtenId = internWritten(writtenAt);
        }
        case K_SPOKEN -> spokenId = optionalString("spoken") ? internSpoken(writtenId) : -1;
        case K_START -> start = time("starttime");
        case K_END -> end = time("endtime");
        case K_CONFIDENCE -> confidence = number("confidence");
        case K_LABEL -> label = optionalString("label") && parser.getStringLength() > 0 ? internLabel() : -1;
        default -> parser.skipChildren();
      }
    }
    if (writtenId < 0) {
      throw errors.shape("Expected a 'written' field in every token but this token has none");
    }
    if (tokenCount == options.maxTokens()) {
      throw errors.tooManyTokens(options.maxTokens());
    }
    addToken(writtenId, spokenId, start, end, confidence);
    if (partLabels == null) {
      speakers.label(indexInUtterance, label);
    } else {
      partLabels.add(label);
    }
    tokenCount++;
  }

  /** Adds a token's columns, all but its label (the speakers' or, in a part, {@code partLabels}). */
  private void addToken(int writtenId, int spokenId, int start, int end, double confidence) {
    written.add(writtenId);
    spoken.add(spokenId);
    tokenStart.add(start);
    tokenEnd.add(end);
    tokenConfidence.add(confidence);
  }

  /** Adds an utterance's columns; {@code text} null when it is its tokens' written forms run together. */
  private void addUtterance(int start, int end, double confidence, int firstToken, String text) {
    utteranceStart.add(start);
    utteranceEnd.add(end);
    utteranceConfidence.add(confidence);
    utteranceFirstToken.add(firstToken);
    utteranceText.add(text);
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

  private int internLabel() throws TranscriptReadException {
    int length = parser.getStringLength();
    checkLength(length);
    return speakers.intern(parser.getStringCharacters(), parser.getStringOffset(), length);
  }

  /** Jackson checks lengths only of strings it materialises; the dictionary reads its buffer directly. */
  private void checkLength(int length) throws TranscriptReadException {
    if (length > options.maxStringLength()) {
      throw errors.stringTooLong(length, options.maxStringLength());
    }
  }

  private void readSentiment() throws TranscriptReadException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    if (token != JsonToken.START_OBJECT) {
      throw errors.expected("OBJECT", "sentiment_analysis");
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
    readSentimentElements();
  }

  /** The elements of the sentiment {@code segments} array, to its end or, in a part, to the part's end. */
  private void readSentimentElements() throws TranscriptReadException {
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        throw errors.unexpected("OBJECT for a sentiment segment", token);
      }
      readSentimentSegment();
      if (elementEnded(Splice.Kind.SENTIMENT)) {
        return;
      }
    }
  }

  /** Appends a part's sentiment segments as reading them here would have: new parameters in order. */
  private void appendSentiment(ResultParser part) {
    int segmentsBefore = sentimentStart.size();
    int[] index = new int[part.parameterNames.size()];
    for (int p = 0; p < index.length; p++) {
      index[p] = parameter(part.parameterNames.get(p), segmentsBefore);
    }
    int count = part.sentimentStart.size();
    for (int segment = 0; segment < count; segment++) {
      Arrays.fill(segmentValues, 0, parameterNames.size(), Double.NaN);
      for (int p = 0; p < index.length; p++) {
        segmentValues[index[p]] = part.parameterValues.get(p).get(segment);
      }
      addSentimentSegment(part.sentimentStart.get(segment), part.sentimentEnd.get(segment));
    }
  }

  /** Adds a segment of these times with the values in {@code segmentValues}. */
  private void addSentimentSegment(int start, int end) {
    sentimentStart.add(start);
    sentimentEnd.add(end);
    for (int p = 0; p < parameterValues.size(); p++) {
      parameterValues.get(p).add(segmentValues[p]);
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
    addSentimentSegment(start, end);
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
    throw errors.expected("ARRAY", field);
  }

  private boolean optionalString(String field) throws TranscriptReadException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw errors.expected("STRING", field);
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
      throw errors.expected("an integer number of bytes", "audio_size");
    }
    long size = parser.getLongValue();
    if (size < 0) {
      throw errors.shape("Expected a byte count >= 0 for 'audio_size' but was " + size);
    }
    return size;
  }

  /**
   * A time in whole ms; {@code 1620.0} is accepted, a fraction is rounded to the nearest ms. Times are
   * {@code int}s: the value as written must lie in {@code [0, Integer.MAX_VALUE]}, whatever its
   * spelling, or it is a shape error at the value's path, line and column.
   */
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
      throw errors.shape("Expected a time in ms from 0 to " + Integer.MAX_VALUE + " for '" + field + "' but was "
          + parser.getString());
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      double value = DecimalParser.parse(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
      if (value >= 0 && value <= Integer.MAX_VALUE) {
        return (int) Math.round(value);
      }
      throw errors.shape("Expected a time in ms from 0 to " + Integer.MAX_VALUE + " for '" + field + "' but was "
          + parser.getString());
    }
    if (token == JsonToken.VALUE_NULL) {
      return Transcript.NO_TIME;
    }
    throw errors.expected("NUMBER", field);
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
    throw errors.expected("NUMBER", field);
  }

  // ---- result

  private Transcript build(int roots) throws TranscriptReadException {
    ResultShape shape = shapeDetector.shape(source, roots, status, code);
    String[] dictionary = strings.freeze();
    String[] speakerNames = speakers.speakerNames();
    IntColumn firstTokens = utteranceFirstToken.build();
    Tokens tokens = new Tokens(dictionary, TokenClassifier.kinds(dictionary), TokenClassifier.underscore(dictionary),
        written.build(), spoken.build(), tokenStart.build(), tokenEnd.build(), tokenConfidence.build(),
        speakers.labelColumn(), speakers.speakerColumn(), speakerNames, firstTokens);
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
    String text = roots > 1 || topTextIsUtterances || topText == null
        || DocumentTextMatcher.isConcatenation(topText, utterances)
        ? null : topText;
    return new Transcript(source, shape, job, text, tokens, utterances, List.of(speakerNames), sentiment);
  }
}
