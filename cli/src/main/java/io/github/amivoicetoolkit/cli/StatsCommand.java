package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.analytics.BatchStats;
import io.github.amivoicetoolkit.analytics.StatsJson;
import io.github.amivoicetoolkit.analytics.StatsText;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amivoice stats}: per-speaker figures of result files. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print the per-speaker and total figures of result files.",
        "Talk time, share, turns, speaking rate, confidence, billable time and sentiment, and the conversation"
            + " figures: responses, gaps, interruptions, silences, non-talk time. With several files, also the"
            + " figures pooled over all of them (--json: a last line {\"pooled\":true,...}). Exit code 1 when"
            + " any file cannot be read, is a failure body, or is an unfinished job."},
    footer = {"", "Examples:",
        "  amivoice stats call.json",
        "  amivoice stats --json calls/*.json > stats.jsonl",
        "  amivoice stats call.json --billing-unit 60000 --price-per-hour 0.5"})
final class StatsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Result files; - reads standard input.")
  private List<String> files;

  @Option(names = "--json", description = "One JSON object per file per line (JSON Lines), keys as documented;"
      + " with several files a last, pooled line.")
  private boolean json;

  @Mixin
  private AnalyticsFlags analyticsFlags;

  @Option(names = "--billing-unit", paramLabel = "MS",
      description = "Round each job's billable time up to a multiple of this many ms.")
  private Long billingUnitMs;

  @Option(names = "--price-per-hour", paramLabel = "PRICE",
      description = "Estimate cost as billable hours x PRICE (no price is built in).")
  private BigDecimal pricePerHour;

  @Mixin
  private Verbosity verbosity;

  @Override
  public Integer call() throws IOException {
    AnalyticsOptions options = options();
    SpeakerNames speakerNames = speakerNames();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TranscriptReader reader = new TranscriptReader();
    BatchStats batch = new BatchStats(options);
    int failed = 0;
    for (String argument : files) {
      InputFile input = InputFile.of(argument);
      String name = input.displayName();
      TranscriptStats stats;
      try {
        Transcript transcript = SpeakerRenaming.apply(input.read(reader, System.in), speakerNames, name, err);
        stats = TranscriptStats.of(transcript, options);
      } catch (IOException | RuntimeException e) {
        failed++;
        String reason = InputFile.describeFailure(e, name);
        verbosity.report(err, e, reason);
        if (json) {
          StatsJson.writeFailure(out, name, null, null, reason);
        }
        continue;
      }
      if (!stats.isCompletedResult()) {
        failed++;
        err.println("amivoice: " + name + ": not a completed result: " + stats.job().describe());
      }
      if (json) {
        StatsJson.write(out, name, stats);
      } else {
        out.print(StatsText.render(name, stats));
        out.println();
      }
      batch.add(name, stats);
    }
    if (files.size() > 1) {
      if (json) {
        out.println(StatsJson.pooledJson(files.size(), failed, batch.total()));
      } else {
        out.println("All files");
        out.print(StatsText.render(batch));
      }
    }
    out.flush();
    return failed > 0 ? Main.EXIT_INPUT_FAILED : Main.EXIT_OK;
  }

  private SpeakerNames speakerNames() {
    try {
      return analyticsFlags.speakerNames();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private AnalyticsOptions options() {
    try {
      AnalyticsOptions.Builder builder = analyticsFlags.analytics();
      if (billingUnitMs != null) {
        builder.billingUnitMs(billingUnitMs);
      }
      if (pricePerHour != null) {
        builder.pricePerHour(pricePerHour);
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
