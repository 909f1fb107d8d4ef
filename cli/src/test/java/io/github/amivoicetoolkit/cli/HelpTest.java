package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code amivoice --help} and {@code amivoice COMMAND --help} show. */
class HelpTest {
  /** A URL with a host: "http://" alone, as help text names the scheme, is not one. */
  private static final Pattern URL = Pattern.compile("https?://[^\\s/]+\\S*");

  private static Map<String, CommandLine> commands() {
    return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .getSubcommands();
  }

  @Test
  void everyCommandSummaryIsOneWholeSentence() {
    for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
      String summary = command.getValue().getCommandSpec().usageMessage().description()[0];
      assertThat(summary).as(command.getKey())
          .matches("[A-Z].*\\.")
          .doesNotContain(". ");
    }
  }

  @Test
  void theCommandListShowsEachSummaryToItsFullStop() {
    String help = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
    for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
      String summary = command.getValue().getCommandSpec().usageMessage().description()[0];
      assertThat(help).as(command.getKey()).contains(command.getKey() + " " + summary);
    }
  }

  @Test
  void examplesFitTheHelpWidthAndNoUrlIsWrapped() {
    for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
      CommandLine.Model.UsageMessageSpec usage = command.getValue().getCommandSpec().usageMessage();
      for (String line : usage.footer()) {
        assertThat(line.length()).as("%s footer line '%s'", command.getKey(), line)
            .isLessThanOrEqualTo(usage.width());
      }
      Matcher url = URL.matcher(command.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF));
      while (url.find()) {
        assertThat(url.group()).as(command.getKey()).endsWith("/recognitions");
      }
    }
  }

  @Test
  void aCommandRunAloneShowsTheHelpAndErrorsItShowsInTheWholeTree() {
    // Main.run registers only the named subcommand: what it prints must not depend on the others
    for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
      for (String[] args : List.of(new String[] {command.getKey(), "--help"},
          new String[] {command.getKey(), "--no-such-option"})) {
        StringWriter aloneOut = new StringWriter();
        StringWriter aloneErr = new StringWriter();
        int aloneExit = Main.run(args, new PrintWriter(aloneOut, true), new PrintWriter(aloneErr, true));
        StringWriter treeOut = new StringWriter();
        StringWriter treeErr = new StringWriter();
        int treeExit = Main.commandLine(new PrintWriter(treeOut, true), new PrintWriter(treeErr, true)).execute(args);

        assertThat(aloneOut.toString() + aloneErr).as("%s", List.of(args)).isNotEmpty();
        assertThat(aloneOut.toString()).as("%s", List.of(args)).isEqualTo(treeOut.toString());
        assertThat(aloneErr.toString()).as("%s", List.of(args)).isEqualTo(treeErr.toString());
        assertThat(aloneExit).as("%s", List.of(args)).isEqualTo(treeExit);
      }
    }
  }
}
