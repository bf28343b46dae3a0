package org.ergolens.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns one JSON Lines record into the dataset's canonical text values. Keys match
 * case-insensitively after trimming; a repeated key, a value that is an object or an array in a
 * contract column, or anything but one JSON object makes the record malformed.
 */
final class JsonRecords {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private JsonRecords() {}

  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Fills {@code values} (canonical column order); returns an error text, or null when ok. */
  static String parse(String line, List<ColumnSpec> columns, String[] values) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      if (msg.startsWith("Duplicate field")) {
        return "duplicate key in the JSON object";
      }
      return "not valid JSON";
    } catch (IOException e) {
      return "not valid JSON";
    }
    if (node == null || !node.isObject()) {
      return "not a JSON object";
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = HeaderCheck.normalizeName(e.getKey());
      if (!seen.add(key)) {
        return "duplicate key '" + key + "' in the JSON object";
      }
      for (int c = 0; c < columns.size(); c++) {
        if (columns.get(c).name().equals(key)) {
          JsonNode v = e.getValue();
          if (v.isContainerNode()) {
            return "column '" + key + "' holds a JSON " + (v.isArray() ? "array" : "object");
          }
          values[c] =
              v.isNull() ? null : v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText();
        }
      }
    }
    return null;
  }
}
