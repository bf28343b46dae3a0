package org.ergolens.model;

import java.util.List;

/**
 * The ergonomic risk factors of the data contract (section 2), each with its levels. The first
 * level is the reference level against which the others are compared.
 */
public enum Factor {
  SITTING_BAND("sitting_band", false, "under_4h", "4_to_6h", "6_to_8h", "8h_plus"),
  MONITOR_POSITION(
      "monitor_position",
      false,
      "at_eye_level",
      "above_eye_level",
      "below_eye_level",
      "laptop_only"),
  LUMBAR_SUPPORT("lumbar_support", false, "yes", "no"),
  BREAK_FREQUENCY("break_frequency", false, "every_30_min", "hourly", "every_2_hours", "rarely"),
  EXERCISE_BAND("exercise_band", true, "3_plus_days", "1_to_2_days", "none"),
  DESK_TYPE("desk_type", true, "sit_stand", "fixed");

  /** Marks a respondent whose optional factor is missing: no level, left out of that factor. */
  public static final int MISSING = -1;

  private final String id;
  private final boolean optional;
  private final List<String> levels;

  Factor(String id, boolean optional, String... levels) {
    this.id = id;
    this.optional = optional;
    this.levels = List.of(levels);
  }

  /** The name used in every output table, e.g. {@code monitor_position}. */
  public String id() {
    return id;
  }

  /** True when the factor comes from an optional survey column and may be missing. */
  public boolean optional() {
    return optional;
  }

  /** All levels, reference first. */
  public List<String> levels() {
    return levels;
  }

  public String reference() {
    return levels.get(0);
  }

  /** Index of a level, or {@link #MISSING} for {@code null}; throws for an unknown level. */
  public int indexOf(String level) {
    if (level == null) {
      return MISSING;
    }
    int i = levels.indexOf(level);
    if (i < 0) {
      throw new IllegalArgumentException("Unknown level '" + level + "' of factor " + id);
    }
    return i;
  }

  public static Factor byId(String id) {
    for (Factor f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("Unknown factor: " + id);
  }
}
