package org.ergolens.cohort;

import org.ergolens.model.Factor;

/**
 * A respondent's factor levels packed in one {@code int}, three bits per factor in {@link Factor}
 * order, each holding the level index plus one (0: {@link Factor#MISSING}). A map keyed by pattern
 * then hashes and compares one number instead of an array. {@link Levels#packed()} packs them in
 * Spark; {@link #level} unpacks one.
 */
final class PackedLevels {
  private static final int BITS = 3;
  private static final int MASK = (1 << BITS) - 1;

  static {
    for (Factor f : Factor.values()) {
      if (f.levels().size() > MASK || shift(f) + BITS > Integer.SIZE) {
        throw new IllegalStateException("Factor " + f.id() + " does not fit in packed levels");
      }
    }
  }

  private PackedLevels() {}

  /** Where a factor's level (plus one) sits in the packed number. */
  static int shift(Factor factor) {
    return BITS * factor.ordinal();
  }

  /** A factor's level index; {@link Factor#MISSING} for 0, the packing of nobody's answer. */
  static int level(int packed, Factor factor) {
    return ((packed >>> shift(factor)) & MASK) - 1;
  }
}
