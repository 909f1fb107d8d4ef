package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.analytics.ConversationEvents;
import io.github.amivoicetoolkit.core.SpeakerNames;
import java.io.IOException;
import java.util.List;

/** {@link ExportTable#EVENTS}: a view over the silences and interruptions of the analytics. */
final class EventTable implements TableSource {
  static final List<String> COLUMNS = List.of("event", "type", "start_ms", "end_ms", "start", "end", "duration_ms",
      "speaker", "interrupted");

  private final ConversationEvents events;

  EventTable(ConversationEvents events) {
    this.events = events;
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public int rowCount() {
    return events.size();
  }

  @Override
  public void writeRow(int e, CellSink sink) throws IOException {
    sink.integer(e);
    sink.text(events.type(e).id());
    sink.integer(events.startMs(e));
    sink.integer(events.endMs(e));
    sink.time(events.startMs(e));
    sink.time(events.endMs(e));
    sink.integer(events.durationMs(e));
    String speaker = events.speaker(e);
    sink.text(speaker == null ? null : SpeakerNames.display(speaker));
    String interrupted = events.interrupted(e);
    sink.text(interrupted == null ? null : SpeakerNames.display(interrupted));
  }
}
