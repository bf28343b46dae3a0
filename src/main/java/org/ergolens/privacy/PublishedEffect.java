package org.ergolens.privacy;

import java.util.Objects;
import java.util.Optional;
import org.ergolens.model.EffectId;
import org.ergolens.stats.AdjustedRatios;
import org.ergolens.stats.CaseAttribution;
import org.ergolens.stats.CrudeEffect;

/**
 * One row of {@code factor_effects} as the report publishes it. Only {@link PublicationPolicy}
 * makes these: every value it holds has passed the privacy rules, and a withheld part is absent,
 * never a number.
 */
public final class PublishedEffect {
  private final EffectId id;
  private final CrudeEffect crude;
  private final AdjustedRatios adjusted;
  private final CaseAttribution attribution;
  private final Suppression suppression;

  PublishedEffect(
      EffectId id,
      CrudeEffect crude,
      AdjustedRatios adjusted,
      CaseAttribution attribution,
      Suppression suppression) {
    this.id = Objects.requireNonNull(id, "id");
    this.crude = crude;
    this.adjusted = adjusted;
    this.attribution = attribution;
    this.suppression = Objects.requireNonNull(suppression, "suppression");
  }

  /** A comparison of which only the identity and the reason are shown. */
  static PublishedEffect withheld(EffectId id, SuppressionReason reason) {
    return new PublishedEffect(id, null, null, null, Suppression.of(reason));
  }

  /** The same row without its attribution, for where the attribution's basis is withheld. */
  PublishedEffect withoutAttribution() {
    return new PublishedEffect(id, crude, adjusted, null, suppression);
  }

  public EffectId id() {
    return id;
  }

  /** The 2×2 table and its statistics; empty when withheld. */
  public Optional<CrudeEffect> crude() {
    return Optional.ofNullable(crude);
  }

  /** The adjusted ratios, or why there are none; empty when withheld. */
  public Optional<AdjustedRatios> adjusted() {
    return Optional.ofNullable(adjusted);
  }

  /**
   * The cases attributed to the level, with their interval and the ratio's basis; empty when
   * withheld, when a count or ratio they are computed from is, or when the organisation has no
   * ratio for the level.
   */
  public Optional<CaseAttribution> attribution() {
    return Optional.ofNullable(attribution);
  }

  public Suppression suppression() {
    return suppression;
  }

  public boolean suppressed() {
    return suppression.suppressed();
  }

  /** The crude prevalence ratio, or null when withheld or not estimable. */
  public Double prevalenceRatio() {
    return crude().map(c -> c.result().prevalenceRatio()).orElse(null);
  }

  /** The attributable cases, or null when withheld or not estimable. */
  public Double attributableCases() {
    return attribution().map(CaseAttribution::cases).orElse(null);
  }

  /**
   * True when the level is credibly raised for the outcome (contract 2.1: the lower 95% limit of
   * the organisation's ratio R is above 1) and its attribution is published.
   */
  public boolean crediblyRaised() {
    return attribution().map(CaseAttribution::crediblyRaised).orElse(false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublishedEffect e
        && id.equals(e.id)
        && Objects.equals(crude, e.crude)
        && Objects.equals(adjusted, e.adjusted)
        && Objects.equals(attribution, e.attribution)
        && suppression.equals(e.suppression);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, crude, adjusted, attribution, suppression);
  }

  @Override
  public String toString() {
    return "PublishedEffect["
        + id
        + (suppressed() ? " withheld: " + suppression.reason() : " " + crude + " " + adjusted)
        + (attribution == null ? "" : " " + attribution)
        + "]";
  }
}
