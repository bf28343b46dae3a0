/**
 * The statistics of the data contract (section 2.1), as pure functions of small aggregated tables:
 * crude 2×2 effects with their tests, Benjamini–Hochberg q-values, attributable fractions and the
 * adjusted (logistic regression) odds ratios.
 *
 * <p>Nothing here depends on Spark: Spark aggregates respondents into counts, the driver calls
 * these classes on the counts. Every value object is immutable. A value that cannot be estimated is
 * {@code null} together with a note in plain words; no result ever holds {@code NaN} or an
 * infinity.
 */
package org.ergolens.stats;
