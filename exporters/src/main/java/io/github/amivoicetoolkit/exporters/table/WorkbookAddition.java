package io.github.amivoicetoolkit.exporters.table;

import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Something {@link XlsxExporter} adds to a workbook after its tables, such as the report package's
 * Charts sheet. It receives the in-memory part of the streaming workbook: sheets it creates there are
 * ordinary XSSF sheets, held whole in memory until the workbook is written, so an addition must stay
 * small (a few hundred cells, some charts) — the tables keep streaming. {@code input} is null when the
 * workbook is written from tables alone ({@link XlsxExporter#writeTables}).
 */
@FunctionalInterface
public interface WorkbookAddition {
  void addTo(XSSFWorkbook workbook, ExportInput input) throws IOException;
}
