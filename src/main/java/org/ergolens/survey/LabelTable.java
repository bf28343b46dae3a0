package org.ergolens.survey;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A profile's table from answer labels to contract values, e.g. {@code "At my eye level"} → {@code
 * at_eye_level}. Labels match as {@link Texts#key} compares them (case-insensitive, after
 * trimming); a label the table does not hold is never guessed.
 *
 * @param <V> the contract value's type
 */
public final class LabelTable<V> {
  private final Map<String, V> byKey;
  private final Map<String, V> asWritten;

  private LabelTable(Map<String, V> asWritten) {
    this.asWritten = Collections.unmodifiableMap(new LinkedHashMap<>(asWritten));
    Map<String, V> keys = new LinkedHashMap<>();
    asWritten.forEach((label, value) -> keys.put(Texts.key(label), value));
    this.byKey = Collections.unmodifiableMap(keys);
  }

  /**
   * The table of {@code labels} (label as written → value), in order.
   *
   * @throws IllegalArgumentException naming the two labels that compare equal
   */
  public static <V> LabelTable<V> of(Map<String, V> labels) {
    Map<String, String> seen = new LinkedHashMap<>();
    for (String label : labels.keySet()) {
      String earlier = seen.put(Texts.key(label), label);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "labels "
                + Texts.quoted(earlier)
                + " and "
                + Texts.quoted(label)
                + " are the same label (labels match ignoring case and spaces)");
      }
      if (Texts.key(label).isEmpty()) {
        throw new IllegalArgumentException("a label is empty; an empty answer is not a label");
      }
    }
    return new LabelTable<>(labels);
  }

  /** The value of an answer's label, or empty when the table has no such label. */
  public Optional<V> value(String answer) {
    return Optional.ofNullable(byKey.get(Texts.key(answer)));
  }

  /** The values the table can give. */
  public Collection<V> values() {
    return asWritten.values();
  }

  /** Label as written → value, in order. */
  public Map<String, V> entries() {
    return asWritten;
  }
}
