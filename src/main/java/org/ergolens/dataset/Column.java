package org.ergolens.dataset;

import java.util.Objects;

/**
 * One column of a generated dataset.
 *
 * @param name the column name exactly as in the data contract
 * @param type the logical type of its valid values
 * @param required whether the contract requires a value in every row
 */
public record Column(String name, ColumnType type, boolean required) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
