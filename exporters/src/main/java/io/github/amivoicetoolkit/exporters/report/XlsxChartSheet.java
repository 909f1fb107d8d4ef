package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.SpeakerStats;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.table.ExportInput;
import io.github.amivoicetoolkit.exporters.table.WorkbookAddition;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A Charts sheet for the XLSX workbook: native, editable Excel charts of talk share, word confidence per
 * speaker (bins of 0.05) and interruptions per speaker, each drawn from a small table on the same sheet,
 * so editing a number redraws its chart. In the confidence chart each speaker is a series in its {@link
 * SpeakerPalette} colour; the silences found are given as figures beside the tables. Added to a workbook
 * by {@link io.github.amivoicetoolkit.exporters.table.XlsxExporter}:
 *
 * <pre>{@code
 * new XlsxExporter(XlsxOptions.defaults(), new XlsxChartSheet(ReportOptions.defaults())).write(input, file);
 * }</pre>
 *
 * <p><b>Memory.</b> The workbook's tables stream; this sheet is an ordinary in-memory XSSF sheet of the
 * same workbook. It holds {@code 5 + 24 + speakers} rows of at most
 * {@code speakers + 1} cells and three charts, whatever the call's length, so the workbook's memory stays
 * flat. Figures come from one pass over the tokens and the turns, as in the HTML report.
 *
 * <p>Immutable and thread-safe.
 */
public final class XlsxChartSheet implements WorkbookAddition {
  /** The sheet's name. */
  public static final String SHEET = "Charts";
  private static final int CHART_COLUMN = 6;
  private static final int CHART_WIDTH = 10;
  static final int CHART_HEIGHT = 18;

  private final ReportOptions options;

  public XlsxChartSheet(ReportOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public void addTo(XSSFWorkbook workbook, ExportInput input) {
    if (input == null) {
      return;
    }
    Transcript transcript = input.transcript();
    // the figures the workbook's tables were written from, when the caller computed them
    TranscriptStats stats = input.stats().orElseGet(() -> TranscriptStats.of(transcript, options.analytics()));
    Events events = Events.of(transcript, stats);
    String[] names = HtmlReportWriter.names(transcript.speakers());
    List<SpeakerStats> speakers = stats.speakers();
    int n = names.length;
    XSSFSheet sheet = workbook.createSheet(SHEET);
    XSSFDrawing drawing = sheet.createDrawingPatriarch();

    // rows 0..n: speaker, talk (min), share, interrupted others, was interrupted
    String[] header = {"speaker", "talk_min", "share", "interruptions", "interrupted"};
    XSSFRow top = sheet.createRow(0);
    for (int c = 0; c < header.length; c++) {
      top.createCell(c).setCellValue(header[c]);
    }
    Double[] talk = new Double[n];
    Double[] share = new Double[n];
    Double[] made = new Double[n];
    Double[] suffered = new Double[n];
    for (int s = 0; s < n; s++) {
      talk[s] = speakers.get(s).talkMs() / 60_000.0;
      share[s] = speakers.get(s).share();
      made[s] = 0.0;
      suffered[s] = 0.0;
    }
    for (int k = 0; k < events.interruptions(); k++) {
      made[events.interrupter(k)]++;
      suffered[events.interrupted(k)]++;
    }
    for (int s = 0; s < n; s++) {
      XSSFRow row = sheet.createRow(1 + s);
      row.createCell(0).setCellValue(names[s]);
      row.createCell(1).setCellValue(talk[s]);
      row.createCell(2).setCellValue(share[s]);
      row.createCell(3).setCellValue(made[s]);
      row.createCell(4).setCellValue(suffered[s]);
    }
    int silenceRow = n + 2;
    XSSFRow silences = sheet.createRow(silenceRow);
    silences.createCell(0).setCellValue("silences");
    silences.createCell(1).setCellValue(events.silences());
    XSSFRow silenceMinutes = sheet.createRow(silenceRow + 1);
    silenceMinutes.createCell(0).setCellValue("silence_min");
    silenceMinutes.createCell(1).setCellValue(events.silenceTotalMs() / 60_000.0);

    // rows below: confidence bin, then one count column per speaker
    int binTop = silenceRow + 3;
    XSSFRow binHeader = sheet.createRow(binTop);
    binHeader.createCell(0).setCellValue("confidence");
    for (int s = 0; s < n; s++) {
      binHeader.createCell(1 + s).setCellValue(names[s]);
    }
    long[][] bins = Charts.confidenceBins(transcript.tokens(), n);
    for (int b = 0; b < Charts.CONFIDENCE_BINS; b++) {
      String binLabel = String.format(java.util.Locale.ROOT, "%.2f", b * 0.05);
      XSSFRow row = sheet.createRow(binTop + 1 + b);
      row.createCell(0).setCellValue(binLabel);
      for (int s = 0; s < n; s++) {
        row.createCell(1 + s).setCellValue(bins[s][b]);
      }
    }
    sheet.setColumnWidth(0, 20 * 256);

    if (n == 0) {
      return;
    }
    // series read from this sheet's cells rather than given as arrays: XDDF would copy arrays into a
    // scratch sheet cell by cell (the same chart XML either way)
    XDDFCategoryDataSource speakerNames = XDDFDataSourcesFactory.fromStringCellRange(sheet, cells(1, n, 0));
    XSSFChart shareChart = chart(drawing, 0, "Talk share", null);
    shareChart.plot(bars(shareChart, speakerNames, "share", new CellReference(SHEET, 0, 2, true, true),
        XDDFDataSourcesFactory.fromNumericCellRange(sheet, cells(1, n, 2)), null));

    XSSFChart confidence = chart(drawing, CHART_HEIGHT + 1, "Word confidence (bins of 0.05; low under "
        + options.lowConfidenceThreshold() + ")", LegendPosition.BOTTOM);
    XDDFCategoryDataSource binSource = XDDFDataSourcesFactory.fromStringCellRange(sheet,
        cells(binTop + 1, binTop + Charts.CONFIDENCE_BINS, 0));
    XDDFBarChartData data = null;
    for (int s = 0; s < n; s++) {
      XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
          cells(binTop + 1, binTop + Charts.CONFIDENCE_BINS, 1 + s));
      data = bars(confidence, binSource, names[s], new CellReference(SHEET, binTop, 1 + s, true, true), values, data);
    }
    confidence.plot(data);

    XSSFChart interruptions = chart(drawing, 2 * (CHART_HEIGHT + 1), "Interruptions per speaker",
        LegendPosition.BOTTOM);
    XDDFBarChartData pair = bars(interruptions, speakerNames, "interrupted others",
        new CellReference(SHEET, 0, 3, true, true),
        XDDFDataSourcesFactory.fromNumericCellRange(sheet, cells(1, n, 3)), null);
    bars(interruptions, speakerNames, "was interrupted", new CellReference(SHEET, 0, 4, true, true),
        XDDFDataSourcesFactory.fromNumericCellRange(sheet, cells(1, n, 4)), pair);
    interruptions.plot(pair);
  }

  private static CellRangeAddress cells(int firstRow, int lastRow, int column) {
    return new CellRangeAddress(firstRow, lastRow, column, column);
  }

  static String range(int firstRow, int lastRow, int column) {
    return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(SHEET, true);
  }

  static XSSFChart chart(XSSFDrawing drawing, int row, String title, LegendPosition legend) {
    List<XSSFChart> earlier = drawing.getCharts();
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, row,
        CHART_COLUMN + CHART_WIDTH, row + CHART_HEIGHT));
    if (!earlier.isEmpty()) {
      // XDDF's plot() asks for a data workbook of the chart's own (series given as arrays are copied
      // into it) and makes a new one for every chart; XSSFChart never saves it, so the charts of a
      // drawing can share the first one's
      try {
        chart.setWorkbook(earlier.get(0).getWorkbook());
      } catch (IOException | InvalidFormatException e) {
        throw new IllegalStateException("cannot make the in-memory data workbook of a chart", e);
      }
    }
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    if (legend != null) {
      chart.getOrAddLegend().setPosition(legend);
    }
    return chart;
  }

  /**
   * Adds a series of bars to {@code chart}, coloured by its place in the palette: to {@code data} when
   * given (a further series of a clustered chart), else to new bar data with its axes. The caller plots.
   */
  static XDDFBarChartData bars(XSSFChart chart, XDDFCategoryDataSource categories, String title,
      CellReference titleCell, XDDFNumericalDataSource<Double> values, XDDFBarChartData data) {
    XDDFBarChartData bars = data;
    if (bars == null) {
      XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
      XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
      left.setCrosses(AxisCrosses.AUTO_ZERO);
      bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
      bars.setBarDirection(BarDirection.COL);
      bars.setBarGrouping(BarGrouping.CLUSTERED);
      bars.setVaryColors(false);
    }
    XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(categories, values);
    series.setTitle(title, titleCell);
    int index = bars.getSeriesCount() - 1;
    String colour = SpeakerPalette.hex(index);
    series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {
        (byte) Integer.parseInt(colour.substring(0, 2), 16), (byte) Integer.parseInt(colour.substring(2, 4), 16),
        (byte) Integer.parseInt(colour.substring(4, 6), 16)})));
    return bars;
  }
}
