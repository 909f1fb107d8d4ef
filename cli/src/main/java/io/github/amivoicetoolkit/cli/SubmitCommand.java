package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.client.AmiVoiceClient;
import io.github.amivoicetoolkit.client.AmiVoiceException;
import io.github.amivoicetoolkit.client.Job;
import io.github.amivoicetoolkit.client.JobRejectedException;
import io.github.amivoicetoolkit.client.RecognitionOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amivoice submit}: upload audio, wait, write the result. */
@Command(name = "submit", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Submit an audio file to the AmiVoice async API and write the result JSON.",
        "Shows status changes on stderr and writes the result atomically. Interrupted, it prints the session"
            + " id for 'amivoice fetch'. The APPKEY comes from AMIVOICE_APPKEY or --appkey-file, never from the"
            + " command line."},
    footer = {"", "Examples:",
        "  AMIVOICE_APPKEY=... amivoice submit call.wav --diarize --max-speakers 3 \\",
        "      --to xlsx,srt",
        "  amivoice submit call.wav --appkey-file key.txt \\",
        "      --endpoint http://127.0.0.1:8080/v2/recognitions"})
final class SubmitCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "AUDIO", description = "The audio file (wav, flac, mp3, ...).")
  private Path audio;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write the result JSON (default: AUDIO's name with .json, in the current directory).")
  private Path output;

  @Option(names = "--grammar", paramLabel = "NAME", description = "Engine (grammarFileNames), e.g. -a-general,"
      + " -a-general-en, -a2-ja-general (default: -a-general).")
  private String grammar;

  @Option(names = "--diarize", description = "Speaker diarization (speakerDiarization=True).")
  private boolean diarize;

  @Option(names = "--min-speakers", paramLabel = "N", description = "diarizationMinSpeaker.")
  private Integer minSpeakers;

  @Option(names = "--max-speakers", paramLabel = "N", description = "diarizationMaxSpeaker.")
  private Integer maxSpeakers;

  @Option(names = "--sentiment", description = "Sentiment analysis (v1 endpoints only).")
  private boolean sentiment;

  @Option(names = "--keep-fillers", description = "Keep filler words (keepFillerToken=1).")
  private boolean keepFillers;

  @Option(names = "--content-id", paramLabel = "TEXT", description = "Free text echoed back as content_id.")
  private String contentId;

  @Option(names = "--no-logging", description = "Ask the service not to keep the audio and result (loggingOptOut).")
  private boolean noLogging;

  @Option(names = "--profile-id", paramLabel = "ID", description = "profileId.")
  private String profileId;

  @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Any other d parameter, passed through.")
  private Map<String, String> extra;

  @Mixin
  private AlsoConvert alsoConvert;

  @Mixin
  private ServiceOptions service;

  @Mixin
  private Verbosity verbosity;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(audio)) {
      throw new ParameterException(spec.commandLine(), audio + ": no such audio file");
    }
    AmiVoiceClient client = service.client(verbosity.verbose);
    RecognitionOptions options = options();
    Converter converter = alsoConvert.converter();
    Path target = output != null ? output : Path.of(withoutExtension(audio.getFileName().toString()) + ".json");
    Job job;
    try {
      err.printf("amivoice: uploading %s (%,d bytes) to %s%n", audio, Files.size(audio), client.endpoint());
      err.flush();
      job = client.submit(audio, options);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("amivoice: interrupted during upload; no job was created");
      return 130;
    } catch (AmiVoiceException e) {
      // a job the service created but that cannot be followed keeps its id and the answer in the message
      verbosity.report(err, e, audio + ": " + e.getMessage());
      return e instanceof JobRejectedException ? Main.EXIT_INPUT_FAILED : Main.EXIT_SERVICE;
    } catch (IOException e) {
      verbosity.report(err, e, audio + ": upload failed: " + e.getMessage());
      return Main.EXIT_SERVICE;
    }
    err.printf("amivoice: job %s created%n", job.sessionId());
    return new JobRunner(out, err, verbosity, service).awaitAndWrite(client, job, target, converter);
  }

  private static String withoutExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private RecognitionOptions options() {
    try {
      RecognitionOptions.Builder builder = RecognitionOptions.builder();
      if (grammar != null) {
        builder.grammarFileNames(grammar);
      }
      if (diarize) {
        builder.speakerDiarization(true);
      }
      if (minSpeakers != null) {
        builder.diarizationMinSpeaker(minSpeakers);
      }
      if (maxSpeakers != null) {
        builder.diarizationMaxSpeaker(maxSpeakers);
      }
      if (sentiment) {
        builder.sentimentAnalysis(true);
      }
      if (keepFillers) {
        builder.keepFillerToken(true);
      }
      if (contentId != null) {
        builder.contentId(contentId);
      }
      if (noLogging) {
        builder.loggingOptOut(true);
      }
      if (profileId != null) {
        builder.profileId(profileId);
      }
      if (extra != null) {
        extra.forEach(builder::option);
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
