package io.github.amivoicetoolkit.exporters.table;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link XlsxExporter} writes: which tables become sheets, and how hard the workbook's zip is
 * compressed. Immutable.
 *
 * <p>Defaults ({@link #defaults()}): every table ({@link ExportTable#all()}), mapping onto the CLI's
 * {@code --tables}; compression level {@value #DEFAULT_COMPRESSION_LEVEL}.
 */
public final class XlsxOptions {
  /**
   * The default deflate level of the workbook's zip. Level 3 rather than zlib's 6: measured on a
   * 90-minute, five-sheet workbook it exports about 1.4 times as many token rows per second (deflate
   * was 18 % of the export's time at level 6) for a file about 20 % larger (benchmarks/README.md).
   */
  public static final int DEFAULT_COMPRESSION_LEVEL = 3;

  private static final XlsxOptions DEFAULTS = builder().build();

  private final Set<ExportTable> tables;
  private final int compressionLevel;

  private XlsxOptions(Builder builder) {
    this.tables = Collections.unmodifiableSet(EnumSet.copyOf(builder.tables));
    this.compressionLevel = builder.compressionLevel;
  }

  public static XlsxOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().tables(tables).compressionLevel(compressionLevel);
  }

  /** The tables to write as sheets, in workbook order; unmodifiable. */
  public Set<ExportTable> tables() {
    return tables;
  }

  /** Deflate level of the workbook's zip, 0 (stored) to 9 (smallest, slowest). */
  public int compressionLevel() {
    return compressionLevel;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof XlsxOptions that && tables.equals(that.tables)
        && compressionLevel == that.compressionLevel;
  }

  @Override
  public int hashCode() {
    return Objects.hash(tables, compressionLevel);
  }

  /**
   * Every setting that changes the workbook's content, in a stable text form. The compression level is
   * left out on purpose: it changes the bytes of the zip, not what a reader of the workbook sees.
   */
  public String fingerprint() {
    return "tables=" + ExportTable.idList(tables);
  }

  @Override
  public String toString() {
    return "XlsxOptions{tables=" + ExportTable.idList(tables) + ", compressionLevel=" + compressionLevel + "}";
  }

  /** Builds {@link XlsxOptions}; setters reject bad values at once. */
  public static final class Builder {
    private Set<ExportTable> tables = EnumSet.allOf(ExportTable.class);
    private int compressionLevel = DEFAULT_COMPRESSION_LEVEL;

    private Builder() {}

    /**
     * The tables to write as sheets; tables the input does not have are skipped. A workbook needs one
     * sheet, so when none of the chosen tables is available the Summary sheet is written.
     *
     * @throws IllegalArgumentException when empty
     */
    public Builder tables(Set<ExportTable> tables) {
      this.tables = TableChoice.copyNonEmpty(tables);
      return this;
    }

    /**
     * Deflate level of the workbook's zip: 0 stores, 1 is fastest, 9 smallest; 6 is zlib's (and most
     * spreadsheet programs') own. Default {@value XlsxOptions#DEFAULT_COMPRESSION_LEVEL}.
     *
     * @throws IllegalArgumentException when not in 0–9
     */
    public Builder compressionLevel(int level) {
      if (level < 0 || level > 9) {
        throw new IllegalArgumentException("compression level must be 0 to 9: " + level);
      }
      this.compressionLevel = level;
      return this;
    }

    public XlsxOptions build() {
      return new XlsxOptions(this);
    }
  }
}
