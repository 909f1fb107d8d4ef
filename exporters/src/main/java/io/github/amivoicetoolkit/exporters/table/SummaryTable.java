package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.core.JobInfo;
import io.github.amivoicetoolkit.core.Transcript;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ExportTable#SUMMARY}: {@code field,value} rows of job information, then one row per column
 * of the analytics totals table (transposed; a totals table of {@code n > 1} rows gives value columns
 * {@code value, value_2, …, value_n}), then any extra counts the exporter adds.
 */
final class SummaryTable implements TableSource {
  static final List<String> JOB_FIELDS = List.of("source", "shape", "status", "session_id", "service_id",
      "content_id", "audio_size", "audio_md5", "utterance_id", "code", "message", "error_message");

  private final Transcript transcript;
  private final CellTable totals;
  private final List<String> columns;
  private final List<String> extraFields = new ArrayList<>();
  private final List<Long> extraValues = new ArrayList<>();

  SummaryTable(Transcript transcript, CellTable totals) {
    this.transcript = transcript;
    this.totals = totals;
    int valueColumns = totals == null ? 1 : Math.max(1, totals.rowCount());
    List<String> names = new ArrayList<>();
    names.add("field");
    names.add("value");
    for (int k = 2; k <= valueColumns; k++) {
      names.add("value_" + k);
    }
    this.columns = List.copyOf(names);
  }

  /** Adds a {@code field,value} row after the totals, e.g. the XLSX truncation count. */
  SummaryTable withCount(String field, long value) {
    extraFields.add(field);
    extraValues.add(value);
    return this;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public int rowCount() {
    return JOB_FIELDS.size() + totalsRows() + extraFields.size();
  }

  private int totalsRows() {
    return totals == null ? 0 : totals.columns().size();
  }

  @Override
  public void writeRow(int row, CellSink sink) throws IOException {
    int valueColumns = columns.size() - 1;
    if (row < JOB_FIELDS.size()) {
      sink.text(JOB_FIELDS.get(row));
      writeJobField(row, sink);
      padEmpty(sink, valueColumns - 1);
      return;
    }
    int totalsRow = row - JOB_FIELDS.size();
    if (totalsRow < totalsRows()) {
      sink.text(totals.columns().get(totalsRow));
      for (int r = 0; r < totals.rowCount(); r++) {
        totals.writeCell(totalsRow, r, sink);
      }
      padEmpty(sink, valueColumns - totals.rowCount());
      return;
    }
    int extra = totalsRow - totalsRows();
    sink.text(extraFields.get(extra));
    sink.integer(extraValues.get(extra));
    padEmpty(sink, valueColumns - 1);
  }

  private void writeJobField(int field, CellSink sink) throws IOException {
    JobInfo job = transcript.job();
    switch (JOB_FIELDS.get(field)) {
      case "source":
        sink.text(transcript.source());
        break;
      case "shape":
        sink.text(transcript.shape() == null ? null : transcript.shape().name());
        break;
      case "status":
        sink.text(job.status());
        break;
      case "session_id":
        sink.text(job.sessionId());
        break;
      case "service_id":
        sink.text(job.serviceId());
        break;
      case "content_id":
        sink.text(job.contentId());
        break;
      case "audio_size":
        if (job.audioSize() < 0) {
          sink.empty();
        } else {
          sink.integer(job.audioSize());
        }
        break;
      case "audio_md5":
        sink.text(job.audioMd5());
        break;
      case "utterance_id":
        sink.text(job.utteranceId());
        break;
      case "code":
        sink.text(job.code());
        break;
      case "message":
        sink.text(job.message());
        break;
      case "error_message":
        sink.text(job.errorMessage());
        break;
      default:
        throw new AssertionError("unhandled job field " + JOB_FIELDS.get(field));
    }
  }

  private static void padEmpty(CellSink sink, int count) throws IOException {
    for (int k = 0; k < count; k++) {
      sink.empty();
    }
  }
}
