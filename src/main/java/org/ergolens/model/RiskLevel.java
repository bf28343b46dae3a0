package org.ergolens.model;

/**
 * How much a reporting unit's published numbers call for action this month, from the configured
 * risk rules. The {@link #id()} strings are what the tables hold.
 */
public enum RiskLevel {
  LOW("low"),
  MODERATE("moderate"),
  HIGH("high");

  private final String id;

  RiskLevel(String id) {
    this.id = id;
  }

  /** The value in the output tables, e.g. {@code moderate}. */
  public String id() {
    return id;
  }

  public static RiskLevel byId(String id) {
    for (RiskLevel r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("Unknown risk level: " + id);
  }
}
