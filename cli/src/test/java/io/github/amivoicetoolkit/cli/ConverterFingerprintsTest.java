package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleOptions;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleProfile;
import io.github.amivoicetoolkit.exporters.table.CsvDialect;
import io.github.amivoicetoolkit.exporters.table.CsvOptions;
import io.github.amivoicetoolkit.exporters.table.XlsxOptions;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-format fingerprints {@code amivoice batch} journals to tell outputs made with other options. */
class ConverterFingerprintsTest {

  private static Map<String, String> fingerprints(SpeakerNames names, AnalyticsOptions analytics, CsvOptions csv,
      SubtitleOptions subtitles) {
    return new Converter(EnumSet.allOf(OutputFormat.class), names, analytics, csv, XlsxOptions.defaults(), subtitles)
        .fingerprints();
  }

  private static Map<String, String> stock() {
    return fingerprints(SpeakerNames.none(), AnalyticsOptions.defaults(), CsvOptions.defaults(),
        SubtitleOptions.builder().profile(SubtitleProfile.ja()).build());
  }

  @Test
  void sameOptionsGiveTheSameFingerprintsOnePerFormat() {
    assertThat(stock()).isEqualTo(stock()).containsOnlyKeys("csv", "xlsx", "srt", "vtt", "txt");
  }

  /** Regression: a customised profile once printed like the stock one, so batch skipped outputs to rewrite. */
  @Test
  void aCustomisedSubtitleProfileChangesTheSubtitleFingerprints() {
    SubtitleProfile custom = SubtitleProfile.ja().toBuilder().maxCueDurationMs(3_000).build();
    Map<String, String> customised = fingerprints(SpeakerNames.none(), AnalyticsOptions.defaults(),
        CsvOptions.defaults(), SubtitleOptions.builder().profile(custom).build());

    for (String subtitle : new String[] {"srt", "vtt", "txt"}) {
      assertThat(customised.get(subtitle)).as(subtitle).isNotEqualTo(stock().get(subtitle));
    }
    assertThat(customised.get("csv")).isEqualTo(stock().get("csv"));
    assertThat(customised.get("xlsx")).isEqualTo(stock().get("xlsx"));
  }

  @Test
  void speakerNamesChangeEveryFingerprint() {
    Map<String, String> renamed = fingerprints(SpeakerNames.parse("speaker0=Yamada"), AnalyticsOptions.defaults(),
        CsvOptions.defaults(), SubtitleOptions.builder().profile(SubtitleProfile.ja()).build());

    stock().forEach((format, fingerprint) -> assertThat(renamed.get(format)).as(format).isNotEqualTo(fingerprint));
  }

  @Test
  void tableOptionsChangeOnlyTheirFormats() {
    Map<String, String> rfc = fingerprints(SpeakerNames.none(), AnalyticsOptions.defaults(),
        CsvOptions.builder().dialect(CsvDialect.RFC4180).build(),
        SubtitleOptions.builder().profile(SubtitleProfile.ja()).build());
    Map<String, String> threshold = fingerprints(SpeakerNames.none(),
        AnalyticsOptions.builder().lowConfidenceThreshold(0.3).build(), CsvOptions.defaults(),
        SubtitleOptions.builder().profile(SubtitleProfile.ja()).build());

    assertThat(rfc.get("csv")).isNotEqualTo(stock().get("csv"));
    assertThat(rfc.get("srt")).isEqualTo(stock().get("srt"));
    assertThat(threshold.get("csv")).isNotEqualTo(stock().get("csv"));
    assertThat(threshold.get("xlsx")).isNotEqualTo(stock().get("xlsx"));
    assertThat(threshold.get("vtt")).isEqualTo(stock().get("vtt"));
  }
}
