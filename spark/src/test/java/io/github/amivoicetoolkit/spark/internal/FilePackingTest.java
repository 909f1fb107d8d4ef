package io.github.amivoicetoolkit.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilePackingTest {
  private static final long MB = 1 << 20;

  @Test
  void smallFilesArePackedUpToTheShareOfEachCore() {
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      files.add(new InputFile("f" + i, MB));
    }

    // Σ (1 MB + 4 MB open cost) = 50 MB over 2 cores: 25 MB a partition, each file counting 5 MB
    assertThat(FilePacking.targetBytes(files, 128 * MB, 4 * MB, 2)).isEqualTo(25 * MB);
    List<FileGroup> groups = FilePacking.pack(files, 128 * MB, 4 * MB, 2);
    assertThat(groups).hasSize(2);
    assertThat(groups).allSatisfy(group -> assertThat(group.files()).hasSize(5));
  }

  @Test
  void aHugeFileIsOnePartitionOfItsOwnAndIsNeverSplit() {
    List<InputFile> files = new ArrayList<>(List.of(new InputFile("huge", 1024 * MB)));
    for (int i = 0; i < 4; i++) {
      files.add(new InputFile("small" + i, MB));
    }

    List<FileGroup> groups = FilePacking.pack(files, 128 * MB, 4 * MB, 2);

    assertThat(groups.get(0).files()).containsExactly(new InputFile("huge", 1024 * MB));
    assertThat(groups.subList(1, groups.size())).flatMap(FileGroup::files).hasSize(4);
  }

  @Test
  void largestFilesComeFirstAsSparkSortsThem() {
    List<InputFile> files = List.of(new InputFile("a", 3), new InputFile("b", 30), new InputFile("c", 300));

    List<FileGroup> groups = FilePacking.pack(files, 128 * MB, 4 * MB, 1);

    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).files()).extracting(InputFile::path).containsExactly("c", "b", "a");
  }
}
