package io.github.amivoicetoolkit.exporters;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.Utterances;
import java.io.IOException;
import java.util.List;

/** {@link ExportTable#UTTERANCES}: a view over the transcript's utterance columns. */
final class UtteranceTable implements TableSource {
  static final List<String> COLUMNS = List.of("utterance", "speaker", "start_ms", "end_ms", "start", "end",
      "duration_ms", "confidence", "text");

  private final Utterances utterances;
  private final String[] speakers;
  private final SpeakerAttribution.ForUtterances attribution;

  UtteranceTable(Transcript transcript, String[] speakers) {
    this.utterances = transcript.utterances();
    this.speakers = speakers;
    this.attribution = new SpeakerAttribution.ForUtterances(transcript.tokens());
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
    int speaker = attribution.speakerOf(utterances.firstToken(u), utterances.endToken(u));
    sink.text(speaker == SpeakerAttribution.NONE ? null : speakers[speaker]);
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
