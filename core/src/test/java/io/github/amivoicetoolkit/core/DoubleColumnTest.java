package io.github.amivoicetoolkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoubleColumnTest {
  @Test
  void givesIdsInOrderOfFirstAppearanceAndKeepsEveryValueExactly() {
    DoubleColumn.Builder builder = new DoubleColumn.Builder();
    double[] rows = {0.5, Double.NaN, 0.5, -0.0, 0.0, 1.0, Double.NaN, 1e300, -0.0};
    for (double row : rows) {
      builder.add(row);
    }
    DoubleColumn column = builder.build();

    assertThat(column.size()).isEqualTo(rows.length);
    assertThat(column.distinct()).isEqualTo(6);
    int[] ids = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      ids[i] = column.id(i);
      assertThat(Double.doubleToRawLongBits(column.get(i))).isEqualTo(Double.doubleToRawLongBits(rows[i]));
    }
    assertThat(ids).containsExactly(0, 1, 0, 2, 3, 4, 1, 5, 2);
  }

  @Test
  void smallWholeNumbersShareIdsWithTheSameValuesReachedThroughTheTable() {
    DoubleColumn.Builder builder = new DoubleColumn.Builder();
    double[] rows = {3.5, 127.0, 128.0, -1.0, 0.0, -0.0, 3.0, 127.0, 0.0, 128.0, -0.0, 3.5, 1e-320, 3.0};
    for (double row : rows) {
      builder.add(row);
    }
    DoubleColumn column = builder.build();

    assertThat(column.distinct()).isEqualTo(8);
    for (int i = 0; i < rows.length; i++) {
      assertThat(Double.doubleToRawLongBits(column.get(i))).as("row %d", i)
          .isEqualTo(Double.doubleToRawLongBits(rows[i]));
      for (int j = 0; j < rows.length; j++) {
        boolean same = Double.doubleToRawLongBits(rows[i]) == Double.doubleToRawLongBits(rows[j]);
        assertThat(column.id(i) == column.id(j)).as("rows %d and %d", i, j).isEqualTo(same);
      }
    }
  }

  @Test
  void growsItsDictionaryAndWidensIdsPastSixteenBits() {
    DoubleColumn.Builder builder = new DoubleColumn.Builder();
    int distinct = 70_000;
    for (int round = 0; round < 2; round++) {
      for (int v = 0; v < distinct; v++) {
        builder.add(v * 0.25);
      }
    }
    DoubleColumn column = builder.build();

    assertThat(column.size()).isEqualTo(2 * distinct);
    assertThat(column.distinct()).isEqualTo(distinct);
    for (int i = 0; i < column.size(); i++) {
      assertThat(column.id(i)).isEqualTo(i % distinct);
      assertThat(column.get(i)).isEqualTo((i % distinct) * 0.25);
    }
  }
}
