package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.core.SpeakerNames;
import picocli.CommandLine.Option;

/**
 * {@code --speakers}, {@code --low-confidence} and the conversation thresholds {@code --silence-ms} and
 * {@code --interruption-ms}, shared by stats and every converting command.
 */
final class AnalyticsFlags {
  @Option(names = "--speakers", paramLabel = "LABEL=NAME,...",
      description = "Rename speakers everywhere, e.g. speaker0=Yamada,speaker1=Sato; labels given one name"
          + " count as one speaker; an empty label names the unlabelled speaker (=Caller).")
  private String speakers;

  @Option(names = "--low-confidence", paramLabel = "THRESHOLD", defaultValue = "0.5",
      description = "Confidence under which a word counts as low-confidence (default: ${DEFAULT-VALUE}).")
  private double lowConfidence;

  @Option(names = "--silence-ms", paramLabel = "MS", defaultValue = "3000",
      description = "Shortest gap in speech counted as a silence (default: ${DEFAULT-VALUE}).")
  private long silenceMs;

  @Option(names = "--interruption-ms", paramLabel = "MS", defaultValue = "1000",
      description = "Shortest overlap of a response with the turn it answers counted as an interruption"
          + " (default: ${DEFAULT-VALUE}).")
  private long interruptionMs;

  /** @throws IllegalArgumentException for a malformed renaming or a threshold outside [0, 1] */
  SpeakerNames speakerNames() {
    return speakers == null ? SpeakerNames.none() : SpeakerNames.parse(speakers);
  }

  /**
   * A builder with the thresholds set; throws {@link IllegalArgumentException} for a confidence outside
   * [0, 1] or a negative time.
   */
  AnalyticsOptions.Builder analytics() {
    return AnalyticsOptions.builder().lowConfidenceThreshold(lowConfidence).silenceMs(silenceMs)
        .interruptionMs(interruptionMs);
  }
}
