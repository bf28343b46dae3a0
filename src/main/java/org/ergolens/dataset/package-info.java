/**
 * Files written reproducibly, shared by the tools that make input and output: the contract's
 * datasets as rows streamed to CSV, JSON Lines or Parquet ({@link org.ergolens.dataset.RowSink},
 * {@link org.ergolens.dataset.RowSinks}, {@link org.ergolens.dataset.OutputFormat}, {@link
 * org.ergolens.dataset.Column}), one CSV field's quoting and formula guard ({@link
 * org.ergolens.dataset.CsvFields}), and zip containers with fixed timestamps for workbooks ({@link
 * org.ergolens.dataset.ReproducibleZip}). The generator and the survey import write datasets
 * through it; the report uses its CSV fields and zip.
 */
package org.ergolens.dataset;
