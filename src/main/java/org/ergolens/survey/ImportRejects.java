package org.ergolens.survey;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ergolens.dataset.CsvFields;
import org.ergolens.ingest.ImportSummary;
import org.ergolens.ingest.ReasonCode;
import org.ergolens.ingest.RejectsWriter;

/**
 * The import's rejects, in the rejects file's columns ({@link RejectsWriter#COLUMNS}): the export
 * file, the line (CSV) or row (workbook), the reason, the question's header, and in {@code detail}
 * the offending answer only. {@code record} stays empty: a response's row holds names and free
 * text, and is never written.
 */
final class ImportRejects implements Closeable {
  private final Writer out;
  private final boolean forPeople;
  private long rows;

  /**
   * @param forPeople whether a person opens the file as it is (then text a spreadsheet would run as
   *     a formula gets a leading apostrophe); the job's own rejects file neutralises it later
   */
  ImportRejects(OutputStream out, boolean forPeople) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    this.forPeople = forPeople;
    this.out.write(String.join(",", RejectsWriter.COLUMNS));
    this.out.write('\n');
  }

  /** One rejected response. */
  void write(ExportFile file, long position, ReasonCode reason, String column, String detail)
      throws IOException {
    String line = file.kind().numbersLines() ? Long.toString(position) : "";
    String row = file.kind().numbersLines() ? "" : Long.toString(position);
    List<String> cells =
        List.of(
            ImportSummary.DATASET,
            file.path(),
            line,
            row,
            reason.id(),
            column == null ? "" : column,
            detail == null ? "" : detail,
            "");
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String c = cells.get(i);
      out.write(CsvFields.quote(forPeople ? CsvFields.neutralise(c) : c));
    }
    out.write('\n');
    rows++;
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
