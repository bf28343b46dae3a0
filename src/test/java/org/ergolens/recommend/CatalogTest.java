package org.ergolens.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped catalog: what it covers, how it is worded, and what the loader refuses. */
class CatalogTest {
  static final Catalog CATALOG = Catalog.standard();

  static CatalogEntry entry(String id) {
    return CATALOG.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  static String words(String id) {
    CatalogEntry e = entry(id);
    return (e.title() + " " + e.text()).toLowerCase(Locale.ROOT);
  }

  @Test
  void coversEveryKindOfActionTheGuidanceNames() {
    assertContains(
        words("laptop-stand"), "laptop stand", "keyboard", "at or slightly below eye level");
    assertContains(words("monitor-height"), "at or slightly below eye level", "monitor arm");
    assertContains(words("lumbar-support"), "lumbar support");
    assertContains(words("regular-breaks"), "stretch", "change position");
    assertContains(words("less-sitting"), "seated without a pause");
    assertContains(words("sit-stand-desks"), "sit-stand");
    assertContains(
        words("activity-programme"),
        "pilates",
        "yoga",
        "back, shoulder and core",
        "start with easy sessions");
    assertContains(words("exercise-access"), "swimming", "build up");
    assertContains(
        words("self-care-education"), "warm or cold", "gentle stretches", "water", "sleep");
    assertContains(
        words("professional-care"),
        "physiotherapy",
        "massage",
        "licensed chiropractor",
        "musculoskeletal specialist");
    assertContains(
        words("red-flag-referral"),
        "more than a few days",
        "numbness or tingling in the hands or arms",
        "health professional");
  }

  @Test
  void everyTriggerKindAndAudienceIsUsed() {
    assertEquals(7, count(Trigger.Exposure.class));
    assertEquals(3, count(Trigger.RaisedDiscomfort.class));
    assertEquals(1, count(Trigger.RedFlags.class));
    Set<Audience> audiences =
        CATALOG.entries().stream()
            .map(CatalogEntry::audience)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Audience.class)));
    assertEquals(EnumSet.allOf(Audience.class), audiences);
  }

  @Test
  void everyEntryNamesItsSourcesAndAddressesGroupsNotIndividuals() {
    for (CatalogEntry e : CATALOG.entries()) {
      assertTrue(
          e.evidence().contains("guidance")
              || e.evidence().contains("ISO 9241-5")
              || e.evidence().contains("90/270/EEC"),
          e.id() + " names a source");
      String text = " " + e.text().toLowerCase(Locale.ROOT) + " ";
      for (String personal : List.of(" you ", " your ", "diagnos", " you'")) {
        assertTrue(!text.contains(personal), e.id() + " speaks to a group: " + personal);
      }
    }
  }

  @Test
  void refusesAnEntryThatNamesAnUnknownFactor() {
    assertRefused(
        exposure("posture", "bad", "neck"), "Catalog entry x needs a known factor, not posture");
  }

  @Test
  void refusesTheReferenceLevelAsAnExposure() {
    assertRefused(
        exposure("monitor_position", "at_eye_level", "neck"),
        "Catalog entry x needs non-reference levels of monitor_position, not at_eye_level");
  }

  @Test
  void refusesAnUnknownOutcome() {
    assertRefused(
        exposure("monitor_position", "laptop_only", "toes"),
        "Catalog entry x needs a known outcome, not toes");
  }

  @Test
  void refusesDuplicateIdsAndMissingText() {
    String twice =
        "{\"entries\": ["
            + entryJson("x", "\"t\"", "{\"type\": \"red_flag\"}")
            + ", "
            + entryJson("x", "\"t\"", "{\"type\": \"red_flag\"}")
            + "]}";
    assertRefused(twice, "Catalog entry x needs an id of its own");
    assertRefused(
        "{\"entries\": [" + entryJson("x", "\" \"", "{\"type\": \"red_flag\"}") + "]}",
        "Catalog entry x needs a title, a text and evidence");
  }

  @Test
  void refusesUnknownKeys() {
    String json = "{\"entries\": [], \"extra\": 1}";
    assertThrows(
        JsonMappingException.class,
        () -> Catalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }

  private static long count(Class<? extends Trigger> kind) {
    return CATALOG.entries().stream().filter(e -> kind.isInstance(e.trigger())).count();
  }

  private static void assertContains(String text, String... parts) {
    for (String p : parts) {
      assertTrue(text.contains(p), "'" + p + "' in: " + text);
    }
  }

  private static String exposure(String factor, String level, String outcome) {
    String trigger =
        "{\"type\": \"factor\", \"factor\": \""
            + factor
            + "\", \"levels\": [{\"level\":"
            + " \""
            + level
            + "\", \"describes\": \"d\"}], \"outcome\": \""
            + outcome
            + "\","
            + " \"compared_with\": \"c\"}";
    return "{\"entries\": [" + entryJson("x", "\"t\"", trigger) + "]}";
  }

  private static String entryJson(String id, String title, String trigger) {
    return "{\"id\": \""
        + id
        + "\", \"title\": "
        + title
        + ", \"text\": \"t\", \"trigger\": "
        + trigger
        + ", \"evidence\": \"e\", \"audience\": \"hr\"}";
  }

  private static void assertRefused(String json, String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Catalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertEquals(message, e.getMessage());
  }
}
