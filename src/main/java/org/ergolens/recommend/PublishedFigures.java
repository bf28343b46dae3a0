package org.ergolens.recommend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ergolens.model.EffectId;
import org.ergolens.privacy.PublishedEffect;

/** The published {@code factor_effects} rows, looked up by the comparison they are. */
final class PublishedFigures {
  private final Map<EffectId, PublishedEffect> rows = new HashMap<>();

  PublishedFigures(List<PublishedEffect> effects) {
    for (PublishedEffect e : effects) {
      rows.put(e.id(), e);
    }
  }

  /** The row of one comparison. */
  Optional<PublishedEffect> row(EffectId id) {
    return Optional.ofNullable(rows.get(id));
  }
}
