package org.ergolens.generate;

import java.util.SplittableRandom;

/**
 * Assigns respondents, one at a time in id order, to departments with exact final counts: sampling
 * without replacement from the remaining places, so departments are interleaved in the files but
 * every department gets exactly its allocated size.
 */
final class DepartmentAssigner {
  private final int[] remaining;
  private final SplittableRandom rng;
  private long total;

  DepartmentAssigner(int[] counts, SplittableRandom rng) {
    this.remaining = counts.clone();
    this.rng = rng;
    for (int c : counts) {
      total += c;
    }
  }

  /** The department index of the next respondent. */
  int next() {
    if (total == 0) {
      throw new IllegalStateException("Every place has been assigned");
    }
    long u = rng.nextLong(total);
    for (int i = 0; i < remaining.length; i++) {
      if (u < remaining[i]) {
        remaining[i]--;
        total--;
        return i;
      }
      u -= remaining[i];
    }
    throw new IllegalStateException("unreachable");
  }
}
