package org.ergolens.recommend;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who acts on a recommendation. */
public enum Audience {
  /** The HR or wellness team: programmes, purchasing, working arrangements. */
  @JsonProperty("hr")
  HR("hr"),
  /** The ergonomist or occupational-health adviser: workstation set-up and assessment. */
  @JsonProperty("ergonomist")
  ERGONOMIST("ergonomist"),
  /** Employees themselves: messages HR passes on to the whole group. */
  @JsonProperty("employees")
  EMPLOYEES("employees");

  private final String id;

  Audience(String id) {
    this.id = id;
  }

  /** The id used in the catalog and the output tables, e.g. {@code hr}. */
  public String id() {
    return id;
  }
}
