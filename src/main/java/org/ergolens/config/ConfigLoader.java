package org.ergolens.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Reads a job configuration file (JSON). Keys left out keep the contract's defaults; unknown keys
 * and ill-typed values are refused with a message naming the key. The file is read through Hadoop's
 * FileSystem, so it can be a local path or any URI the cluster can read ({@code file:}, {@code
 * hdfs:}, {@code s3a:}, {@code abfss:}); on a cluster in cluster deploy mode a local file of the
 * submitting machine does not exist where the driver runs, so ship it ({@code jobs/submit} does,
 * with {@code --files}) or give a URI.
 */
public final class ConfigLoader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private ConfigLoader() {}

  /**
   * The defaults when {@code file} is null, otherwise the file over the defaults, validated.
   *
   * @param file a local path or a Hadoop URI
   * @param hadoopConf the Hadoop configuration for the file's file system (credentials etc.)
   */
  public static JobConfig load(String file, Configuration hadoopConf) {
    if (file == null) {
      return JobConfig.defaults().validate();
    }
    JsonNode given;
    try {
      given = MAPPER.readTree(read(file, hadoopConf));
    } catch (FileNotFoundException e) {
      throw new ConfigException("Cannot read configuration " + file + ": no such file.", e);
    } catch (IOException | IllegalArgumentException e) {
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
          "Invalid configuration "
              + file
              + ": unknown key '"
              + keyPath(e)
              + "'; known keys are "
              + new java.util.TreeSet<>(
                  e.getKnownPropertyIds().stream().map(String::valueOf).toList())
              + ".",
          e);
    } catch (JsonMappingException e) {
      String key = keyPath(e);
      throw new ConfigException(
          "Invalid configuration "
              + file
              + ": key '"
              + key
              + "' has a value of the wrong type; use "
              + (key.startsWith("interventions")
                  ? "a list of objects with department, factor, level, start and description"
                  : "a number")
              + ".",
          e);
    } catch (IOException e) {
      throw new ConfigException(
          "Invalid configuration " + file + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static String read(String file, Configuration hadoopConf) throws IOException {
    Path path = new Path(file);
    try (InputStream in = path.getFileSystem(hadoopConf).open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The key a mapping error is about, e.g. {@code interventions[0].start}. */
  private static String keyPath(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.isEmpty() ? "?" : sb.toString();
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
