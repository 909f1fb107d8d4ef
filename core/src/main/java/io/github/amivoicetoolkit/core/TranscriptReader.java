package io.github.amivoicetoolkit.core;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads AmiVoice results of every shape into a {@link Transcript}, streaming.
 *
 * <p>Accepts async v1/v2 results (with sentiment), {@code compatibleWithSync} results, sync results,
 * WebSocket results one JSON object per line, job status bodies, job-creation answers and failure
 * bodies; {@code .json.gz} content (recognised by its magic bytes, whatever the name) and a UTF-8
 * byte-order mark. Field order is free and unknown fields are skipped. UTF-16 and UTF-32 are detected
 * and read too (either byte order, with or without a byte-order mark).
 *
 * <p>Thread-safe and cheap to share: one reader holds its Jackson factories, configured with this
 * reader's {@link ReadOptions} only. Input is streamed: a file is never held whole in memory. A plain
 * JSON file or byte array of {@link ReadOptions#parallelThresholdBytes()} or more is read by two
 * threads, the caller's and one the read starts and ends, with exactly the transcript and the errors
 * of a read by one.
 *
 * <p>Bad input throws a {@link TranscriptReadException} naming the source, the problem, the JSON
 * path, line and column: whatever the bytes, a read gives a transcript or that exception (a bad
 * encoding, such as an invalid UTF-32 code point, is a {@link MalformedResultException}). Any other
 * {@code IOException} is a failure to read the file or stream itself. A failure body or an unfinished
 * job is not an error: check {@link JobInfo#failed()} and {@link JobInfo#status()} of the result.
 */
public final class TranscriptReader {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private final ReadOptions options;
  private final JsonFactory factory;
  // for the part of a split read: its elements sit one level less deep than in the document
  private final JsonFactory partFactory;

  /** A reader with {@link ReadOptions#defaults()}. */
  public TranscriptReader() {
    this(ReadOptions.defaults());
  }

  public TranscriptReader(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.factory = factory(options, options.maxNestingDepth());
    this.partFactory = factory(options, options.maxNestingDepth() - 1);
  }

  private static JsonFactory factory(ReadOptions options, int maxNestingDepth) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(options.maxStringLength())
            .maxNestingDepth(maxNestingDepth)
            .maxDocumentLength(options.maxDocumentBytes())
            .build())
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .build();
  }

  public ReadOptions options() {
    return options;
  }

  /**
   * Reads a file ({@code .json} or gzip-compressed); the source name in errors is the path. A plain
   * JSON file of {@link ReadOptions#parallelThresholdBytes()} or more is read by two threads.
   */
  public Transcript read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isRegularFile() && splitSize(attributes.size())) {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        Splice.Source source = Splice.Source.of(channel);
        if (splittable(source)) {
          return readSplit(source, file.toString(), () -> readWhole(file));
        }
      }
    }
    return readWhole(file);
  }

  private Transcript readWhole(Path file) throws IOException {
    // 64 KiB a system call: Jackson asks for 8,000 bytes at a time
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
      return read(in, file.toString());
    }
  }

  /** Reads a stream to its end without closing it; gzip content is decompressed. */
  public Transcript read(InputStream in, String sourceName) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    SourceStream stream = new SourceStream(in);
    InputStream body;
    try {
      body = decompressIfGzip(stream);
    } catch (ZipException | EOFException e) {
      if (stream.threw(e)) {
        throw e;
      }
      throw new MalformedResultException(sourceName, "corrupt gzip data: " + e.getMessage(), null, -1, -1, e);
    }
    return parse(() -> factory.createParser(ObjectReadContext.empty(), body), sourceName, stream, null);
  }

  /** Reads a document held in memory; gzip content is decompressed. */
  public Transcript read(byte[] json, String sourceName) throws IOException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sourceName, "sourceName");
    if (json.length >= 2 && (json[0] & 0xff) == GZIP_MAGIC_1 && (json[1] & 0xff) == GZIP_MAGIC_2) {
      return read(new ByteArrayInputStream(json), sourceName);
    }
    if (splitSize(json.length)) {
      Splice.Source source = Splice.Source.of(json);
      if (splittable(source)) {
        return readSplit(source, sourceName, () -> readWhole(json, sourceName));
      }
    }
    return readWhole(json, sourceName);
  }

  private Transcript readWhole(byte[] json, String sourceName) throws IOException {
    return parse(() -> factory.createParser(ObjectReadContext.empty(), json), sourceName, null, null);
  }

  /**
   * Whether a document of {@code size} bytes is one to read by two threads: big enough, and within the
   * document limit (the parts would each pass it where the whole does not).
   */
  private boolean splitSize(long size) {
    long threshold = options.parallelThresholdBytes();
    return threshold >= 0 && size >= threshold && size >= 4
        && (options.maxDocumentBytes() < 0 || size <= options.maxDocumentBytes());
  }

  /**
   * Whether a document of a {@link #splitSize} can be read by two threads with exactly a whole read's
   * answer: more than one processor, and plain UTF-8 JSON without a byte-order mark (no gzip, UTF-16 or
   * UTF-32, whose bytes the cut cannot be found in).
   */
  private static boolean splittable(Splice.Source source) throws IOException {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return false;
    }
    byte[] head = new byte[4];
    if (source.readFully(0, head, 4) < 4 || head[1] == 0 || head[2] == 0 || head[3] == 0) {
      return false;
    }
    return head[0] == '{' || head[0] == ' ' || head[0] == '\n' || head[0] == '\r' || head[0] == '\t';
  }

  /** A read by two threads ({@link Splice}), or by {@code whole} when it cannot give a whole read's answer. */
  private Transcript readSplit(Splice.Source source, String sourceName, WholeRead whole) throws IOException {
    // a quarter each from a quarter and from three quarters on (Splice); giving the other thread more
    // (30 % from a fifth on) measured slower on the 251.6 MB result
    long size = source.size();
    return readSplit(source, sourceName, whole, new long[] {size / 4, size * 3 / 4},
        new long[] {size / 4, size / 4}).transcript();
  }

  /**
   * For tests: a read of plain JSON bytes split at the first cut from each of {@code cutsFrom} on, with
   * parts of about the {@code partBytes} at the same index, where there are such cuts.
   */
  SplitRead readSplit(byte[] json, String sourceName, long[] cutsFrom, long[] partBytes) throws IOException {
    return readSplit(Splice.Source.of(json), sourceName, () -> readWhole(json, sourceName), cutsFrom, partBytes);
  }

  /** A split read's transcript, and how many parts the other thread read are in it (0: read whole). */
  record SplitRead(Transcript transcript, int joined) {}

  private SplitRead readSplit(Splice.Source source, String sourceName, WholeRead whole, long[] cutsFrom,
      long[] partBytes) throws IOException {
    Splice splice = Splice.at(source, cutsFrom, partBytes);
    if (splice == null) {
      return new SplitRead(whole.read(), 0);
    }
    Transcript transcript;
    try (splice) {
      splice.start(partFactory, sourceName, options);
      SourceStream stream = new SourceStream(splice.input());
      try {
        transcript = parse(() -> factory.createParser(ObjectReadContext.empty(), stream), sourceName, stream, splice);
      } catch (IOException e) {
        if (!splice.cut()) {
          throw e;
        }
        // its place counts without the parts: the whole read finds the error at its own place
        transcript = null;
      }
      if (transcript != null && splice.consistent()) {
        return new SplitRead(transcript, splice.joined());
      }
    }
    return new SplitRead(whole.read(), 0);
  }

  /** A read of the whole document by one thread. */
  @FunctionalInterface
  private interface WholeRead {
    Transcript read() throws IOException;
  }

  /**
   * {@code input} is the caller's stream, null for bytes in memory (which cannot fail to be read);
   * {@code splice}, the parts another thread reads, or null.
   */
  private Transcript parse(Supplier<JsonParser> parserFactory, String source, SourceStream input, Splice splice)
      throws IOException {
    JsonParser parser = null;
    try {
      parser = parserFactory.get();
      return new ResultParser(parser, source, options, splice, -1).read();
    } catch (StreamConstraintsException e) {
      throw new ReadLimitException(source, e.getOriginalMessage(), pathOf(parser), line(e), column(e), e);
    } catch (JacksonIOException e) {
      throw ioFailure(source, e.getCause(), parser, input);
    } catch (JacksonException e) {
      // Jackson appends where the open array or object began, with a redacted source: noise here
      String problem = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[.*?\\]\\)", "");
      boolean truncated = e instanceof UnexpectedEndOfInputException || problem.startsWith("Unexpected end-of-input");
      throw new MalformedResultException(source, (truncated ? "truncated input: " : "not valid JSON: ") + problem,
          pathOf(parser), line(e), column(e), e);
    } catch (UncheckedIOException e) {
      throw ioFailure(source, e.getCause(), parser, input);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  private static String pathOf(JsonParser parser) {
    return parser == null ? null : ParseErrors.pathOf(parser.streamReadContext());
  }

  /**
   * An {@code IOException} that reached the parser: the stream's own failure, gzip data that does not
   * inflate, or Jackson's decoding of UTF-32 / UCS-4, which it reports as {@code IOException}s.
   */
  private static IOException ioFailure(String source, IOException cause, JsonParser parser, SourceStream input) {
    if (input != null && input.threw(cause)) {
      return new IOException(source + ": " + cause.getMessage(), cause);
    }
    if (cause instanceof ZipException || cause instanceof EOFException) {
      String problem = cause instanceof EOFException ? "truncated gzip data" : "corrupt gzip data: " + cause.getMessage();
      return new MalformedResultException(source, problem, pathOf(parser), -1, -1, cause);
    }
    return encodingFailure(source, cause);
  }

  /**
   * Jackson's message, without the character and byte counts it appends: they count from the start
   * of its current buffer, so the same file gives different ones as bytes and as a stream. No path or
   * position either: the decoder runs a buffer ahead of the parser.
   */
  private static MalformedResultException encodingFailure(String source, IOException cause) {
    String detail = String.valueOf(cause.getMessage()).replaceFirst(",? at char #\\d+, byte #\\d+\\)$", "");
    boolean truncated = cause instanceof CharConversionException && detail.startsWith("Unexpected EOF");
    return new MalformedResultException(source, (truncated ? "truncated input: " : "bad encoding: ") + detail, null,
        -1, -1, cause);
  }

  private static int line(JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    return location == null ? -1 : location.getLineNr();
  }

  private static int column(JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    return location == null ? -1 : location.getColumnNr();
  }

  private static InputStream decompressIfGzip(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 2);
    int first = pushback.read();
    if (first < 0) {
      return pushback;
    }
    int second = pushback.read();
    if (second >= 0) {
      pushback.unread(second);
    }
    pushback.unread(first);
    if (first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2) {
      return new GZIPInputStream(pushback, 64 * 1024);
    }
    return pushback;
  }
}
