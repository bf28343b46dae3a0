package org.ergolens.model;

import java.util.Map;
import java.util.Optional;

/**
 * What the job knows of the organisation's structure: department display names and parents from
 * the optional {@code departments} dataset.
 *
 * @param names display name per department id (may be empty)
 * @param parents parent id per department id, for departments that have one
 * @param hasTree whether a departments dataset was given
 */
public record Organisation(Map<String, String> names, Map<String, String> parents, boolean hasTree) {
  public Organisation {
    names = Map.copyOf(names);
    parents = Map.copyOf(parents);
  }

  public static Organisation none() {
    return new Organisation(Map.of(), Map.of(), false);
  }

  public Optional<String> name(String department) {
    return Optional.ofNullable(names.get(department));
  }
}
