package org.ergolens.survey;

import org.ergolens.ingest.ReasonCode;

/** What one cell says for one item: a contract value, no answer, or why it cannot be used. */
public sealed interface Answer {
  /** An answer the profile maps to a contract value. */
  record Value(Object value) implements Answer {}

  /** No answer (an empty cell). */
  record Empty() implements Answer {}

  /**
   * An answer that cannot be used: {@code unknown_enum} for a label no table maps, {@code
   * bad_number} or {@code out_of_range} for a number.
   *
   * @param answer the cell's text as found, for the rejects
   */
  record Failed(ReasonCode reason, String answer) implements Answer {}

  Answer EMPTY = new Empty();
}
