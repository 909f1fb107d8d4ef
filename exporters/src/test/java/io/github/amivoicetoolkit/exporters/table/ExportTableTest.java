package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code --tables}: parsing table names and lists. */
class ExportTableTest {

  @Test
  void parsesAListInWorkbookOrderWhateverTheOrderGiven() {
    assertThat(ExportTable.parseList("tokens,summary, Utterances ,turns"))
        .containsExactly(ExportTable.SUMMARY, ExportTable.UTTERANCES, ExportTable.TURNS, ExportTable.TOKENS);
  }

  @Test
  void allIsEveryTableAndEmptyPartsAreSkipped() {
    assertThat(ExportTable.parseList(" ALL ")).isEqualTo(ExportTable.all()).hasSize(ExportTable.values().length);
    assertThat(ExportTable.parseList("tokens,,tokens,")).containsExactly(ExportTable.TOKENS);
  }

  @Test
  void theResultIsUnmodifiable() {
    assertThatThrownBy(() -> ExportTable.parseList("tokens").add(ExportTable.SUMMARY))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anUnknownNameIsRejectedNamingTheChoices() {
    assertThatThrownBy(() -> ExportTable.parseList("tokens,words"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a table among summary, speakers, utterances, turns, tokens, sentiment but was 'words'");
  }

  @Test
  void anEmptyListIsRejected() {
    assertThatThrownBy(() -> ExportTable.parseList(" , "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected at least one table among summary, speakers, utterances, turns, tokens, sentiment"
            + " but was ' , '");
  }

  @Test
  void idsAndSheetNamesRoundTrip() {
    for (ExportTable table : ExportTable.values()) {
      assertThat(ExportTable.parse(table.id().toUpperCase(java.util.Locale.ROOT))).isSameAs(table);
      assertThat(table.sheetName()).isNotBlank();
    }
  }
}
