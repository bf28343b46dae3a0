package org.ergolens.recommend;

import java.util.Objects;

/**
 * A workplace change configured in {@code interventions} as under way in a reporting unit: an
 * exposure action that addresses its factor level there is shown as under way, with its follow-up,
 * instead of being recommended again.
 *
 * @param unit the reporting unit holding the change's department
 * @param factor the factor id the change targets
 * @param level the level it makes rarer
 * @param start the date it started, {@code YYYY-MM-DD}
 * @param description what was done, in the organisation's words
 * @param followUp what the follow-up shows so far, in words; empty when nothing yet
 */
public record UnderWay(
    String unit, String factor, String level, String start, String description, String followUp) {

  public UnderWay {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(level, "level");
    followUp = followUp == null ? "" : followUp;
  }

  /** Whether an exposure action for {@code levels} of {@code factor} in {@code unit} is this. */
  boolean covers(String unit, Trigger.Exposure trigger) {
    return this.unit.equals(unit)
        && factor.equals(trigger.factor())
        && trigger.levels().stream().anyMatch(l -> l.level().equals(level));
  }

  /** The rationale of the under-way row. */
  String rationale() {
    return "Under way since "
        + start
        + ": "
        + description
        + (description.endsWith(".") ? "" : ".")
        + (followUp.isEmpty() ? "" : " " + followUp);
  }
}
