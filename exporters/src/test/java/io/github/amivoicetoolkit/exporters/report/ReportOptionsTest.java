package io.github.amivoicetoolkit.exporters.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {
  @Test
  void defaultsAreTheDocumentedParameters() {
    ReportOptions defaults = ReportOptions.defaults();

    assertThat(defaults.analytics().silenceMs()).isEqualTo(3000);
    assertThat(defaults.analytics().interruptionMs()).isEqualTo(1000);
    assertThat(defaults.lowConfidenceThreshold()).isEqualTo(0.5);
    assertThat(defaults.includeFillers()).isFalse();
    assertThat(defaults.toBuilder().build()).isEqualTo(defaults);
  }

  @Test
  void everySettingChangesTheFingerprint() {
    List<ReportOptions> variants = List.of(ReportOptions.defaults(),
        ReportOptions.builder().analytics(AnalyticsOptions.builder().silenceMs(2000).build()).build(),
        ReportOptions.builder().analytics(AnalyticsOptions.builder().interruptionMs(500).build()).build(),
        ReportOptions.builder().includeFillers(true).build(),
        ReportOptions.builder().analytics(AnalyticsOptions.builder().lowConfidenceThreshold(0.7).build()).build());
    Set<String> fingerprints = new HashSet<>();
    variants.forEach(options -> fingerprints.add(options.fingerprint()));

    assertThat(fingerprints).hasSize(variants.size());
  }

  @Test
  void paletteIsOkabeItoInTextFriendlyOrderAndRepeats() {
    assertThat(SpeakerPalette.colours()).containsExactly("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
        "#56B4E9", "#000000", "#F0E442");
    assertThat(SpeakerPalette.colour(8)).isEqualTo(SpeakerPalette.colour(0));
    assertThat(SpeakerPalette.hex(1)).isEqualTo("D55E00");
    assertThatThrownBy(() -> SpeakerPalette.colour(-1)).hasMessage("speaker index < 0: -1");
  }
}
