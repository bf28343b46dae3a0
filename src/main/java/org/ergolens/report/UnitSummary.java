package org.ergolens.report;

import java.util.Objects;
import java.util.Optional;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.recommend.UnitRisk;

/**
 * A row of {@code department_summary}: a reporting unit's published summary with what is derived
 * from published numbers only, its risk level.
 *
 * @param published the unit's published summary
 * @param risk its risk level and reasons; empty when its any-region figures are withheld
 */
public record UnitSummary(PublishedSummary published, Optional<UnitRisk> risk) {
  public UnitSummary {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(risk, "risk");
  }
}
