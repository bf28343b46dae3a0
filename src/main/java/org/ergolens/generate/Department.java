package org.ergolens.generate;

import java.util.Objects;

/**
 * One department of the synthetic organisation.
 *
 * @param id the department id, e.g. {@code fin-ap}
 * @param name the display name
 * @param parent the parent id, empty for a division at the root of the tree
 * @param fixedRespondents for a deliberately small department, its respondent count at every
 *     organisation size; 0 for a department sized by {@code weight}
 * @param weight the department's relative size among the departments sized by weight
 * @param profile how its survey answers are distributed
 */
record Department(
    String id,
    String name,
    String parent,
    int fixedRespondents,
    double weight,
    ExposureProfile profile) {

  Department {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(profile, "profile");
  }

  boolean isRoot() {
    return parent.isEmpty();
  }

  boolean isSmall() {
    return fixedRespondents > 0;
  }
}
