package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The subtitle flags of {@code convert}, {@code batch} and {@code submit}, and {@code --to ass}. */
class SubtitleFlagsTest {
  @Command(name = "host")
  static final class Host {
    @Mixin
    ConversionOptions conversion;
  }

  private static Converter converter(String... args) {
    Host host = new Host();
    new CommandLine(host).parseArgs(args);
    return host.conversion.converter();
  }

  private static Transcript read(String json) throws IOException {
    return new TranscriptReader().read(json.getBytes(StandardCharsets.UTF_8), "flags.json");
  }

  private static String token(String written, String spoken, long start, long end, String label) {
    return "{\"written\":\"" + written + "\",\"spoken\":\"" + spoken + "\",\"starttime\":" + start + ",\"endtime\":" + end
        + ",\"confidence\":0.9,\"label\":\"" + label + "\"}";
  }

  private static String result(String... tokens) {
    return "{\"status\":\"completed\",\"session_id\":\"s\",\"segments\":[{\"results\":[{\"tokens\":["
        + String.join(",", tokens) + "],\"confidence\":0.9,\"text\":\"\"}],\"text\":\"\"}],\"text\":\"\"}";
  }

  private static String convert(Converter converter, Transcript transcript) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    converter.convertTo(transcript, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void assIsAnOutputFormatAndPartOfAll(@TempDir Path dir) throws IOException {
    assertThat(OutputFormat.parseList("ass")).containsExactly(OutputFormat.ASS);
    assertThat(OutputFormat.parseList("all")).contains(OutputFormat.ASS);
    Transcript t = read(result(token("漢字", "カンジ", 1000, 1500, "speaker0")));
    List<Path> written = converter("--to", "ass,vtt", "--words").convert(t, dir, "call");
    assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("call.vtt", "call.ass");
    assertThat(Files.readString(dir.resolve("call.ass"))).startsWith("[Script Info]")
        .contains("Dialogue: 0,0:00:01.00,0:00:01.83,speaker0,speaker0,0,0,0,,{\\k83}漢字");
  }

  @Test
  void timingFlagsReachTheCues() throws IOException {
    Transcript t = read(result(token("はい", "ハイ", 1000, 1200, "speaker0"), token("ええ", "エエ", 5000, 5200, "speaker1")));
    assertThat(convert(converter("--to", "srt"), t)).contains("00:00:01,000 --> 00:00:01,833");
    assertThat(convert(converter("--to", "srt", "--min-duration", "1.5s"), t)).contains("00:00:01,000 --> 00:00:02,500");
    assertThat(convert(converter("--to", "srt", "--offset", "-2s"), t)).contains("00:00:00,000 --> 00:00:00,833")
        .contains("00:00:03,000 --> 00:00:03,833");
    assertThat(convert(converter("--to", "srt", "--offset=+250ms", "--max-duration", "500", "--min-duration", "0"), t))
        .contains("00:00:01,250 --> 00:00:01,750");
    assertThat(convert(converter("--to", "vtt", "--speaker-prefix", "--ruby"), read(result(
        token("漢字", "カンジ", 1000, 1500, "a--")))))
        .contains("<v a－－>a--: <ruby>漢字<rt>かんじ</rt></ruby></v>");
  }

  @Test
  void mergeShortIsOnByDefaultAndCanBeTurnedOff() throws IOException {
    String twoUtterances = "{\"status\":\"completed\",\"segments\":["
        + "{\"results\":[{\"tokens\":[" + token("はい", "ハイ", 1000, 1200, "speaker0") + "],\"text\":\"\"}],\"text\":\"\"},"
        + "{\"results\":[{\"tokens\":[" + token("ええ", "エエ", 1300, 1500, "speaker0") + "],\"text\":\"\"}],\"text\":\"\"}"
        + "],\"text\":\"\"}";
    Transcript t = read(twoUtterances);
    assertThat(convert(converter("--to", "srt"), t)).contains("はいええ");
    assertThat(convert(converter("--to", "srt", "--no-merge-short"), t)).doesNotContain("はいええ");
  }

  @Test
  void timesNearTheLargestTheReaderAcceptsGiveValidCues() throws IOException {
    Transcript t = read(result(token("最後", "サイゴ", 2147483000L, 2147483647L, "speaker0"),
        token("だ", "ダ", 2147483647L, 2147483647L, "speaker0")));
    assertThat(convert(converter("--to", "srt"), t)).contains("596:31:23,000 --> 596:31:23,833");
    assertThat(convert(converter("--to", "vtt"), t)).contains("596:31:23.000 --> 596:31:23.833");
    assertThat(convert(converter("--to", "ass"), t)).contains("Dialogue: 0,596:31:23.00,596:31:23.83,");
    assertThat(convert(converter("--to", "srt", "--offset", "3600000s"), t)).contains("1596:31:23,000 --> ");
  }

  @Test
  void badTimesAreUsageErrorsNamingTheOption() {
    assertThatThrownBy(() -> converter("--min-duration", "soon")).isInstanceOf(CommandLine.ParameterException.class)
        .hasMessage("--min-duration: expected a time such as 833, 833ms or 1.5s but was 'soon'");
    assertThatThrownBy(() -> converter("--min-gap", "-1")).hasMessage("minGapMs < 0: -1");
    assertThatThrownBy(() -> converter("--min-duration", "8s")).hasMessage("minCueDurationMs > maxCueDurationMs: 8000 > 7000");
    assertThatThrownBy(() -> converter("--max-cps", "0")).hasMessage("maxReadingSpeed must be positive and finite: 0.0");
    assertThatThrownBy(() -> converter("--offset", "7200000s")).isInstanceOf(CommandLine.ParameterException.class);
    assertThat(ConversionOptions.durationMs("--offset", "-2.5s")).isEqualTo(-2500);
    assertThat(ConversionOptions.durationMs("--offset", "833ms")).isEqualTo(833);
    assertThat(ConversionOptions.durationMs("--offset", "+12")).isEqualTo(12);
  }

  @Test
  void everySubtitleFlagChangesTheFingerprint() {
    String base = converter("--to", "vtt").fingerprints().get("vtt");
    for (String[] flag : List.of(new String[] {"--min-duration", "900"}, new String[] {"--max-duration", "6s"},
        new String[] {"--min-gap", "100"}, new String[] {"--max-gap", "1s"}, new String[] {"--max-cps", "5"},
        new String[] {"--no-merge-short"}, new String[] {"--merge-short"}, new String[] {"--offset", "1s"},
        new String[] {"--ruby"}, new String[] {"--speaker-prefix"}, new String[] {"--words"})) {
      String[] args = new String[flag.length + 2];
      args[0] = "--to";
      args[1] = "vtt";
      System.arraycopy(flag, 0, args, 2, flag.length);
      assertThat(converter(args).fingerprints().get("vtt")).as(String.join(" ", flag)).isNotEqualTo(base);
    }
  }
}
