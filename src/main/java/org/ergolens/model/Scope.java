package org.ergolens.model;

/** Who a row of a table describes: the whole organisation, or one reporting unit. */
public enum Scope {
  ORGANIZATION("organization"),
  DEPARTMENT("department");

  private final String id;

  Scope(String id) {
    this.id = id;
  }

  /** The value of the {@code scope} column: {@code organization} or {@code department}. */
  public String id() {
    return id;
  }
}
