package io.github.amivoicetoolkit.exporters;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How {@link XlsxExporter} writes: which tables become sheets. Immutable.
 *
 * <p>Defaults ({@link #defaults()}): every table ({@link ExportTable#all()}), mapping onto the CLI's
 * {@code --tables}.
 */
public final class XlsxOptions {
  private static final XlsxOptions DEFAULTS = builder().build();

  private final Set<ExportTable> tables;

  private XlsxOptions(Builder builder) {
    this.tables = Collections.unmodifiableSet(EnumSet.copyOf(builder.tables));
  }

  public static XlsxOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().tables(tables);
  }

  /** The tables to write as sheets, in workbook order; unmodifiable. */
  public Set<ExportTable> tables() {
    return tables;
  }

  @Override
  public String toString() {
    return "XlsxOptions{tables=" + ExportTable.idList(tables) + "}";
  }

  /** Builds {@link XlsxOptions}; setters reject bad values at once. */
  public static final class Builder {
    private Set<ExportTable> tables = EnumSet.allOf(ExportTable.class);

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

    public XlsxOptions build() {
      return new XlsxOptions(this);
    }
  }
}
