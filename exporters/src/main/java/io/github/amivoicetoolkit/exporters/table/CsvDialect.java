package io.github.amivoicetoolkit.exporters.table;

import java.util.Locale;
import java.util.Objects;

/**
 * How a CSV file is encoded, chosen explicitly because the two audiences want opposite things.
 *
 * <p>Both dialects write UTF-8, separate fields with {@code ,}, quote with {@code "} only where needed,
 * end records with CRLF and write absent values as empty fields.
 */
public enum CsvDialect {
  /**
   * For a person opening the file in Excel, Numbers or LibreOffice (the CLI default): a UTF-8
   * byte-order mark so Japanese text is not garbled, and text fields that start with {@code =},
   * {@code +}, {@code -}, {@code @}, tab or carriage return prefixed with {@code '} so the spreadsheet
   * does not run them as formulas (OWASP "CSV injection"). Numeric fields are never altered:
   * {@code -5} in a number column stays the number {@code -5}.
   */
  SPREADSHEET,
  /** Exact data for pipelines, per RFC 4180: no byte-order mark and no field altered. */
  RFC4180;

  /**
   * The dialect named {@code spreadsheet} or {@code rfc4180} (case-insensitive), as the CLI's
   * {@code --csv} option spells it.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static CsvDialect parse(String name) {
    Objects.requireNonNull(name, "name");
    String normalized = name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    switch (normalized) {
      case "spreadsheet":
        return SPREADSHEET;
      case "rfc4180":
        return RFC4180;
      default:
        throw new IllegalArgumentException("expected CSV dialect spreadsheet or rfc4180 but was '" + name + "'");
    }
  }
}
