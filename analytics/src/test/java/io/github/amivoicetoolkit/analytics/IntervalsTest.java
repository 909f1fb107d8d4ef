package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntervalsTest {

  @Test
  void appendingFoldsTouchingIntervalsWithoutChangingTheUnion() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 2_000; round++) {
      LongList folded = new LongList();
      LongList plain = new LongList();
      int time = random.nextInt(100);
      for (int i = 0, n = random.nextInt(1, 40); i < n; i++) {
        // mostly forward in time, touching or overlapping the previous; sometimes back in time
        int start = random.nextInt(10) == 0 ? random.nextInt(time + 1) : time + random.nextInt(-3, 4);
        start = Math.max(start, 0);
        int end = start + random.nextInt(1, 20);
        time = Math.max(time, end);
        Intervals.append(folded, start, end);
        plain.add(Intervals.pack(start, end));
      }

      assertThat(folded.size).isLessThanOrEqualTo(plain.size);
      assertThat(Intervals.mergeInPlace(folded)).isEqualTo(Intervals.mergeInPlace(plain));
      assertThat(Arrays.copyOf(folded.values, folded.size)).containsExactly(Arrays.copyOf(plain.values, plain.size));
    }
  }

  @Test
  void appendingKeepsAnIntervalThatStartsBeforeTheLastOne() {
    LongList list = new LongList();
    Intervals.append(list, 100, 200);
    Intervals.append(list, 50, 150);
    Intervals.append(list, 200, 210);

    assertThat(list.size).isEqualTo(3);
    assertThat(Intervals.mergeInPlace(list)).isEqualTo(160);
  }

  @Test
  void cursorGivesTheOverlapOfEveryQueryInOrderOrNot() {
    SplittableRandom random = new SplittableRandom(5);
    for (int round = 0; round < 500; round++) {
      LongList merged = new LongList();
      boolean[] covered = new boolean[2_000];
      for (int i = 0, n = random.nextInt(60); i < n; i++) {
        int start = random.nextInt(1_900);
        int end = start + random.nextInt(1, 100);
        merged.add(Intervals.pack(start, end));
        Arrays.fill(covered, start, end, true);
      }
      Intervals.mergeInPlace(merged);
      Intervals.Cursor cursor = new Intervals.Cursor(merged);
      int time = 0;
      for (int q = 0; q < 40; q++) {
        int start = random.nextInt(4) == 0 ? random.nextInt(1_900) : Math.min(time + random.nextInt(50), 1_899);
        int end = start + random.nextInt(1, 100);
        time = start;
        long expected = 0;
        for (int ms = start; ms < end; ms++) {
          expected += covered[ms] ? 1 : 0;
        }
        assertThat(cursor.overlap(start, end)).as("[%d, %d)", start, end).isEqualTo(expected);
      }
    }
  }
}
