package org.ergolens.model;

import java.util.Map;
import java.util.Optional;

/**
 * What the job knows of the organisation's structure: department display names and parents from the
 * optional {@code departments} dataset.
 *
 * @param names display name per department id (may be empty)
 * @param parents parent id per department id of the tree, {@code ""} for a root
 * @param hasTree whether a departments dataset was given
 */
public record Organisation(
    Map<String, String> names, Map<String, String> parents, boolean hasTree) {
  public Organisation {
    names = Map.copyOf(names);
    parents = Map.copyOf(parents);
  }

  public static Organisation none() {
    return new Organisation(Map.of(), Map.of(), false);
  }

  /** The parent of a department, empty for a root or a department outside the tree. */
  public Optional<String> parent(String department) {
    String p = parents.get(department);
    return p == null || p.isEmpty() ? Optional.empty() : Optional.of(p);
  }

  public Optional<String> name(String department) {
    return Optional.ofNullable(names.get(department));
  }
}
