package org.ergolens.survey;

import org.ergolens.ingest.ColumnSpec;
import org.ergolens.ingest.Columns;
import org.ergolens.ingest.DatasetSpec;

/**
 * The items of the standard questionnaire ({@code ../shared/questionnaire.md} section 1) that feed
 * the contract, each with the contract column it fills. The free-text item D1 and the identity A1
 * are not items here: D1 is never read, and the identity is the profile's {@code identity}.
 */
public enum Item {
  A2("A2", DatasetSpec.WORKSTATION_SURVEY, Columns.DEPARTMENT, true),
  B1("B1", DatasetSpec.WORKSTATION_SURVEY, Columns.SITTING_HOURS, true),
  B2("B2", DatasetSpec.WORKSTATION_SURVEY, Columns.MONITOR_POSITION, true),
  B3("B3", DatasetSpec.WORKSTATION_SURVEY, Columns.LUMBAR_SUPPORT, true),
  B4("B4", DatasetSpec.WORKSTATION_SURVEY, Columns.BREAK_FREQUENCY, true),
  B5("B5", DatasetSpec.WORKSTATION_SURVEY, Columns.EXERCISE_DAYS, false),
  B6("B6", DatasetSpec.WORKSTATION_SURVEY, Columns.DESK_TYPE, false),
  B7("B7", DatasetSpec.WORKSTATION_SURVEY, Columns.WORK_LOCATION, false),
  C1("C1", DatasetSpec.DISCOMFORT_REPORTS, Columns.BODY_REGION, true),
  C2("C2", DatasetSpec.DISCOMFORT_REPORTS, Columns.DURATION_DAYS, false),
  C3("C3", DatasetSpec.DISCOMFORT_REPORTS, Columns.NUMBNESS_TINGLING, false),
  C4("C4", DatasetSpec.DISCOMFORT_REPORTS, Columns.INTERFERES_WITH_WORK, false);

  private final String id;
  private final DatasetSpec dataset;
  private final String column;
  private final boolean requiredByDefault;

  Item(String id, DatasetSpec dataset, String column, boolean requiredByDefault) {
    this.id = id;
    this.dataset = dataset;
    this.column = column;
    this.requiredByDefault = requiredByDefault;
  }

  /** The item's id in the questionnaire and in a profile's {@code items}, e.g. {@code B2}. */
  public String id() {
    return id;
  }

  /** The contract column the item fills, e.g. {@code monitor_position}. */
  public String column() {
    return column;
  }

  /** The contract's definition of that column: its type, values and range. */
  public ColumnSpec contract() {
    return dataset.column(column).orElseThrow();
  }

  /** Whether the contract requires a value, so that every profile must read the item. */
  public boolean requiredByContract() {
    return contract().required();
  }

  /**
   * Whether the standard questionnaire makes the question required (optional ones may be empty).
   */
  public boolean requiredByDefault() {
    return requiredByDefault;
  }

  /** The item with this id, or null. */
  public static Item byId(String id) {
    for (Item i : values()) {
      if (i.id.equals(id)) {
        return i;
      }
    }
    return null;
  }
}
