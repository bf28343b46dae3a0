package org.ergolens.analysis;

/**
 * One row of {@code factor_effects}: a non-reference level of a factor against the reference level,
 * for one outcome, in one scope (the organisation or one reporting unit). Nullable values are null
 * when not estimable or suppressed; never NaN or infinite.
 */
public record FactorEffect(
    String scope,
    String department,
    String factor,
    String level,
    String referenceLevel,
    String outcome,
    Long nExposed,
    Long casesExposed,
    Long nReference,
    Long casesReference,
    Double prevalenceExposed,
    Double prevalenceReference,
    Double prevalenceRatio,
    Double prCiLow,
    Double prCiHigh,
    Double oddsRatio,
    Double orCiLow,
    Double orCiHigh,
    String test,
    Double pValue,
    Double qValue,
    Double adjustedOddsRatio,
    Double adjOrCiLow,
    Double adjOrCiHigh,
    Double adjPValue,
    String adjustedNote,
    Double attributableFraction,
    Double attributableCases,
    boolean suppressed,
    String suppressionReason) {

  public static final String SCOPE_ORGANIZATION = "organization";
  public static final String SCOPE_DEPARTMENT = "department";

  /** A copy with the q-value set. */
  public FactorEffect withQValue(Double q) {
    return new FactorEffect(
        scope,
        department,
        factor,
        level,
        referenceLevel,
        outcome,
        nExposed,
        casesExposed,
        nReference,
        casesReference,
        prevalenceExposed,
        prevalenceReference,
        prevalenceRatio,
        prCiLow,
        prCiHigh,
        oddsRatio,
        orCiLow,
        orCiHigh,
        test,
        pValue,
        q,
        adjustedOddsRatio,
        adjOrCiLow,
        adjOrCiHigh,
        adjPValue,
        adjustedNote,
        attributableFraction,
        attributableCases,
        suppressed,
        suppressionReason);
  }

  /** A copy without the attributable fraction and cases, for where their basis is withheld. */
  public FactorEffect withoutAttribution() {
    return new FactorEffect(
        scope(),
        department(),
        factor(),
        level(),
        referenceLevel(),
        outcome(),
        nExposed(),
        casesExposed(),
        nReference(),
        casesReference(),
        prevalenceExposed(),
        prevalenceReference(),
        prevalenceRatio(),
        prCiLow(),
        prCiHigh(),
        oddsRatio(),
        orCiLow(),
        orCiHigh(),
        test(),
        pValue(),
        qValue(),
        adjustedOddsRatio(),
        adjOrCiLow(),
        adjOrCiHigh(),
        adjPValue(),
        adjustedNote(),
        null,
        null,
        suppressed,
        suppressionReason);
  }

  /** A copy with the adjusted-model columns set. */
  public FactorEffect withAdjusted(Double or, Double low, Double high, Double p, String note) {
    return new FactorEffect(
        scope,
        department,
        factor,
        level,
        referenceLevel,
        outcome,
        nExposed,
        casesExposed,
        nReference,
        casesReference,
        prevalenceExposed,
        prevalenceReference,
        prevalenceRatio,
        prCiLow,
        prCiHigh,
        oddsRatio,
        orCiLow,
        orCiHigh,
        test,
        pValue,
        qValue,
        or,
        low,
        high,
        p,
        note,
        attributableFraction,
        attributableCases,
        suppressed,
        suppressionReason);
  }

  /**
   * A copy in which every number describing the groups is withheld: only the row's identity (scope,
   * department, factor, level, outcome) and the reason remain.
   */
  public FactorEffect suppress(String reason) {
    return new FactorEffect(
        scope,
        department,
        factor,
        level,
        referenceLevel,
        outcome,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        true,
        reason);
  }
}
