package org.ergolens.generate;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ergolens.dataset.ReproducibleZip;

/**
 * Writes an export's rows as its platform's file: a workbook with typed cells, or CSV in a {@link
 * ExportDialect}. Each row's place in the file comes back as the import will name it: the line a
 * CSV record starts on, or the sheet's row number.
 */
abstract class ExportSink implements Closeable {
  /** Writes the header rows. */
  abstract void header(List<List<String>> rows) throws IOException;

  /** Writes one row; returns its line (CSV) or row number (workbook). */
  abstract long row(List<Object> values) throws IOException;

  /** A value as the import reads it back: its cell's text, trimmed (see {@code survey.Cell}). */
  abstract String keyText(Object value);

  static ExportSink open(ExportDialect dialect, OutputStream out) throws IOException {
    return dialect.workbook() ? new Workbook(out) : new Csv(dialect, out);
  }

  /** CSV: RFC 4180 quoting, the dialect's separator, line ends, decimal mark and date-times. */
  static final class Csv extends ExportSink {
    private final ExportDialect dialect;
    private final Writer out;
    private long line = 1;

    Csv(ExportDialect dialect, OutputStream out) throws IOException {
      this.dialect = dialect;
      this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      if (dialect.byteOrderMark()) {
        this.out.write('\uFEFF');
      }
    }

    @Override
    void header(List<List<String>> rows) throws IOException {
      for (List<String> r : rows) {
        row(List.copyOf(r));
      }
    }

    @Override
    long row(List<Object> values) throws IOException {
      long start = line;
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.write(dialect.delimiter());
        }
        String text = text(values.get(i));
        out.write(quoted(text));
        line += text.chars().filter(ch -> ch == '\n').count();
      }
      out.write(dialect.lineEnd());
      line++;
      return start;
    }

    @Override
    String keyText(Object value) {
      return text(value).strip();
    }

    private String text(Object v) {
      if (v == null) {
        return "";
      }
      if (v instanceof LocalDateTime t) {
        return dialect.dateTime().format(t);
      }
      if (v instanceof BigDecimal b) {
        return b.toPlainString().replace('.', dialect.decimalMark());
      }
      return v.toString();
    }

    private String quoted(String s) {
      boolean needs =
          s.indexOf(dialect.delimiter()) >= 0
              || s.indexOf('"') >= 0
              || s.indexOf('\n') >= 0
              || s.indexOf('\r') >= 0;
      return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /**
   * An Excel workbook of one sheet, as Microsoft Forms downloads it: numbers as number cells, times
   * as date-time cells, the rest as text. Streamed (SXSSF) and then written with fixed zip entry
   * times, so the same rows give the same bytes.
   */
  static final class Workbook extends ExportSink {
    /** What the import makes of a date-time cell's text: ISO-8601 to the second. */
    static final DateTimeFormatter SECONDS =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private final OutputStream out;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet = workbook.createSheet("Form1");
    private final CellStyle dateTime;
    private int next;

    Workbook(OutputStream out) {
      this.out = out;
      this.dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy h:mm:ss"));
    }

    @Override
    void header(List<List<String>> rows) throws IOException {
      for (List<String> r : rows) {
        row(List.copyOf(r));
      }
    }

    @Override
    long row(List<Object> values) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < values.size(); i++) {
        Object v = values.get(i);
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(i);
        if (v instanceof LocalDateTime t) {
          cell.setCellValue(t);
          cell.setCellStyle(dateTime);
        } else if (v instanceof Integer n) {
          cell.setCellValue(n);
        } else if (v instanceof BigDecimal b) {
          cell.setCellValue(b.doubleValue());
        } else {
          cell.setCellValue(v.toString());
        }
      }
      return next;
    }

    @Override
    String keyText(Object value) {
      if (value == null) {
        return "";
      }
      if (value instanceof LocalDateTime t) {
        return SECONDS.format(t);
      }
      if (value instanceof BigDecimal b) {
        return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
      }
      return value.toString().strip();
    }

    @Override
    public void close() throws IOException {
      try {
        workbook.getProperties().getCoreProperties().setCreator("ErgoLens");
        workbook.getProperties().getCoreProperties().setCreated(java.util.Optional.empty());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        ReproducibleZip.copy(bytes.toByteArray(), out);
      } finally {
        workbook.close();
        out.close();
      }
    }
  }
}
