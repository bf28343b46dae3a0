package org.ergolens.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ergolens.Messages;

/**
 * The organisation tree of the contract's optional {@code departments} dataset: each department id
 * with its parent department, or none for a root. A tree may be a forest (several roots).
 *
 * <p>An instance is always valid: every parent is itself a department, and following parents from
 * any department ends at a root (no cycles, no department is its own parent). Construction refuses
 * anything else with a one-line message that names the offending ids.
 *
 * <pre>{@code
 * DepartmentTree tree = DepartmentTree.builder()
 *     .add("acme", null)          // a root
 *     .add("sales", "acme")
 *     .add("sales-north", "sales")
 *     .build();
 * }</pre>
 */
public final class DepartmentTree {

  private final Map<String, String> parentById; // root -> absent from values (null not stored)
  private final Set<String> departments;

  private DepartmentTree(Map<String, String> parentOrNull) {
    Map<String, String> parents = new TreeMap<>();
    parentOrNull.forEach(
        (id, parent) -> {
          if (parent != null) {
            parents.put(id, parent);
          }
        });
    this.parentById = Collections.unmodifiableMap(parents);
    this.departments = Collections.unmodifiableSet(new TreeMap<>(parentOrNull).keySet());
  }

  /**
   * A tree from a map of department id to parent id; a {@code null} or empty parent marks a root,
   * as an empty {@code parent} column does in the contract.
   *
   * @throws IllegalArgumentException when an id is blank, a parent is not a department, or the
   *     parents form a cycle
   */
  public static DepartmentTree of(Map<String, String> parentByDepartment) {
    Builder builder = builder();
    new TreeMap<>(parentByDepartment).forEach(builder::add);
    return builder.build();
  }

  /** An empty builder; departments may be added in any order. */
  public static Builder builder() {
    return new Builder();
  }

  /** All department ids, sorted. */
  public Set<String> departments() {
    return departments;
  }

  /** True when {@code id} is a department of this tree. */
  public boolean contains(String id) {
    return departments.contains(id);
  }

  /** The parent of a department, or empty for a root. */
  public Optional<String> parent(String id) {
    requireDepartment(id);
    return Optional.ofNullable(parentById.get(id));
  }

  /** True when the department has no parent. */
  public boolean isRoot(String id) {
    return parent(id).isEmpty();
  }

  /** The roots, sorted; more than one for a forest. */
  public List<String> roots() {
    return departments.stream().filter(id -> !parentById.containsKey(id)).toList();
  }

  /** The number of parent links from a department up to its root (0 for a root). */
  public int depth(String id) {
    requireDepartment(id);
    int depth = 0;
    for (String p = parentById.get(id); p != null; p = parentById.get(p)) {
      depth++;
    }
    return depth;
  }

  private void requireDepartment(String id) {
    if (!departments.contains(id)) {
      throw new IllegalArgumentException(
          "Unknown department " + Messages.quote(id) + ": it is not in the department tree");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DepartmentTree t
        && departments.equals(t.departments)
        && parentById.equals(t.parentById);
  }

  @Override
  public int hashCode() {
    return Objects.hash(departments, parentById);
  }

  @Override
  public String toString() {
    return "DepartmentTree[" + departments.size() + " departments, roots=" + roots() + "]";
  }

  /** Collects departments and their parents, then validates them all at once in {@link #build}. */
  public static final class Builder {

    private final Map<String, String> parentOrNull = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a department.
     *
     * @param department the department id, not blank
     * @param parent its parent's id, or {@code null} or empty for a root
     * @throws IllegalArgumentException when the id is blank or the department was already added
     */
    public Builder add(String department, String parent) {
      if (department == null || department.isBlank()) {
        throw new IllegalArgumentException(
            "Cannot build department tree: a department id is blank");
      }
      if (parentOrNull.containsKey(department)) {
        throw new IllegalArgumentException(
            "Cannot build department tree: department "
                + Messages.quote(department)
                + " is listed twice");
      }
      parentOrNull.put(department, parent == null || parent.isEmpty() ? null : parent);
      return this;
    }

    /**
     * Validates and returns the tree.
     *
     * @throws IllegalArgumentException when a parent is not a department or the parents form a
     *     cycle
     */
    public DepartmentTree build() {
      Map<String, String> sorted = new TreeMap<>(parentOrNull);
      sorted.forEach(
          (id, parent) -> {
            if (parent != null && !sorted.containsKey(parent)) {
              throw new IllegalArgumentException(
                  "Cannot build department tree: parent "
                      + Messages.quote(parent)
                      + " of department "
                      + Messages.quote(id)
                      + " is not a department");
            }
          });
      refuseCycles(sorted);
      return new DepartmentTree(sorted);
    }

    /** Walks up from every department; meeting a department twice on one walk is a cycle. */
    private static void refuseCycles(Map<String, String> parentOrNull) {
      Map<String, Boolean> reachesRoot = new HashMap<>();
      for (String start : parentOrNull.keySet()) {
        List<String> path = new ArrayList<>();
        Map<String, Integer> positionOnPath = new HashMap<>();
        String current = start;
        while (current != null && !reachesRoot.containsKey(current)) {
          Integer seenAt = positionOnPath.putIfAbsent(current, path.size());
          if (seenAt != null) {
            throw cycle(path.subList(seenAt, path.size()));
          }
          path.add(current);
          current = parentOrNull.get(current);
        }
        path.forEach(id -> reachesRoot.put(id, Boolean.TRUE));
      }
    }

    private static IllegalArgumentException cycle(List<String> loop) {
      StringBuilder shown = new StringBuilder();
      for (String id : loop) {
        shown.append(Messages.quote(id)).append(" -> ");
      }
      shown.append(Messages.quote(loop.get(0)));
      return new IllegalArgumentException(
          "Cannot build department tree: parents form a cycle " + shown);
    }
  }
}
