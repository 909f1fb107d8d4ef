package io.github.amivoicetoolkit.exporters;

import io.github.amivoicetoolkit.core.Sentiment;
import io.github.amivoicetoolkit.core.Transcript;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@link ExportTable#SENTIMENT}: a view over the sentiment segment columns, with the attributed speaker. */
final class SentimentTable implements TableSource {
  static final List<String> LEADING_COLUMNS = List.of("segment", "start_ms", "end_ms", "start", "end", "speaker");

  private final Sentiment sentiment;
  private final String[] speakers;
  private final SpeakerAttribution.ForSegments attribution;
  private final List<String> columns;

  SentimentTable(Transcript transcript, String[] speakers) {
    this.sentiment = transcript.sentiment();
    this.speakers = speakers;
    this.attribution = new SpeakerAttribution.ForSegments(transcript);
    List<String> names = new ArrayList<>(LEADING_COLUMNS);
    names.addAll(sentiment.parameters());
    this.columns = List.copyOf(names);
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public int rowCount() {
    return sentiment.size();
  }

  @Override
  public void writeRow(int s, CellSink sink) throws IOException {
    sink.integer(s);
    int start = sentiment.startMs(s);
    int end = sentiment.endMs(s);
    TokenTable.writeMs(sink, start);
    TokenTable.writeMs(sink, end);
    TokenTable.writeTime(sink, start);
    TokenTable.writeTime(sink, end);
    int speaker = attribution.speakerOf(sentiment, s);
    sink.text(speaker == SpeakerAttribution.NONE ? null : speakers[speaker]);
    for (int p = 0; p < sentiment.parameters().size(); p++) {
      sink.decimal(sentiment.value(s, p));
    }
  }
}
