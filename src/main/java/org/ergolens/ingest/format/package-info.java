/**
 * Readers of export formats, in plain Java with no Spark dependency, for the job's ingestion and
 * for anything else that reads an HR or survey export on one machine:
 *
 * <ul>
 *   <li>{@link org.ergolens.ingest.format.DecodedText}: a file's text in the encoding its
 *       byte-order mark announces (UTF-8 or UTF-16), decoded strictly, with the line of the first
 *       bad byte;
 *   <li>{@link org.ergolens.ingest.format.CsvRecordParser}: RFC 4180 records over a character
 *       stream, with their start lines and the bounded-record rule, on {@link
 *       org.ergolens.ingest.format.RecordScanner}, the byte-level engine that the Spark reader runs
 *       on file splits;
 *   <li>{@link org.ergolens.ingest.format.DelimiterDetector}: the delimiter ({@code ,} {@code ;} or
 *       tab) under which a header holds the expected columns;
 *   <li>{@link org.ergolens.ingest.format.XlsxSheetReader}: a streaming reader of one worksheet of
 *       an {@code .xlsx} workbook, as rows of typed {@link org.ergolens.ingest.format.CellValue}s
 *       with the sheet's row numbers.
 * </ul>
 */
package org.ergolens.ingest.format;
