package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.Utterances;
import java.io.IOException;
import java.util.List;

/** {@link ExportTable#TOKENS}: a view over the transcript's token columns. */
final class TokenTable implements TableSource {
  static final List<String> COLUMNS = List.of("utterance", "token", "speaker", "start_ms", "end_ms", "start",
      "end", "written", "spoken", "confidence", "punctuation", "filler");

  private final Tokens tokens;
  private final Utterances utterances;
  private final String[] speakers;
  /** The utterance of the last row written: rows come in order, so this avoids a search per row. */
  private int utterance;

  TokenTable(Transcript transcript, String[] speakers) {
    this.tokens = transcript.tokens();
    this.utterances = transcript.utterances();
    this.speakers = speakers;
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public int rowCount() {
    return tokens.size();
  }

  @Override
  public void writeRow(int i, CellSink sink) throws IOException {
    int u = utteranceOf(i);
    sink.integer(u);
    sink.integer(i - utterances.firstToken(u));
    sink.text(speakers[tokens.speakerId(i)]);
    int start = tokens.startMs(i);
    int end = tokens.endMs(i);
    writeMs(sink, start);
    writeMs(sink, end);
    writeTime(sink, start);
    writeTime(sink, end);
    sink.text(tokens.written(i));
    sink.text(tokens.spoken(i));
    sink.decimal(tokens.confidence(i));
    TokenKind kind = tokens.kind(i);
    sink.bool(kind == TokenKind.PUNCTUATION);
    sink.bool(kind == TokenKind.FILLER);
  }

  private int utteranceOf(int i) {
    if (utterance < utterances.size() && utterances.firstToken(utterance) <= i) {
      while (i >= utterances.endToken(utterance)) {
        utterance++;
      }
      return utterance;
    }
    utterance = tokens.utterance(i);
    return utterance;
  }

  static void writeMs(CellSink sink, int ms) throws IOException {
    if (ms == Transcript.NO_TIME) {
      sink.empty();
    } else {
      sink.integer(ms);
    }
  }

  static void writeTime(CellSink sink, int ms) throws IOException {
    if (ms == Transcript.NO_TIME) {
      sink.empty();
    } else {
      sink.time(ms);
    }
  }
}
