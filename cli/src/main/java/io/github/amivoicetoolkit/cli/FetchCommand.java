package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.client.AmiVoiceClient;
import io.github.amivoicetoolkit.client.Job;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amivoice fetch}: pick up a job submitted earlier. */
@Command(name = "fetch", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Wait for a job submitted earlier (by its session id) and write its result JSON atomically.",
        "Results are kept by the service for 7 days."})
final class FetchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SESSION_ID", description = "The job's session id.")
  private String sessionId;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write the result JSON (default: SESSION_ID.json in the current directory).")
  private Path output;

  @Mixin
  private AlsoConvert alsoConvert;

  @Mixin
  private ServiceOptions service;

  @Mixin
  private Verbosity verbosity;

  @Override
  public Integer call() {
    Job job;
    try {
      job = Job.of(sessionId);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "SESSION_ID: " + e.getMessage(), e);
    }
    AmiVoiceClient client = service.client(verbosity.verbose);
    Converter converter = alsoConvert.converter();
    Path target = output != null ? output : Path.of(JobRunner.safeFileName(sessionId) + ".json");
    return new JobRunner(spec.commandLine().getOut(), spec.commandLine().getErr(), verbosity, service)
        .awaitAndWrite(client, job, target, converter);
  }
}
