package org.ergolens.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.ergolens.Errors;
import org.ergolens.model.Organisation;

/**
 * Reads the accepted rows of the optional {@code departments} dataset into the organisation's names
 * and tree. The dataset is small (one row per department), so it is collected. A department listed
 * twice, a parent that is not a department, or a cycle stops the run: a wrong tree would roll small
 * departments up into the wrong units.
 */
public final class DepartmentTreeReader {
  private DepartmentTreeReader() {}

  /**
   * The accepted rows (department, name, parent, file index, position) in input order. Sorted here
   * rather than by Spark: a sort would add a shuffle and two jobs for a few rows.
   */
  static List<Row> acceptedRows(Dataset<Row> typedDepartments) {
    List<Row> rows =
        new ArrayList<>(
            typedDepartments
                .filter(col(Columns.REASON).isNull())
                .select(
                    Columns.DEPARTMENT,
                    Columns.NAME,
                    Columns.PARENT,
                    Columns.FILE_INDEX,
                    Columns.POSITION)
                .collectAsList());
    rows.sort(
        Comparator.<Row>comparingInt(r -> r.getAs(Columns.FILE_INDEX))
            .thenComparingLong(r -> r.getAs(Columns.POSITION)));
    return List.copyOf(rows);
  }

  public static Organisation read(IngestedDataset departments) {
    if (departments == null) {
      return Organisation.none();
    }
    String file = departments.files().get(0).path();
    // Ingestion collects them when it reads the departments (see acceptedRows).
    List<Row> rows = departments.acceptedRows().orElseThrow();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> parents = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (Row r : rows) {
      String id = r.getAs(Columns.DEPARTMENT);
      if (!ids.add(id)) {
        throw Errors.badDepartmentTree(file, "department '" + id + "' is listed more than once.");
      }
      String name = r.getAs(Columns.NAME);
      if (name != null) {
        names.put(id, name);
      }
      String parent = r.getAs(Columns.PARENT);
      parents.put(id, parent == null ? "" : parent);
    }
    for (var e : parents.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      if (!ids.contains(e.getValue())) {
        throw Errors.badDepartmentTree(
            file,
            "parent '"
                + e.getValue()
                + "' of department '"
                + e.getKey()
                + "' is not a department.");
      }
      Set<String> seen = new HashSet<>();
      String at = e.getKey();
      while (at != null) {
        if (!seen.add(at)) {
          throw Errors.badDepartmentTree(
              file,
              "department '" + e.getKey() + "' is its own ancestor (the parents form a cycle).");
        }
        String up = parents.get(at);
        at = up == null || up.isEmpty() ? null : up;
      }
    }
    return new Organisation(names, parents, true);
  }
}
