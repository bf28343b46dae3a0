/**
 * Privacy for ErgoLens reports (contract section 3): pure Java, no Spark.
 *
 * <ul>
 *   <li>{@link org.ergolens.privacy.PublicationPolicy} applies the rules to a month's analysis and
 *       is the only maker of a {@link org.ergolens.privacy.PublishedMonth}: its {@link
 *       org.ergolens.privacy.PublishedSummary} and {@link org.ergolens.privacy.PublishedEffect}
 *       rows hold published values only, with no path back to the raw counts. Recommendations,
 *       trends and the report read nothing else ({@code ArchitectureTest} holds the rule).
 *   <li>{@link org.ergolens.privacy.RollUp} folds small departments into reporting units along a
 *       {@link org.ergolens.privacy.DepartmentTree} (or into {@code other} without one).
 *   <li>{@link org.ergolens.privacy.TableStructure} describes the published cells (with their group
 *       sizes) and the sums a reader knows; {@link org.ergolens.privacy.PrimarySuppression} and
 *       {@link org.ergolens.privacy.AttributeDisclosure} give the primary set of one attribute;
 *       {@link org.ergolens.privacy.ComplementarySuppressor} extends it until nothing suppressed is
 *       recoverable; {@link org.ergolens.privacy.DisclosureChecker} verifies that independently
 *       before anything is written.
 * </ul>
 *
 * <pre>{@code
 * TableStructure table = TableStructure.builder()
 *     .twoWay("lumbar_support", unitIds, List.of("yes", "no"), respondents) // long[unit][level]
 *     .build();
 * SuppressionResult shown = ComplementarySuppressor.suppress(
 *     table, AttributeDisclosure.primary(table, neckCases, MinGroupSize.DEFAULT));
 * DisclosureChecker.requireNoneRecoverable(table, shown.published(neckCases), shown.suppressed());
 * }</pre>
 *
 * <p>The decisions behind the corner cases are in {@code docs/privacy.md}.
 */
package org.ergolens.privacy;
