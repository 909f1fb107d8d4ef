package io.github.amivoicetoolkit.core;

/**
 * Limits that protect a reader from absurd or hostile input. Immutable; build with {@link #builder()}.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>why</th></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>{@value #DEFAULT_MAX_STRING_LENGTH} chars</td>
 *       <td>the top-level {@code text} of a 100-hour job is a few million characters</td></tr>
 *   <tr><td>{@link #maxTokens()}</td><td>{@value #DEFAULT_MAX_TOKENS}</td>
 *       <td>about 3,000 hours of speech; a transcript costs about 22 bytes a token</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>{@value #DEFAULT_MAX_NESTING_DEPTH}</td>
 *       <td>real results nest 7 deep</td></tr>
 *   <tr><td>{@link #maxDocumentBytes()}</td><td>unlimited ({@code -1})</td>
 *       <td>set it to bound decompressed {@code .json.gz} input</td></tr>
 *   <tr><td>{@link #parallelThresholdBytes()}</td><td>{@value #DEFAULT_PARALLEL_THRESHOLD_BYTES} bytes</td>
 *       <td>from about this size a second thread pays for itself (measured in {@code benchmarks/})</td></tr>
 * </table>
 *
 * <p>The limits apply to this reader only: the reader configures its own Jackson factory and never
 * touches Jackson's global defaults.
 */
public final class ReadOptions {
  public static final int DEFAULT_MAX_STRING_LENGTH = 20_000_000;
  public static final int DEFAULT_MAX_TOKENS = 50_000_000;
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  public static final long DEFAULT_PARALLEL_THRESHOLD_BYTES = 8L << 20;

  private static final ReadOptions DEFAULTS = builder().build();

  private final int maxStringLength;
  private final int maxTokens;
  private final int maxNestingDepth;
  private final long maxDocumentBytes;
  private final long parallelThresholdBytes;

  private ReadOptions(Builder builder) {
    this.maxStringLength = builder.maxStringLength;
    this.maxTokens = builder.maxTokens;
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxDocumentBytes = builder.maxDocumentBytes;
    this.parallelThresholdBytes = builder.parallelThresholdBytes;
  }

  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this object's values. */
  public Builder toBuilder() {
    return new Builder()
        .maxStringLength(maxStringLength)
        .maxTokens(maxTokens)
        .maxNestingDepth(maxNestingDepth)
        .maxDocumentBytes(maxDocumentBytes)
        .parallelThresholdBytes(parallelThresholdBytes);
  }

  /** Longest string value, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** Most word tokens in one document. */
  public int maxTokens() {
    return maxTokens;
  }

  /** Deepest nesting of arrays and objects. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** Most bytes of (decompressed) JSON, or {@code -1} for no limit. */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * Plain JSON files and byte arrays of at least this many bytes are read by two threads, the
   * calling thread and one started for the read, when the machine has more than one processor;
   * {@code -1}: always by the calling thread alone. The transcript and the errors are the same
   * either way. Streams are always read by the calling thread.
   */
  public long parallelThresholdBytes() {
    return parallelThresholdBytes;
  }

  @Override
  public String toString() {
    return "ReadOptions{maxStringLength=" + maxStringLength + ", maxTokens=" + maxTokens
        + ", maxNestingDepth=" + maxNestingDepth + ", maxDocumentBytes=" + maxDocumentBytes
        + ", parallelThresholdBytes=" + parallelThresholdBytes + "}";
  }

  /** Builds {@link ReadOptions}; every setter rejects a nonsensical value at once. */
  public static final class Builder {
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxTokens = DEFAULT_MAX_TOKENS;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private long maxDocumentBytes = -1;
    private long parallelThresholdBytes = DEFAULT_PARALLEL_THRESHOLD_BYTES;

    private Builder() {}

    public Builder maxStringLength(int chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("maxStringLength < 1: " + chars);
      }
      this.maxStringLength = chars;
      return this;
    }

    public Builder maxTokens(int tokens) {
      if (tokens < 0) {
        throw new IllegalArgumentException("maxTokens < 0: " + tokens);
      }
      this.maxTokens = tokens;
      return this;
    }

    public Builder maxNestingDepth(int depth) {
      if (depth < 8) {
        throw new IllegalArgumentException("maxNestingDepth < 8 (results nest 7 deep): " + depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    /** {@code -1} for no limit. */
    public Builder maxDocumentBytes(long bytes) {
      if (bytes < -1 || bytes == 0) {
        throw new IllegalArgumentException("maxDocumentBytes must be positive or -1: " + bytes);
      }
      this.maxDocumentBytes = bytes;
      return this;
    }

    /** {@code -1}: never read by two threads. */
    public Builder parallelThresholdBytes(long bytes) {
      if (bytes < -1) {
        throw new IllegalArgumentException("parallelThresholdBytes must be >= 0 or -1: " + bytes);
      }
      this.parallelThresholdBytes = bytes;
      return this;
    }

    public ReadOptions build() {
      return new ReadOptions(this);
    }
  }
}
