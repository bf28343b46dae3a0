package org.ergolens.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads generated input files the way a consumer of the contract would, independently of the
 * generator's code: an RFC 4180 CSV reader, a Jackson-based JSON Lines reader and Parquet's own
 * record reader (typed values turned into the contract's text: ISO dates, plain decimals). Each
 * record is a map of lower-cased column name to text ({@code null} for an empty or null value), or
 * {@code null} when the record is malformed (wrong number of CSV fields, a line that is not a JSON
 * object).
 */
public final class InputFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private InputFiles() {}

  /** The header of a CSV file, or the keys of the first JSON line. */
  public static List<String> header(Path file) throws IOException {
    if (file.toString().endsWith(".parquet")) {
      try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
        return reader.getFooter().getFileMetaData().getSchema().getFields().stream()
            .map(Type::getName)
            .toList();
      }
    }
    if (file.toString().endsWith(".csv")) {
      return parseCsv(Files.readString(file, StandardCharsets.UTF_8)).get(0);
    }
    String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    List<String> keys = new ArrayList<>();
    JSON.readTree(first).fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  public static List<Map<String, String>> records(Path file) throws IOException {
    if (file.toString().endsWith(".parquet")) {
      return parquetRecords(file);
    }
    return file.toString().endsWith(".csv") ? csvRecords(file) : jsonRecords(file);
  }

  private static List<Map<String, String>> parquetRecords(Path file) throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
      for (PageReadStore rows = reader.readNextRowGroup();
          rows != null;
          rows = reader.readNextRowGroup()) {
        RecordReader<Group> records = io.getRecordReader(rows, new GroupRecordConverter(schema));
        for (long i = 0; i < rows.getRowCount(); i++) {
          Group g = records.read();
          Map<String, String> m = new LinkedHashMap<>();
          for (int f = 0; f < schema.getFieldCount(); f++) {
            String name = schema.getFieldName(f).trim().toLowerCase(Locale.ROOT);
            m.put(name, g.getFieldRepetitionCount(f) == 0 ? null : parquetText(g, f, schema));
          }
          out.add(m);
        }
      }
    }
    return out;
  }

  private static String parquetText(Group g, int f, MessageType schema) {
    PrimitiveType type = schema.getType(f).asPrimitiveType();
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
      return LocalDate.ofEpochDay(g.getInteger(f, 0)).toString();
    }
    if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
      return BigDecimal.valueOf(g.getInteger(f, 0), d.getScale()).toPlainString();
    }
    return switch (type.getPrimitiveTypeName()) {
      case INT32 -> Integer.toString(g.getInteger(f, 0));
      case INT64 -> Long.toString(g.getLong(f, 0));
      case BOOLEAN -> Boolean.toString(g.getBoolean(f, 0));
      default -> g.getString(f, 0);
    };
  }

  private static List<Map<String, String>> csvRecords(Path file) throws IOException {
    List<List<String>> rows = parseCsv(Files.readString(file, StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() != header.size()) {
        out.add(null);
        continue;
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String v = row.get(i);
        m.put(header.get(i).trim().toLowerCase(Locale.ROOT), v.isEmpty() ? null : v);
      }
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, String>> jsonRecords(Path file) throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        out.add(null);
        continue;
      }
      if (node == null || !node.isObject()) {
        out.add(null);
        continue;
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        m.put(e.getKey().trim().toLowerCase(Locale.ROOT), v.isNull() ? null : v.asText());
      }
      out.add(m);
    }
    return out;
  }

  /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; LF or CRLF. */
  public static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        field.append(c);
      }
      i++;
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
