package dev.botwright.json;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The large objects one document has already been read into, by their bytes: a pull request's
 * payload carries the same repository as {@code base.repo}, {@code head.repo} and {@code
 * repository}, byte for byte, and reading it once instead of three times is a third of the work.
 * Byte-identical JSON starting at an object's {@code '{'} is the same object, so a copy is answered
 * with the record read first (records are immutable). A few entries, replaced oldest first.
 */
final class RepeatedObjects {

  private static final int SIZE = 8;

  private final byte[] source;
  private final Class<?>[] types = new Class<?>[SIZE];
  private final int[] starts = new int[SIZE];
  private final int[] lengths = new int[SIZE];
  private final Object[] values = new Object[SIZE];
  private int count;
  private int next;

  RepeatedObjects(byte[] source) {
    this.source = source;
  }

  /** The record read before from the same bytes as the object starting at {@code start}. */
  <T> @Nullable T find(Class<T> type, long start) {
    if (start < 0) {
      return null;
    }
    for (int i = 0; i < count; i++) {
      int length = lengths[i];
      if (types[i] == type
          && start + length <= source.length
          && Arrays.equals(
              source, (int) start, (int) start + length, source, starts[i], starts[i] + length)) {
        return type.cast(values[i]);
      }
    }
    return null;
  }

  /** Remembers {@code value}, read from the bytes {@code [start, end)}. */
  void remember(Class<?> type, long start, long end, Object value) {
    if (start < 0 || end <= start || end > source.length) {
      return;
    }
    types[next] = type;
    starts[next] = (int) start;
    lengths[next] = (int) (end - start);
    values[next] = value;
    next = (next + 1) % SIZE;
    count = Math.min(count + 1, SIZE);
  }
}
