package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJournalTest {
  @TempDir Path out;

  @Test
  void knowsWhichOptionsMadeEachFileAcrossRuns() throws IOException {
    try (BatchJournal journal = BatchJournal.open(out)) {
      journal.started("a.json", Set.of("csv", "srt"));
      journal.done("a.json", Map.of("csv", "c1", "srt", "s1"));
      journal.started("odd\tname%0A.json", Set.of("srt"));
      journal.done("odd\tname%0A.json", Map.of("srt", "s1"));
    }
    try (BatchJournal journal = BatchJournal.open(out)) {
      assertThat(journal.madeWith("a.json", Map.of("csv", "c1"))).isTrue();
      assertThat(journal.madeWith("a.json", Map.of("csv", "c1", "srt", "s1"))).isTrue();
      assertThat(journal.madeWith("a.json", Map.of("csv", "c2"))).isFalse();
      assertThat(journal.madeWith("a.json", Map.of("xlsx", "x1"))).isFalse();
      assertThat(journal.madeWith("odd\tname%0A.json", Map.of("srt", "s1"))).isTrue();
      assertThat(journal.madeWith("b.json", Map.of("srt", "s1"))).isFalse();
      journal.started("a.json", Set.of("srt"));
      journal.done("a.json", Map.of("srt", "s2"));
    }
    try (BatchJournal journal = BatchJournal.open(out)) {
      // a later run's formats replace only their own fingerprints
      assertThat(journal.madeWith("a.json", Map.of("csv", "c1", "srt", "s2"))).isTrue();
    }
    assertThat(Files.readAllLines(out.resolve(BatchJournal.FILE_NAME))).hasSize(2);
  }

  @Test
  void aFileStartedButNeverFinishedIsUnknownAfterAnInterruptedRun() throws IOException {
    try (BatchJournal journal = BatchJournal.open(out)) {
      journal.done("a.json", Map.of("csv", "c1"));
    }
    // an interrupted run: the journal was appended to but never rewritten
    Files.writeString(out.resolve(BatchJournal.FILE_NAME), "start\ta.json\tcsv\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    try (BatchJournal journal = BatchJournal.open(out)) {
      assertThat(journal.madeWith("a.json", Map.of("csv", "c1"))).isFalse();
    }
  }

  @Test
  void onlyFilesTheJournalKnowsGetAStartLine() throws IOException {
    try (BatchJournal journal = BatchJournal.open(out)) {
      journal.started("new.json", Set.of("csv"));
      assertThat(Files.readString(out.resolve(BatchJournal.FILE_NAME))).isEmpty();
      journal.done("new.json", Map.of("csv", "c1"));
      journal.started("new.json", Set.of("csv"));
      assertThat(journal.madeWith("new.json", Map.of("csv", "c1"))).isFalse();
      assertThat(Files.readAllLines(out.resolve(BatchJournal.FILE_NAME)))
          .containsExactly("done\tnew.json\tcsv=c1", "start\tnew.json\tcsv");
    }
  }

  @Test
  void unreadableLinesAreIgnored() throws IOException {
    Files.writeString(out.resolve(BatchJournal.FILE_NAME),
        "garbage\ndone\tbad%zz\tcsv=c1\ndone\tgood.json\tcsv=c1\ndone\tx.json\n", StandardCharsets.UTF_8);

    try (BatchJournal journal = BatchJournal.open(out)) {
      assertThat(journal.madeWith("good.json", Map.of("csv", "c1"))).isTrue();
      assertThat(journal.madeWith("x.json", Map.of("csv", "c1"))).isFalse();
    }
  }
}
