package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.analytics.UtteranceSpeakers;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.Utterances;
import java.io.IOException;
import java.util.List;

/** {@link ExportTable#UTTERANCES}: a view over the transcript's utterance columns. */
final class UtteranceTable implements TableSource {
  static final List<String> COLUMNS = List.of("utterance", "speaker", "speakers", "start_ms", "end_ms", "start",
      "end", "duration_ms", "confidence", "text");

  private final Utterances utterances;
  private final String[] speakers;
  private final UtteranceSpeakers attribution;
  private final StringBuilder names = new StringBuilder();

  UtteranceTable(Transcript transcript, String[] speakers) {
    this.utterances = transcript.utterances();
    this.speakers = speakers;
    this.attribution = UtteranceSpeakers.of(transcript);
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public int rowCount() {
    return utterances.size();
  }

  @Override
  public void writeRow(int u, CellSink sink) throws IOException {
    sink.integer(u);
    int speaker = attribution.speakerOf(u);
    sink.text(speaker == UtteranceSpeakers.NONE ? null : speakers[speaker]);
    names.setLength(0);
    for (int s : attribution.speakers(u)) {
      if (names.length() > 0) {
        names.append(", ");
      }
      names.append(speakers[s]);
    }
    sink.text(names.length() == 0 ? null : names.toString());
    int start = utterances.startMs(u);
    int end = utterances.endMs(u);
    TokenTable.writeMs(sink, start);
    TokenTable.writeMs(sink, end);
    TokenTable.writeTime(sink, start);
    TokenTable.writeTime(sink, end);
    if (start == Transcript.NO_TIME || end == Transcript.NO_TIME) {
      sink.empty();
    } else {
      sink.integer(utterances.durationMs(u));
    }
    sink.decimal(utterances.confidence(u));
    sink.text(utterances.text(u));
  }
}
