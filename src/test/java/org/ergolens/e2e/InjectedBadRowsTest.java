package org.ergolens.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.ergolens.generate.Generator;
import org.ergolens.generate.GeneratorSpec;
import org.ergolens.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's bad rows of every reason are rejected for exactly that reason. */
class InjectedBadRowsTest {
  @TempDir Path dir;

  @Test
  void everyInjectedRowIsRejectedForItsReasonAndCountsReconcile() throws Exception {
    Path in = dir.resolve("org");
    new Generator(
            GeneratorSpec.defaults().withSeed(3).withRespondents(1500).withInjectBadRows(true))
        .generate(in);
    CliRun run =
        CliRun.run(
            "monthly",
            "--input",
            in.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--month",
            "2026-10");
    assertEquals(0, run.exitCode(), run.err());
    ObjectMapper json = new ObjectMapper();
    JsonNode expected = json.readTree(in.resolve(Generator.EXPECTED_REJECTS_FILE).toFile());
    JsonNode datasets =
        json.readTree(dir.resolve("out/month=2026-10/manifest.json").toFile()).get("datasets");
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode actual = datasets.get(e.getKey());
      JsonNode byReason = actual.get("rejected_by_reason");
      e.getValue()
          .fields()
          .forEachRemaining(
              r ->
                  assertEquals(
                      r.getValue().asLong(),
                      byReason.path(r.getKey()).asLong(),
                      e.getKey() + " " + r.getKey()));
      long other = 0;
      for (Iterator<String> names = byReason.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!e.getValue().has(name)) {
          assertEquals("unmatched_respondent", name, "no unexpected reason in " + e.getKey());
          other += byReason.get(name).asLong();
        }
      }
      long rejected = actual.get("rows_rejected").asLong();
      assertEquals(rejected, sum(e.getValue()) + other, e.getKey() + " rejected");
      assertEquals(
          actual.get("rows_read").asLong(),
          actual.get("rows_accepted").asLong() + rejected,
          e.getKey() + " reconciles");
    }
  }

  private static long sum(JsonNode counts) {
    long s = 0;
    for (JsonNode n : counts) {
      s += n.asLong();
    }
    return s;
  }
}
