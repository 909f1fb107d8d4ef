package io.github.amivoicetoolkit.spark.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Packs whole files into partitions the way Spark's file sources do ({@code FilePartition.maxSplitBytes}
 * and {@code getFilePartitions}): a partition's target size is
 * {@code min(maxPartitionBytes, max(openCostInBytes, Σ(size + openCostInBytes) / minPartitions))}; files,
 * largest first, go into the current partition until the next would push it past the target, and each
 * file counts {@code openCostInBytes} more than its size. A file is never split (results are read whole),
 * so a file larger than the target is a partition of its own.
 */
final class FilePacking {
  private FilePacking() {}

  static long targetBytes(List<InputFile> files, long maxPartitionBytes, long openCostInBytes, int minPartitions) {
    long total = 0;
    for (InputFile file : files) {
      total += file.size() + openCostInBytes;
    }
    long bytesPerCore = total / Math.max(1, minPartitions);
    return Math.min(maxPartitionBytes, Math.max(openCostInBytes, bytesPerCore));
  }

  static List<FileGroup> pack(List<InputFile> files, long maxPartitionBytes, long openCostInBytes,
      int minPartitions) {
    long target = targetBytes(files, maxPartitionBytes, openCostInBytes, minPartitions);
    List<InputFile> bySize = new ArrayList<>(files);
    bySize.sort(Comparator.comparingLong(InputFile::size).reversed());
    List<FileGroup> groups = new ArrayList<>();
    List<InputFile> current = new ArrayList<>();
    long currentBytes = 0;
    for (InputFile file : bySize) {
      if (currentBytes + file.size() > target && !current.isEmpty()) {
        groups.add(new FileGroup(current));
        current = new ArrayList<>();
        currentBytes = 0;
      }
      currentBytes += file.size() + openCostInBytes;
      current.add(file);
    }
    if (!current.isEmpty()) {
      groups.add(new FileGroup(current));
    }
    return groups;
  }
}
