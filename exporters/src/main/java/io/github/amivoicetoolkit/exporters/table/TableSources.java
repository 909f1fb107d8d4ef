package io.github.amivoicetoolkit.exporters.table;

/** Picks the {@link TableSource} for each {@link ExportTable} of an {@link ExportInput}. */
final class TableSources {
  private final ExportInput input;
  private final String[] speakers;

  TableSources(ExportInput input) {
    this.input = input;
    this.speakers = SpeakerLabels.of(input.transcript().speakers());
  }

  /**
   * The source of {@code table}; the caller checks {@link ExportInput#has(ExportTable)} first.
   *
   * @throws IllegalArgumentException when the input lacks the table
   */
  TableSource source(ExportTable table) {
    if (!input.has(table)) {
      throw new IllegalArgumentException("no " + table.id() + " table in this input: "
          + (table == ExportTable.SPEAKERS ? "give ExportInput a speakersTable" : "the transcript has no sentiment"));
    }
    switch (table) {
      case SUMMARY:
        return summary();
      case SPEAKERS:
        return input.speakersSource();
      case UTTERANCES:
        return new UtteranceTable(input.transcript(), speakers);
      case TURNS:
        return new TurnTable(input.transcript(), speakers);
      case EVENTS:
        return new EventTable(input.statsForAttribution().events());
      case TOKENS:
        return new TokenTable(input.transcript(), speakers);
      case SENTIMENT:
        return new SentimentTable(input.transcript(), input.statsForAttribution());
      default:
        throw new AssertionError("unhandled table " + table);
    }
  }

  SummaryTable summary() {
    return new SummaryTable(input.transcript(), input.summarySource());
  }
}
