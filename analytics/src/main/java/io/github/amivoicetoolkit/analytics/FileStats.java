package io.github.amivoicetoolkit.analytics;

import java.util.List;
import java.util.Objects;

/**
 * The figures of one file of a {@link BatchStats}: its speakers (keyed by (file, speaker)), its total and
 * its sentiment. Immutable; keeps no per-token data.
 */
public record FileStats(String file, List<SpeakerStats> speakers, TotalStats total, List<SentimentStats> sentiment) {
  public FileStats {
    Objects.requireNonNull(file, "file");
    speakers = List.copyOf(speakers);
    Objects.requireNonNull(total, "total");
    sentiment = List.copyOf(sentiment);
  }
}
