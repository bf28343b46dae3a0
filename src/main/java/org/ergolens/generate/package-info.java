/**
 * Synthetic ErgoLens input with a known truth, for the bundled sample data, tests and benchmarks.
 *
 * <p>{@link org.ergolens.generate.Generator} writes one organisation described by a {@link
 * org.ergolens.generate.GeneratorSpec}: a department tree, survey answers and discomfort reports in
 * the data contract's columns (section 1), drawn from a planted additive logistic model (no
 * department effects, no interactions) under the contract's monthly population rule (section 2),
 * and {@code planted-model.json}/{@code .md} describing that model exactly. Rows are streamed
 * through a {@link org.ergolens.dataset.RowSink}, so a million respondents need no more memory than
 * a thousand, and the same spec always gives byte-identical files.
 *
 * <p>{@link org.ergolens.generate.SurveyExportGenerator} writes the same organisation's responses
 * to the combined questionnaire as a survey platform exports them ({@link
 * org.ergolens.generate.ExportPlatform}, in an {@link org.ergolens.generate.ExportDialect}, worded
 * as a {@link org.ergolens.generate.Questionnaire}), and for tests the contract-shaped twin of the
 * same responses.
 *
 * <p>Public API: {@code GeneratorSpec}, {@code Intervention}, {@code Generator}, {@code
 * GenerationResult}, {@code SurveyExportGenerator}, {@code ExportPlatform}, {@code ExportDialect},
 * {@code Questionnaire}. The row sinks it writes through live in {@code org.ergolens.dataset},
 * which the survey import shares. Everything else is package-private.
 */
package org.ergolens.generate;
