package org.ergolens.generate;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * The planted outcome model. For every respondent in a month's population and every body region r,
 * the respondent has discomfort in r that month with probability logistic(η), where η = the
 * intercept of r + the sum over factors of the log-odds effect of the respondent's level for r
 * (zero at the reference level). There are no department effects and no interactions, so an
 * additive logistic regression on all factors recovers exp(effect) as the adjusted odds ratio.
 *
 * <p>Probabilities use {@link StrictMath} so that the files are byte-identical on every platform.
 */
final class PlantedModel {
  /** The contract's default survey lookback, used for the as-of rule of the population. */
  static final int LOOKBACK_MONTHS = 12;

  private static final List<Factor> FACTORS = List.of(Factor.values());
  private static final List<Outcome> REGIONS = Outcome.regions();
  private static final int PATTERNS = patternCount();

  private final EnumMap<Outcome, Double> intercepts = new EnumMap<>(Outcome.class);
  private final EnumMap<Outcome, EnumMap<Factor, double[]>> effects = new EnumMap<>(Outcome.class);
  private final double[] probability;

  private PlantedModel() {
    intercept(Outcome.NECK, -2.65);
    intercept(Outcome.SHOULDERS, -3.00);
    intercept(Outcome.UPPER_BACK, -3.25);
    intercept(Outcome.ELBOWS, -3.80);
    intercept(Outcome.WRISTS_HANDS, -3.10);
    intercept(Outcome.LOWER_BACK, -2.95);
    intercept(Outcome.HIPS_THIGHS, -3.75);
    intercept(Outcome.KNEES, -3.55);
    intercept(Outcome.ANKLES_FEET, -3.75);

    effect(Outcome.NECK, Factor.MONITOR_POSITION, 0, 0.25, 0.60, 0.90);
    effect(Outcome.NECK, Factor.BREAK_FREQUENCY, 0, 0, 0.10, 0.25);
    effect(Outcome.NECK, Factor.EXERCISE_BAND, 0, 0.20, 0.40);

    effect(Outcome.SHOULDERS, Factor.MONITOR_POSITION, 0, 0.15, 0.40, 0.60);
    effect(Outcome.SHOULDERS, Factor.EXERCISE_BAND, 0, 0.10, 0.20);

    effect(Outcome.UPPER_BACK, Factor.BREAK_FREQUENCY, 0, 0.10, 0.35, 0.70);
    effect(Outcome.UPPER_BACK, Factor.EXERCISE_BAND, 0, 0.20, 0.40);

    effect(Outcome.WRISTS_HANDS, Factor.MONITOR_POSITION, 0, 0, 0, 0.40);
    effect(Outcome.WRISTS_HANDS, Factor.BREAK_FREQUENCY, 0, 0, 0.10, 0.30);

    effect(Outcome.LOWER_BACK, Factor.SITTING_BAND, 0, 0.15, 0.35, 0.70);
    effect(Outcome.LOWER_BACK, Factor.LUMBAR_SUPPORT, 0, 0.60);
    effect(Outcome.LOWER_BACK, Factor.EXERCISE_BAND, 0, 0.20, 0.40);
    effect(Outcome.LOWER_BACK, Factor.DESK_TYPE, 0, 0.20);

    effect(Outcome.HIPS_THIGHS, Factor.SITTING_BAND, 0, 0, 0.10, 0.30);

    probability = new double[PATTERNS * REGIONS.size()];
    int[] levels = new int[FACTORS.size()];
    for (int pattern = 0; pattern < PATTERNS; pattern++) {
      decode(pattern, levels);
      for (int r = 0; r < REGIONS.size(); r++) {
        probability[pattern * REGIONS.size() + r] =
            1 / (1 + StrictMath.exp(-eta(REGIONS.get(r), levels)));
      }
    }
  }

  private static final PlantedModel STANDARD = new PlantedModel();

  static PlantedModel standard() {
    return STANDARD;
  }

  private void intercept(Outcome region, double value) {
    intercepts.put(region, value);
  }

  private void effect(Outcome region, Factor factor, double... byLevel) {
    if (byLevel.length != factor.levels().size() || byLevel[0] != 0) {
      throw new IllegalArgumentException("Effects need one value per level, 0 at the reference");
    }
    effects.computeIfAbsent(region, r -> new EnumMap<>(Factor.class)).put(factor, byLevel);
  }

  double intercept(Outcome region) {
    return intercepts.get(region);
  }

  /** The log-odds effect of {@code level} (an index) of {@code factor} on {@code region}. */
  double effect(Outcome region, Factor factor, int level) {
    EnumMap<Factor, double[]> byFactor = effects.get(region);
    if (byFactor == null || !byFactor.containsKey(factor)) {
      return 0;
    }
    return byFactor.get(factor)[level];
  }

  /** η of {@code region} for level indices in {@link Factor} order. */
  double eta(Outcome region, int[] levels) {
    double eta = intercept(region);
    for (Factor f : FACTORS) {
      eta += effect(region, f, levels[f.ordinal()]);
    }
    return eta;
  }

  /** The monthly probability of discomfort in region index {@code r} for a covariate pattern. */
  double probability(int pattern, int r) {
    return probability[pattern * REGIONS.size() + r];
  }

  /** Encodes level indices (in {@link Factor} order) as one pattern number. */
  static int pattern(int[] levels) {
    int p = 0;
    for (Factor f : FACTORS) {
      p = p * f.levels().size() + levels[f.ordinal()];
    }
    return p;
  }

  static void decode(int pattern, int[] levels) {
    for (int i = FACTORS.size() - 1; i >= 0; i--) {
      int n = FACTORS.get(i).levels().size();
      levels[i] = pattern % n;
      pattern /= n;
    }
  }

  static int patternCount() {
    int n = 1;
    for (Factor f : Factor.values()) {
      n *= f.levels().size();
    }
    return n;
  }

  /** Intercepts by region id. */
  Map<String, Double> describeIntercepts() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Outcome r : REGIONS) {
      out.put(r.id(), intercept(r));
    }
    return out;
  }

  /** Non-zero effects as region id → factor id → level → log-odds. */
  Map<String, Map<String, Map<String, Double>>> describeEffects() {
    Map<String, Map<String, Map<String, Double>>> out = new LinkedHashMap<>();
    for (Outcome r : REGIONS) {
      Map<String, Map<String, Double>> byFactor = new LinkedHashMap<>();
      for (Factor f : FACTORS) {
        Map<String, Double> byLevel = new LinkedHashMap<>();
        for (int i = 1; i < f.levels().size(); i++) {
          double e = effect(r, f, i);
          if (e != 0) {
            byLevel.put(f.levels().get(i), e);
          }
        }
        if (!byLevel.isEmpty()) {
          byFactor.put(f.id(), byLevel);
        }
      }
      out.put(r.id(), byFactor);
    }
    return out;
  }
}
