package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.core.SpeakerNames;
import picocli.CommandLine.Option;

/** {@code --speakers} and {@code --low-confidence}, shared by stats and every converting command. */
final class AnalyticsFlags {
  @Option(names = "--speakers", paramLabel = "LABEL=NAME,...",
      description = "Rename speakers everywhere, e.g. speaker0=Yamada,speaker1=Sato; labels given one name"
          + " count as one speaker; an empty label names the unlabelled speaker (=Caller).")
  private String speakers;

  @Option(names = "--low-confidence", paramLabel = "THRESHOLD", defaultValue = "0.5",
      description = "Confidence under which a word counts as low-confidence (default: ${DEFAULT-VALUE}).")
  private double lowConfidence;

  /** @throws IllegalArgumentException for a malformed renaming or a threshold outside [0, 1] */
  SpeakerNames speakerNames() {
    return speakers == null ? SpeakerNames.none() : SpeakerNames.parse(speakers);
  }

  /** A builder with the threshold set; throws {@link IllegalArgumentException} for one outside [0, 1]. */
  AnalyticsOptions.Builder analytics() {
    return AnalyticsOptions.builder().lowConfidenceThreshold(lowConfidence);
  }
}
