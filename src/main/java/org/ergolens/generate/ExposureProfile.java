package org.ergolens.generate;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ergolens.model.Factor;

/**
 * How a department's survey answers are distributed: the share of each level of each {@link Factor}
 * (in the factor's level order) and of each work location. Levels are drawn independently per
 * factor; all correlation between factors comes from the mix of departments.
 */
final class ExposureProfile {
  private final EnumMap<Factor, double[]> shares;
  private final double[] workLocation;

  private ExposureProfile(EnumMap<Factor, double[]> shares, double[] workLocation) {
    this.shares = shares;
    this.workLocation = workLocation;
  }

  /** A typical office department, the base that the others adjust. */
  static ExposureProfile office() {
    EnumMap<Factor, double[]> s = new EnumMap<>(Factor.class);
    s.put(Factor.SITTING_BAND, new double[] {0.08, 0.27, 0.40, 0.25});
    s.put(Factor.MONITOR_POSITION, new double[] {0.50, 0.12, 0.23, 0.15});
    s.put(Factor.LUMBAR_SUPPORT, new double[] {0.60, 0.40});
    s.put(Factor.BREAK_FREQUENCY, new double[] {0.15, 0.35, 0.30, 0.20});
    s.put(Factor.EXERCISE_BAND, new double[] {0.35, 0.40, 0.25});
    s.put(Factor.DESK_TYPE, new double[] {0.35, 0.65});
    return new ExposureProfile(s, new double[] {0.45, 0.15, 0.40});
  }

  /** A copy with the level shares of {@code factor} replaced (level order, summing to 1). */
  ExposureProfile with(Factor factor, double... levelShares) {
    if (levelShares.length != factor.levels().size()) {
      throw new IllegalArgumentException("Cannot set shares of " + factor.id() + ": wrong size");
    }
    EnumMap<Factor, double[]> s = new EnumMap<>(shares);
    s.put(factor, checked(levelShares));
    return new ExposureProfile(s, workLocation);
  }

  /** A copy with the work-location shares replaced (office, home, hybrid). */
  ExposureProfile withWorkLocation(double office, double home, double hybrid) {
    return new ExposureProfile(shares, checked(new double[] {office, home, hybrid}));
  }

  private static double[] checked(double[] p) {
    double sum = Arrays.stream(p).sum();
    if (Math.abs(sum - 1.0) > 1e-9 || Arrays.stream(p).anyMatch(x -> x < 0)) {
      throw new IllegalArgumentException(
          "Shares must be non-negative and sum to 1: " + Arrays.toString(p));
    }
    return p.clone();
  }

  double share(Factor factor, int level) {
    return shares.get(factor)[level];
  }

  /** The level shares of {@code factor}, in level order. */
  List<Double> shares(Factor factor) {
    return Arrays.stream(shares.get(factor)).boxed().toList();
  }

  /**
   * Draws a level of {@code factor} by inverting the distribution at {@code u} in [0, 1). When
   * {@code lowered} is a level index, that level's share is multiplied by {@code retained} and the
   * difference moves to the reference level (index 0).
   */
  int sample(Factor factor, double u, int lowered, double retained) {
    double[] p = shares.get(factor);
    double cumulative = 0;
    for (int i = 0; i < p.length; i++) {
      double pi = p[i];
      if (i == lowered) {
        pi *= retained;
      } else if (i == 0 && lowered > 0) {
        pi += p[lowered] * (1 - retained);
      }
      cumulative += pi;
      if (u < cumulative) {
        return i;
      }
    }
    return p.length - 1;
  }

  /** Draws a work location (0 office, 1 home, 2 hybrid). */
  int sampleWorkLocation(double u) {
    double cumulative = 0;
    for (int i = 0; i < workLocation.length; i++) {
      cumulative += workLocation[i];
      if (u < cumulative) {
        return i;
      }
    }
    return workLocation.length - 1;
  }

  /** The profile as factor id → level → share, for the model description. */
  Map<String, Map<String, Double>> describe() {
    Map<String, Map<String, Double>> out = new java.util.LinkedHashMap<>();
    for (Factor f : Factor.values()) {
      Map<String, Double> levels = new java.util.LinkedHashMap<>();
      for (int i = 0; i < f.levels().size(); i++) {
        levels.put(f.levels().get(i), shares.get(f)[i]);
      }
      out.put(f.id(), levels);
    }
    Map<String, Double> loc = new java.util.LinkedHashMap<>();
    for (int i = 0; i < Datasets.WORK_LOCATIONS.size(); i++) {
      loc.put(Datasets.WORK_LOCATIONS.get(i), workLocation[i]);
    }
    out.put(Datasets.WORK_LOCATION, loc);
    return out;
  }
}
