package org.ergolens.privacy;

/**
 * The cell ids that {@link TableStructure.Builder#twoWay} and callers agree on. Components are
 * joined with {@code /}; inside a component {@code %}, {@code /}, {@code *} and {@code +} are
 * percent-encoded, so ids never collide whatever department or level names contain, and a bare
 * {@code *} marks a total.
 *
 * <ul>
 *   <li>{@code factor/unit/level}: the respondents of one unit at one level;
 *   <li>{@code factor/+unit/level}: the respondents at that level of a unit and every unit below it
 *       (a subtree), and <code>&#42;/+unit</code> the subtree's total ({@code +} is percent-encoded
 *       inside a component too);
 *   <li><code>factor/&#42;/level</code>: all respondents at that level (a column total);
 *   <li><code>&#42;/unit</code>: all respondents of one unit (a row total, shared by every factor's
 *       table);
 *   <li>{@code *}: the organisation (the grand total, shared by every table).
 * </ul>
 */
public final class CellIds {

  /** The grand total: the whole population of the month. */
  public static final String GRAND_TOTAL = "*";

  private CellIds() {}

  /** The cell of one row and one column of a named two-way table. */
  public static String cell(String table, String row, String column) {
    return escape(table) + "/" + escape(row) + "/" + escape(column);
  }

  /** The total of one row; shared by every two-way table of a structure. */
  public static String rowTotal(String row) {
    return "*/" + escape(row);
  }

  /** The total of one column of a named two-way table. */
  public static String columnTotal(String table, String column) {
    return escape(table) + "/*/" + escape(column);
  }

  /** The total of the subtree headed by a unit: the unit and every unit below it. */
  public static String subtreeTotal(String head) {
    return "*/+" + escape(head);
  }

  static String escape(String component) {
    StringBuilder out = new StringBuilder(component.length());
    for (int i = 0; i < component.length(); i++) {
      char c = component.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '/' -> out.append("%2F");
        case '*' -> out.append("%2A");
        case '+' -> out.append("%2B");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
