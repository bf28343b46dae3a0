package org.ergolens.privacy;

/**
 * What a row of {@code department_summary} describes: the {@code row_kind} column. Unit rows
 * partition the respondents (each counts in exactly one); subtree rows overlap them.
 */
public enum RowKind {
  /** A reporting unit: its department's own respondents plus those folded into it. */
  UNIT("unit"),
  /** A unit with child units together with every unit below it: a division. */
  SUBTREE("subtree");

  private final String id;

  RowKind(String id) {
    this.id = id;
  }

  /** The code in the {@code row_kind} column. */
  public String id() {
    return id;
  }
}
