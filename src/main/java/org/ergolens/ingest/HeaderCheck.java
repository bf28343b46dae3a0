package org.ergolens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.ergolens.Errors;

/**
 * Checks a text file's first line before any row is read: the encoding (UTF-8, optional BOM), and
 * for CSV that every required column is in the header exactly once. Column names match
 * case-insensitively after trimming; unknown extra columns are ignored.
 */
public final class HeaderCheck {
  private static final int MAX_HEADER_BYTES = 1 << 20;

  private HeaderCheck() {}

  public static FileLayout check(SourceFile file, DatasetSpec dataset, Configuration conf) {
    String first = firstLine(file, conf);
    return switch (file.format()) {
      case CSV -> csvLayout(file, dataset, first);
      case JSONL -> jsonLayout(file, dataset, first);
      case PARQUET -> throw new IllegalArgumentException("not a text file: " + file.path());
    };
  }

  /** The canonical form of a column name or JSON key. */
  public static String normalizeName(String name) {
    return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
  }

  private static FileLayout csvLayout(SourceFile file, DatasetSpec dataset, String header) {
    if (header == null || header.isBlank()) {
      throw Errors.emptyFile(file.path());
    }
    CsvLine.Parsed parsed = CsvLine.parse(header);
    if (!parsed.ok()) {
      throw Errors.unreadable(
          file.path(), "the header row is not valid CSV (" + parsed.error() + ").");
    }
    Map<String, Integer> position = new HashMap<>();
    List<String> fields = parsed.fields();
    for (int i = 0; i < fields.size(); i++) {
      String name = normalizeName(fields.get(i));
      if (position.putIfAbsent(name, i) != null && dataset.column(name).isPresent()) {
        throw Errors.duplicateColumn(file.path(), name);
      }
    }
    int[] fieldOfColumn = new int[dataset.columns().size()];
    for (int c = 0; c < fieldOfColumn.length; c++) {
      ColumnSpec col = dataset.columns().get(c);
      fieldOfColumn[c] = position.getOrDefault(col.name(), -1);
      if (fieldOfColumn[c] < 0 && col.required()) {
        throw Errors.missingColumn(file.path(), col.name());
      }
    }
    return new FileLayout(file, fieldOfColumn, fields.size());
  }

  /**
   * JSON Lines has no header: the first record stands in for it. When it is a JSON object that
   * lacks a required key, the export is missing that column; its keys tell which optional columns
   * the export has. When it is not valid JSON it is left to be rejected as a malformed row.
   */
  private static FileLayout jsonLayout(SourceFile file, DatasetSpec dataset, String first) {
    int[] present = new int[dataset.columns().size()];
    java.util.Arrays.fill(present, -1);
    if (first == null || first.isBlank()) {
      return new FileLayout(file, present, 0);
    }
    try {
      JsonNode node = JsonRecords.mapper().readTree(first);
      if (node != null && node.isObject()) {
        var keys = new java.util.HashSet<String>();
        node.fieldNames().forEachRemaining(k -> keys.add(normalizeName(k)));
        for (int c = 0; c < present.length; c++) {
          ColumnSpec col = dataset.columns().get(c);
          if (keys.contains(col.name())) {
            present[c] = 0;
          } else if (col.required()) {
            throw Errors.missingColumn(file.path(), col.name());
          }
        }
      }
    } catch (IOException e) {
      // Not valid JSON: the row check reports it as malformed_row.
    }
    return new FileLayout(file, present, 0);
  }

  /** The file's first line (without its line break or BOM), or null for an empty file. */
  private static String firstLine(SourceFile file, Configuration conf) {
    Path path = new Path(file.path());
    try (FSDataInputStream in = path.getFileSystem(conf).open(path)) {
      byte[] head = readUntilLineBreak(in);
      if (head.length == 0) {
        return null;
      }
      if (head.length >= 2
          && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
              || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
        throw Errors.badEncoding(file.path(), "UTF-16 (it starts with a UTF-16 byte-order mark)");
      }
      int start =
          (head.length >= 3
                  && head[0] == (byte) 0xEF
                  && head[1] == (byte) 0xBB
                  && head[2] == (byte) 0xBF)
              ? 3
              : 0;
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Arrays.copyOfRange(head, start, head.length)))
          .toString();
    } catch (CharacterCodingException e) {
      throw Errors.badEncoding(file.path(), "not valid UTF-8 (check the export's encoding)");
    } catch (IOException e) {
      throw Errors.unreadable(file.path(), e.getMessage());
    }
  }

  private static byte[] readUntilLineBreak(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != '\n' && b != '\r') {
      out.write(b);
      if (out.size() > MAX_HEADER_BYTES) {
        break;
      }
    }
    return out.toByteArray();
  }
}
