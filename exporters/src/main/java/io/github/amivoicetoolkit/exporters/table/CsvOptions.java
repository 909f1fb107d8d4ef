package io.github.amivoicetoolkit.exporters.table;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link CsvExporter} writes: the {@link CsvDialect} and which tables. Immutable.
 *
 * <p>Defaults ({@link #defaults()}): dialect {@link CsvDialect#SPREADSHEET}, every table
 * ({@link ExportTable#all()}). These map one to one onto the CLI's {@code --csv} and {@code --tables}.
 */
public final class CsvOptions {
  private static final CsvOptions DEFAULTS = builder().build();

  private final CsvDialect dialect;
  private final Set<ExportTable> tables;

  private CsvOptions(Builder builder) {
    this.dialect = builder.dialect;
    this.tables = Collections.unmodifiableSet(EnumSet.copyOf(builder.tables));
  }

  public static CsvOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to change some of them. */
  public Builder toBuilder() {
    return new Builder().dialect(dialect).tables(tables);
  }

  public CsvDialect dialect() {
    return dialect;
  }

  /** The tables to write, in workbook order; unmodifiable. */
  public Set<ExportTable> tables() {
    return tables;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CsvOptions that && dialect == that.dialect && tables.equals(that.tables);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dialect, tables);
  }

  /**
   * Every setting that changes a written file, in a stable text form: equal options have equal
   * fingerprints, and a change of any setting changes it. Outputs record it to know whether they are up
   * to date.
   */
  public String fingerprint() {
    return "dialect=" + dialect + ";tables=" + ExportTable.idList(tables);
  }

  @Override
  public String toString() {
    return "CsvOptions{dialect=" + dialect + ", tables=" + ExportTable.idList(tables) + "}";
  }

  /** Builds {@link CsvOptions}; setters reject bad values at once. */
  public static final class Builder {
    private CsvDialect dialect = CsvDialect.SPREADSHEET;
    private Set<ExportTable> tables = EnumSet.allOf(ExportTable.class);

    private Builder() {}

    public Builder dialect(CsvDialect dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * The tables to write; tables the input does not have (no analytics table, no sentiment) are
     * skipped when writing.
     *
     * @throws IllegalArgumentException when empty
     */
    public Builder tables(Set<ExportTable> tables) {
      this.tables = TableChoice.copyNonEmpty(tables);
      return this;
    }

    public CsvOptions build() {
      return new CsvOptions(this);
    }
  }
}
