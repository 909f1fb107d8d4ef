package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text cells read back exactly as written, whatever XML or the OOXML escape would do to them. */
class XlsxTextRoundTripTest {
  private static final List<String> TEXTS = List.of(
      "_x0041_", "a_x0041_b", "_x005F_", "_x005f_x0041_", "_xD800_", "_x0000_", "_X0041_", "_x41_", "_x00411_",
      "__x0041__", "_x_", "_", "x0041_",
      "nul\0inside", "\0", "\u0001\u0008\u000B\u000C\u001F", "bell\u0007", "\uFFFE\uFFFF", "esc\u001B[0m",
      "tab\tlf\ncr\r", "  spaces  ", "\u00A0nbsp", "\u007F\u0085\u009F", "😀", "日本語", "=1+1", "\uFFFD");

  @Test
  void everyTextReadsBackExactly() throws IOException {
    ResultJson json = ResultJson.result();
    for (int k = 0; k < TEXTS.size(); k++) {
      json.token(TEXTS.get(k), null, k * 100, k * 100 + 50, 0.9, "speaker0");
    }
    Transcript transcript = json.utterance(0, TEXTS.size() * 100, 0.9, "x").read();

    assertThat(writtenColumn(transcript)).containsExactlyElementsOf(TEXTS);
  }

  @Test
  void unpairedSurrogatesReadBackExactly() {
    for (String text : List.of("\uD800", "a\uDC00b", "\uDBFF\uD83D\uDE00", "\uDE00\uD83D")) {
      String escaped = XlsxCellSink.escape(text);
      assertThat(escaped.chars().filter(c -> Character.isSurrogate((char) c)).count())
          .as("escaped %s keeps only pairs", escaped).isEqualTo(text.codePoints().filter(c -> c > 0xFFFF).count() * 2);
      assertThat(decode(escaped)).isEqualTo(text);
    }
  }

  @Test
  void escapingLeavesOrdinaryTextAlone() {
    String text = "こんにちは, world_x_ 😀";
    assertThat(XlsxCellSink.escape(text)).isSameAs(text);
    assertThat(XlsxCellSink.escape("\0_x0041_")).isEqualTo("_x0000__x005F_x0041_");
  }

  @Test
  void cuttingNeverSplitsAnEscape() {
    int keep = XlsxCellSink.MAX_TEXT_LENGTH - XlsxCellSink.TRUNCATION_MARKER.length();
    for (int before = keep - 7; before <= keep; before++) {
      String escaped = XlsxCellSink.escape("a".repeat(before) + "\0".repeat(10));

      String cut = XlsxCellSink.truncate(escaped);

      assertThat(cut).hasSizeLessThanOrEqualTo(XlsxCellSink.MAX_TEXT_LENGTH).endsWith(XlsxCellSink.TRUNCATION_MARKER);
      String kept = cut.substring(0, cut.length() - XlsxCellSink.TRUNCATION_MARKER.length());
      assertThat(decode(kept)).as("cut after %d", before).matches("a*\0*");
      assertThat((kept.length() - Math.min(before, kept.length())) % 7).isZero();
    }
  }

  @Test
  void textThatOnlyOverflowsOnceEscapedIsCutAndCounted() throws IOException {
    String nuls = "\0".repeat(10_000);
    Transcript transcript = ResultJson.result().token(nuls, null, 0, 10, 0.9, null).utterance(0, 10, 0.9, "x").read();

    String back = writtenColumn(transcript).get(0);

    assertThat(back).endsWith(XlsxCellSink.TRUNCATION_MARKER);
    assertThat(nuls).startsWith(back.substring(0, back.length() - XlsxCellSink.TRUNCATION_MARKER.length()));
  }

  private static List<String> writtenColumn(Transcript transcript) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxExporter(XlsxOptions.builder().tables(EnumSet.of(ExportTable.TOKENS)).build())
        .write(ExportInput.of(transcript), out);
    List<String> written = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      for (Row row : workbook.getSheet("Tokens")) {
        if (row.getRowNum() > 0) {
          written.add(row.getCell(TokenTable.COLUMNS.indexOf("written")).getStringCellValue());
        }
      }
    }
    return written;
  }

  /** What a reader of the OOXML escape makes of escaped text (POI's rule: every _xHHHH_ is one char). */
  private static String decode(String escaped) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < escaped.length(); k++) {
      if (XlsxCellSink.isEscapeAt(escaped, k)) {
        text.append((char) Integer.parseInt(escaped.substring(k + 2, k + 6), 16));
        k += 6;
      } else {
        text.append(escaped.charAt(k));
      }
    }
    return text.toString();
  }
}
