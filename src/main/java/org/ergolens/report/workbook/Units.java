package org.ergolens.report.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ergolens.recommend.UnitRisk;
import org.ergolens.report.Table;
import org.ergolens.text.Labels;

/**
 * The reporting units of the month by department id, each with the name people read and the name of
 * its sheet.
 */
final class Units {
  /**
   * A reporting unit.
   *
   * @param id its department id
   * @param name the name people read
   * @param sheet the name of its sheet
   * @param row its {@code department_summary} row
   * @param risk its risk level and reasons; empty when not assessed
   */
  record Unit(String id, String name, String sheet, TableRow row, Optional<UnitRisk> risk) {}

  private final Map<String, Unit> byId = new LinkedHashMap<>();
  private final Map<String, String> departmentNames;

  /**
   * The units of the {@code department_summary} table, with sheet names from {@code names}.
   *
   * @param departmentNames the department tree's display names by id, for departments folded into a
   *     unit (empty without a tree)
   * @param risks each unit's risk level by department id; a unit not in it is not assessed
   */
  Units(
      Table summary,
      SheetNames names,
      Map<String, String> departmentNames,
      Map<String, Optional<UnitRisk>> risks) {
    this.departmentNames = Map.copyOf(departmentNames);
    for (TableRow row : TableRow.of(summary)) {
      String id = row.text("department");
      String name = Labels.unit(id, row.text("name"), false);
      byId.put(
          id, new Unit(id, name, names.next(name), row, risks.getOrDefault(id, Optional.empty())));
    }
  }

  List<Unit> all() {
    return List.copyOf(byId.values());
  }

  /** The name people read for a department id: the unit's name, or the id when it is no unit. */
  String name(String id) {
    if (id == null) {
      return XlsxReportWriter.ORGANISATION;
    }
    Unit u = byId.get(id);
    return u == null ? id : u.name();
  }

  /** The display names of a {@code ;}-separated list of department ids. */
  String names(String ids) {
    if (ids == null || ids.isEmpty()) {
      return null;
    }
    return Labels.and(List.of(ids.split(";")).stream().map(this::departmentName).toList());
  }

  /** A folded department's display name from the tree, else its unit's name, else its id. */
  private String departmentName(String id) {
    String name = departmentNames.get(id);
    return name == null || name.isBlank() ? name(id) : name;
  }
}
