package io.github.amivoicetoolkit.spark.internal;

import java.util.function.IntFunction;
import org.apache.spark.sql.execution.vectorized.Dictionary;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * A file's strings (the tokens' dictionary, its speakers, its path) as the dictionary of a string column
 * vector: the vector holds ids, and a row's value is the UTF-8 bytes encoded once per file, not copied.
 */
final class Utf8Dictionary implements Dictionary {
  private final IntFunction<UTF8String> strings;

  Utf8Dictionary(IntFunction<UTF8String> strings) {
    this.strings = strings;
  }

  @Override
  public byte[] decodeToBinary(int id) {
    // the array behind a UTF8String made from a String, itself: no copy
    return strings.apply(id).getBytes();
  }

  @Override
  public int decodeToInt(int id) {
    throw new UnsupportedOperationException("a string dictionary has no int values");
  }

  @Override
  public long decodeToLong(int id) {
    throw new UnsupportedOperationException("a string dictionary has no long values");
  }

  @Override
  public float decodeToFloat(int id) {
    throw new UnsupportedOperationException("a string dictionary has no float values");
  }

  @Override
  public double decodeToDouble(int id) {
    throw new UnsupportedOperationException("a string dictionary has no double values");
  }
}
