package dev.netroi.engine;

import java.util.Map;

/** Reads map entries that the engine's own bookkeeping guarantees to be present. */
final class Lookup {

  private Lookup() {}

  /**
   * Returns the value of a key that must be present.
   *
   * @throws IllegalStateException if it is absent, which would be a bug in netroi
   */
  static <K, V> V present(Map<K, V> map, K key) {
    V value = map.get(key);
    if (value == null) {
      throw new IllegalStateException("netroi bug: no entry for " + key);
    }
    return value;
  }
}
