/**
 * Survey platforms' exports into the contract's datasets, through import profiles.
 *
 * <p>A {@link org.ergolens.survey.Profile} (JSON, read and checked whole by {@link
 * org.ergolens.survey.ProfileReader}) says how one platform's export of the questionnaire is read.
 * {@link org.ergolens.survey.SurveyImport} binds it to every export file's header ({@link
 * org.ergolens.survey.ExportColumns}) before any response is read, then streams each file's rows
 * ({@link org.ergolens.survey.ExportRows}, on {@code org.ergolens.ingest.format}) through the
 * {@link org.ergolens.survey.ResponseMapper} into {@code workstation_survey}, {@code
 * discomfort_reports}, the departments and the rejects, accounting for every response ({@link
 * org.ergolens.ingest.ImportSummary}). {@code ergolens import} writes them with {@link
 * org.ergolens.survey.ImportOutput}; {@code monthly --profile} into a {@link
 * org.ergolens.survey.ScratchImport} that the monthly job reads.
 *
 * <p>The import is the stage before ingest: it uses ingest's readers and checks, the row sinks of
 * {@code org.ergolens.dataset} and the pseudonyms of {@code org.ergolens.pseudonym}, and only the
 * job and the command line use it ({@code ArchitectureTest}).
 *
 * <p>Runs on the driver without Spark. Identities are read only to make pseudonyms ({@code
 * org.ergolens.pseudonym.ResponseIds}); names, addresses and free text never leave the mapper.
 */
package org.ergolens.survey;
