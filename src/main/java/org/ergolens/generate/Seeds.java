package org.ergolens.generate;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one seed by SplitMix64 mixing. Every respondent and every
 * respondent-month has a stream of its own, so a change in one draw (e.g. a planted intervention)
 * leaves the others as they were, and the output depends only on the seed.
 */
final class Seeds {
  /** The purposes random numbers are used for; each gets its own streams. */
  enum Purpose {
    DEPARTMENTS,
    SURVEY,
    OUTCOMES,
    ORPHANS,
    BAD_ROWS,
    RESPONSES,
    PEOPLE,
    HEADCOUNT
  }

  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private Seeds() {}

  static SplittableRandom random(long seed, Purpose purpose) {
    return new SplittableRandom(base(seed, purpose));
  }

  static SplittableRandom random(long seed, Purpose purpose, long key) {
    return new SplittableRandom(mix(base(seed, purpose) + GOLDEN * (key + 1)));
  }

  static SplittableRandom random(long seed, Purpose purpose, long key1, long key2) {
    long h = mix(base(seed, purpose) + GOLDEN * (key1 + 1));
    return new SplittableRandom(mix(h + GOLDEN * (key2 + 1)));
  }

  private static long base(long seed, Purpose purpose) {
    return mix(mix(seed) + GOLDEN * (purpose.ordinal() + 1));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
