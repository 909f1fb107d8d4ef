package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.analytics.Turns;
import io.github.amivoicetoolkit.core.Transcript;
import java.io.IOException;
import java.util.List;

/** {@link ExportTable#TURNS}: a view over the transcript's turns. */
final class TurnTable implements TableSource {
  static final List<String> COLUMNS = List.of("turn", "speaker", "start_ms", "end_ms", "start", "end",
      "duration_ms", "words", "text", "utterance");

  private final Turns turns;
  private final String[] speakers;

  TurnTable(Transcript transcript, String[] speakers) {
    this.turns = Turns.of(transcript);
    this.speakers = speakers;
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public int rowCount() {
    return turns.size();
  }

  @Override
  public void writeRow(int t, CellSink sink) throws IOException {
    sink.integer(t);
    sink.text(speakers[turns.speakerId(t)]);
    int start = turns.startMs(t);
    int end = turns.endMs(t);
    TokenTable.writeMs(sink, start);
    TokenTable.writeMs(sink, end);
    TokenTable.writeTime(sink, start);
    TokenTable.writeTime(sink, end);
    if (turns.isTimed(t)) {
      sink.integer(turns.durationMs(t));
    } else {
      sink.empty();
    }
    sink.integer(turns.words(t));
    sink.text(turns.text(t));
    sink.integer(turns.utterance(t));
  }
}
