package io.github.amivoicetoolkit.exporters.table;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Validation shared by the option builders' {@code tables(…)}. */
final class TableChoice {
  private TableChoice() {}

  static EnumSet<ExportTable> copyNonEmpty(Set<ExportTable> tables) {
    Objects.requireNonNull(tables, "tables");
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("tables is empty: choose at least one of "
          + ExportTable.idList(EnumSet.allOf(ExportTable.class)));
    }
    for (ExportTable table : tables) {
      Objects.requireNonNull(table, "null in tables " + tables);
    }
    return EnumSet.copyOf(tables);
  }
}
