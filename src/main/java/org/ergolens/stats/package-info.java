/**
 * The statistics of the data contract (section 2.1), as pure functions of small aggregated tables:
 * crude 2×2 effects with their tests, Benjamini–Hochberg q-values, the adjusted odds ratios
 * (logistic regression) and prevalence ratios (Poisson regression with robust errors), the cases
 * attributed to a level with their intervals, exact binomial funnel limits for comparing a unit
 * with the organisation, and intervals for the change between two prevalences.
 *
 * <p>Nothing here depends on Spark: Spark aggregates respondents into counts, the driver calls
 * these classes on the counts. Every value object is immutable. A value that cannot be estimated is
 * {@code null} together with a note in plain words; no result ever holds {@code NaN} or an
 * infinity.
 */
package org.ergolens.stats;
