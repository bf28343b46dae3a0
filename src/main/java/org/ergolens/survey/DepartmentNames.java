package org.ergolens.survey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ergolens.ErgoLensException;

/**
 * The departments' display names → ids, from {@code departments.csv}: the answers to "Which
 * department do you work in?" are display names, matched as {@link Texts#key} compares them.
 */
public final class DepartmentNames {
  private final Map<String, String> idByName = new HashMap<>();
  private final String file;

  /** An empty table for {@code file}; add the departments with {@link #add}. */
  public DepartmentNames(String file) {
    this.file = file;
  }

  /**
   * Adds one department. A department without a name cannot be answered and is skipped.
   *
   * @throws ErgoLensException when another department has the same name
   */
  public DepartmentNames add(String id, String name) {
    if (name == null || Texts.key(name).isEmpty()) {
      return this;
    }
    String key = Texts.key(name);
    String earlier = idByName.putIfAbsent(key, id);
    if (earlier != null && !earlier.equals(id)) {
      throw new ErgoLensException(
          ErgoLensException.EXIT_INPUT,
          "Cannot import: departments "
              + earlier
              + " and "
              + id
              + " in "
              + file
              + " are both named "
              + Texts.quoted(name)
              + "; answers name a department by its name, so give them different names.");
    }
    return this;
  }

  /** The id of the department with this display name, if any. */
  public Optional<String> id(String name) {
    return Optional.ofNullable(idByName.get(Texts.key(name)));
  }
}
