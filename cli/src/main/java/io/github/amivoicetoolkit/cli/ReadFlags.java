package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.core.ReadOptions;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code --max-tokens} and {@code --max-bytes}: the reader's {@link ReadOptions} limits. */
final class ReadFlags {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--max-tokens", paramLabel = "N",
      description = "Refuse a result with more than N word tokens (default: "
          + ReadOptions.DEFAULT_MAX_TOKENS + ", about 3,000 hours; a token needs about 22 bytes of heap).")
  private Integer maxTokens;

  @Option(names = "--max-bytes", paramLabel = "SIZE", converter = ByteSize.class,
      description = "Refuse a result longer than SIZE bytes of JSON (after gunzip), e.g. 500m or 2g"
          + " (default: no limit).")
  private Long maxBytes;

  /** A reader with these limits; a bad value is a usage error naming the limit. */
  TranscriptReader reader() {
    ReadOptions.Builder options = ReadOptions.builder();
    try {
      if (maxTokens != null) {
        options.maxTokens(maxTokens);
      }
      if (maxBytes != null) {
        options.maxDocumentBytes(maxBytes);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    return new TranscriptReader(options.build());
  }

  /** {@code 1234}, {@code 500k}, {@code 500m}, {@code 2g} (powers of 1024). */
  static final class ByteSize implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String text = value.trim().toLowerCase(Locale.ROOT);
      int shift = switch (text.isEmpty() ? ' ' : text.charAt(text.length() - 1)) {
        case 'k' -> 10;
        case 'm' -> 20;
        case 'g' -> 30;
        default -> 0;
      };
      String digits = shift == 0 ? text : text.substring(0, text.length() - 1);
      try {
        long number = Long.parseLong(digits);
        if (number < 1 || number > (Long.MAX_VALUE >> shift)) {
          throw new TypeConversionException("not a positive size: " + value);
        }
        return number << shift;
      } catch (NumberFormatException e) {
        throw new TypeConversionException("not a size (e.g. 1000000, 500m, 2g): " + value);
      }
    }
  }
}
