package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.core.JobInfo;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.Utterances;
import io.github.amivoicetoolkit.core.internal.Clock;
import java.io.PrintWriter;

/** The short summary of one transcript: job, duration, utterances, tokens, speakers. */
final class Summaries {
  private Summaries() {}

  static void print(Transcript transcript, PrintWriter out) {
    JobInfo job = transcript.job();
    Utterances utterances = transcript.utterances();
    out.printf("%s%n", transcript.source());
    out.printf("  job         %s%s%n", job.describe(), job.sessionId() == null ? "" : "  session " + job.sessionId());
    out.printf("  shape       %s%n", transcript.shape());
    if (utterances.size() > 0) {
      int first = utterances.startMs(0);
      int last = utterances.endMs(utterances.size() - 1);
      out.printf("  audio span  %s – %s%n", clock(first), clock(last));
    }
    out.printf("  utterances  %,d%n", utterances.size());
    out.printf("  tokens      %,d%n", transcript.tokens().size());
    out.printf("  speakers    %s%n", transcript.speakers().isEmpty() ? "(none)" : String.join(", ",
        transcript.speakers().stream().map(SpeakerNames::display).toList()));
    if (!transcript.sentiment().isEmpty()) {
      out.printf("  sentiment   %,d segments, %d parameters%n", transcript.sentiment().size(),
          transcript.sentiment().parameters().size());
    }
  }

  /** {@code HH:MM:SS.mmm}, or {@code --} for an absent time. */
  private static String clock(int ms) {
    return ms == Transcript.NO_TIME ? "--" : Clock.hms(ms);
  }
}
