package org.ergolens.recommend;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;

/**
 * When a catalog entry applies to a reporting unit: an exposure (a factor at some of its levels),
 * raised discomfort (outcomes above the organisation's rate) or red flags. Written in the catalog
 * as an object whose {@code type} is {@code factor}, {@code outcome} or {@code red_flag}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Trigger.Exposure.class, name = "factor"),
  @JsonSubTypes.Type(value = Trigger.RaisedDiscomfort.class, name = "outcome"),
  @JsonSubTypes.Type(value = Trigger.RedFlags.class, name = "red_flag")
})
public sealed interface Trigger {

  /**
   * An exposure: respondents at some levels of a factor. The action is ranked by the cases of one
   * outcome attributable to those levels; one outcome only, so that no case counts twice.
   *
   * @param factor the factor id, e.g. {@code monitor_position}
   * @param levels the non-reference levels the action removes, with how to describe them
   * @param outcome the outcome whose attributable cases rank the action, e.g. {@code neck}
   * @param comparedWith whom the prevalence ratio compares with, completing "the rate of neck
   *     discomfort among …", e.g. "respondents whose screen is at eye level"
   */
  record Exposure(
      String factor,
      List<ExposedLevel> levels,
      String outcome,
      @JsonProperty("compared_with") String comparedWith)
      implements Trigger {
    /** Copies the levels. */
    public Exposure {
      levels = List.copyOf(Objects.requireNonNullElse(levels, List.of()));
    }
  }

  /**
   * Raised discomfort: any of the outcomes credibly above the organisation's prevalence.
   *
   * @param outcomes outcome ids, e.g. {@code lower_back}
   */
  record RaisedDiscomfort(List<String> outcomes) implements Trigger {
    /** Copies the outcomes. */
    public RaisedDiscomfort {
      outcomes = List.copyOf(Objects.requireNonNullElse(outcomes, List.of()));
    }
  }

  /** Red flags (contract section 2): discomfort lasting more than a few days, or numbness. */
  record RedFlags() implements Trigger {}

  /**
   * A level an exposure trigger covers.
   *
   * @param level the level id, e.g. {@code laptop_only}
   * @param describes what respondents at the level do, completing "41% of respondents …", e.g.
   *     "work on a laptop screen only"
   */
  record ExposedLevel(String level, String describes) {}
}
