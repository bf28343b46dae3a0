package org.ergolens.model;

import java.util.Arrays;
import java.util.List;

/**
 * The monthly outcomes: one per body region of the Nordic Musculoskeletal Questionnaire, plus
 * {@code any_region}. A respondent has an outcome in month M when they filed at least one report in
 * M for that region with severity at or above the configured minimum.
 */
public enum Outcome {
  NECK("neck", "Neck"),
  SHOULDERS("shoulders", "Shoulders"),
  UPPER_BACK("upper_back", "Upper back"),
  ELBOWS("elbows", "Elbows"),
  WRISTS_HANDS("wrists_hands", "Wrists and hands"),
  LOWER_BACK("lower_back", "Lower back"),
  HIPS_THIGHS("hips_thighs", "Hips and thighs"),
  KNEES("knees", "Knees"),
  ANKLES_FEET("ankles_feet", "Ankles and feet"),
  ANY_REGION("any_region", "Any region");

  private final String id;
  private final String label;

  Outcome(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  /** A human label for dashboards and rationales. */
  public String label() {
    return label;
  }

  public boolean isRegion() {
    return this != ANY_REGION;
  }

  /** The nine body regions, in contract order (the values of {@code body_region}). */
  public static List<Outcome> regions() {
    return Arrays.stream(values()).filter(Outcome::isRegion).toList();
  }

  public static Outcome byId(String id) {
    for (Outcome o : values()) {
      if (o.id.equals(id)) {
        return o;
      }
    }
    throw new IllegalArgumentException("Unknown outcome: " + id);
  }
}
