/**
 * A month's tables before the privacy rules: from the covariate-pattern counts of the organisation
 * and of each reporting unit, every factor level's comparison with its reference level ({@link
 * org.ergolens.analysis.FactorEffect}) and each unit's counts ({@link
 * org.ergolens.analysis.UnitCounts}). Nothing here is shown to anyone as it is: only {@code
 * org.ergolens.privacy} reads it, and publishes what may be published.
 */
package org.ergolens.analysis;
