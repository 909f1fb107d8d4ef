package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Sentiment;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@link ExportTable#SENTIMENT}: a view over the sentiment segment columns, with the attributed speaker. */
final class SentimentTable implements TableSource {
  static final List<String> LEADING_COLUMNS = List.of("segment", "start_ms", "end_ms", "start", "end", "speaker");

  private final Sentiment sentiment;
  private final TranscriptStats stats;
  private final List<String> columns;

  /** {@code stats} attribute segments to speakers (renamed), per the analytics spec. */
  SentimentTable(Transcript transcript, TranscriptStats stats) {
    this.sentiment = transcript.sentiment();
    this.stats = stats;
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
    String speaker = stats.sentimentSpeaker(s);
    sink.text(SpeakerNames.display(speaker));
    for (int p = 0; p < sentiment.parameters().size(); p++) {
      sink.decimal(sentiment.value(s, p));
    }
  }
}
