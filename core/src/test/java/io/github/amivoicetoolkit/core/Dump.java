package io.github.amivoicetoolkit.core;

/** A canonical text form of every column, to compare two reads of the same document. */
final class Dump {
  private Dump() {}

  static String of(Transcript t) {
    return t.shape() + "|" + t.job() + "|" + t.job().serviceId() + "|" + t.job().contentId() + "|"
        + t.job().audioMd5() + "|" + t.job().utteranceId() + "|" + t.job().errorMessage() + "|" + t.text() + "\n"
        + columns(t);
  }

  static String columns(Transcript t) {
    StringBuilder out = new StringBuilder();
    out.append("speakers=").append(t.speakers()).append('\n');
    for (Token token : t.tokens()) {
      out.append(token).append('\n');
    }
    for (Utterance utterance : t.utterances()) {
      out.append(utterance).append('\n');
    }
    Sentiment s = t.sentiment();
    out.append("sentiment ").append(s.parameters()).append('\n');
    for (int i = 0; i < s.size(); i++) {
      out.append(s.startMs(i)).append('-').append(s.endMs(i));
      for (int p = 0; p < s.parameters().size(); p++) {
        out.append(' ').append(s.value(i, p));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
