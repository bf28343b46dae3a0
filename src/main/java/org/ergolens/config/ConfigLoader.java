package org.ergolens.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a job configuration file (JSON). Keys left out keep the contract's defaults; unknown
 * keys and ill-typed values are refused with a message naming the key.
 */
public final class ConfigLoader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private ConfigLoader() {}

  /** The defaults when {@code file} is null, otherwise the file over the defaults, validated. */
  public static JobConfig load(Path file) {
    if (file == null) {
      return JobConfig.defaults().validate();
    }
    JsonNode given;
    try {
      given = MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new ConfigException(
          "Cannot read configuration " + file + ": " + firstLine(e.getMessage()), e);
    }
    if (!(given instanceof ObjectNode overrides)) {
      throw new ConfigException(
          "Invalid configuration " + file + ": expected a JSON object of settings.");
    }
    ObjectNode merged = MAPPER.valueToTree(JobConfig.defaults());
    merged.setAll(overrides);
    try {
      return MAPPER.treeToValue(merged, JobConfig.class).validate();
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(
          "Invalid configuration " + file + ": unknown key '" + e.getPropertyName()
              + "'; known keys are " + e.getKnownPropertyIds() + ".", e);
    } catch (JsonMappingException e) {
      String key = e.getPath().isEmpty() ? "?" : e.getPath().get(0).getFieldName();
      throw new ConfigException(
          "Invalid configuration " + file + ": key '" + key + "' has a value of the wrong type; "
              + "use a number.", e);
    } catch (IOException e) {
      throw new ConfigException("Invalid configuration " + file + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
