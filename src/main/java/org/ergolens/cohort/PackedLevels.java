package org.ergolens.cohort;

import org.ergolens.model.Factor;

/**
 * A respondent's factor levels packed in one {@code int}, three bits per factor in {@link Factor}
 * order, each holding the level index plus one (0: {@link Factor#MISSING}). A map keyed by pattern
 * then hashes and compares one number instead of an array.
 */
final class PackedLevels {
  private static final int BITS = 3;
  private static final int MASK = (1 << BITS) - 1;

  private PackedLevels() {}

  static int pack(int[] levels) {
    int packed = 0;
    for (int i = 0; i < levels.length; i++) {
      int v = levels[i] + 1;
      if (v < 0 || v > MASK) {
        throw new IllegalArgumentException("Level out of range: " + levels[i]);
      }
      packed |= v << (BITS * i);
    }
    return packed;
  }

  static int level(int packed, Factor factor) {
    return ((packed >>> (BITS * factor.ordinal())) & MASK) - 1;
  }
}
