package org.ergolens.stats;

/**
 * The crude effect of one factor level against the reference level for one outcome (contract
 * section 2.1). Every {@code Double} is {@code null} when it cannot be estimated, never NaN or
 * infinite; {@link #note()} then says why.
 *
 * @param table the counts the values were computed from
 * @param prevalenceExposed {@code a / n1}; null when {@code n1 = 0}
 * @param prevalenceReference {@code c / n0}; null when {@code n0 = 0}
 * @param prevalenceRatio PR, with the zero-cell rule applied
 * @param prCiLow lower 95% limit of PR
 * @param prCiHigh upper 95% limit of PR
 * @param oddsRatio OR, with the zero-cell rule applied
 * @param orCiLow lower Woolf 95% limit of OR
 * @param orCiHigh upper Woolf 95% limit of OR
 * @param test the test behind {@code pValue}; null when there is no p-value
 * @param pValue two-sided p-value of the uncorrected table
 * @param note what the reader should know about these numbers, in plain words; empty when nothing
 */
public record TwoByTwoResult(
    TwoByTwo table,
    Double prevalenceExposed,
    Double prevalenceReference,
    Double prevalenceRatio,
    Double prCiLow,
    Double prCiHigh,
    Double oddsRatio,
    Double orCiLow,
    Double orCiHigh,
    AssociationTest test,
    Double pValue,
    String note) {}
