package org.ergolens.recommend;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;

/**
 * The recommendation catalog: every action ErgoLens can recommend, with its trigger and evidence,
 * kept as data in {@value #RESOURCE} (written in the project's own words from the health guidance
 * and the workstation standards it names). Entries keep their catalog order, which breaks ties in
 * the ranking.
 *
 * @param entries the actions, in catalog order
 */
public record Catalog(List<CatalogEntry> entries) {
  /** The classpath resource of the standard catalog. */
  public static final String RESOURCE = "/org/ergolens/recommend/catalog.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** Copies the entries. */
  public Catalog {
    entries = List.copyOf(entries);
  }

  /** The catalog shipped with ErgoLens, validated. */
  public static Catalog standard() {
    try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Cannot load the recommendation catalog: " + RESOURCE + " is not on the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load the recommendation catalog " + RESOURCE, e);
    }
  }

  /** Reads and validates a catalog in the format of {@value #RESOURCE}. */
  public static Catalog read(InputStream json) throws IOException {
    return MAPPER.readValue(json, Catalog.class).validate();
  }

  /**
   * Checks that ids are unique, every text is there, and triggers name known factors, non-reference
   * levels and outcomes.
   *
   * @throws IllegalArgumentException naming the entry and what is wrong
   */
  public Catalog validate() {
    Set<String> ids = new HashSet<>();
    for (CatalogEntry e : entries) {
      require(e.id() != null && e.id().matches("[a-z0-9-]+"), e, "an id of a-z, 0-9 and '-'");
      require(ids.add(e.id()), e, "an id of its own");
      for (String text : new String[] {e.title(), e.text(), e.evidence()}) {
        require(text != null && !text.isBlank(), e, "a title, a text and evidence");
      }
      require(e.audience() != null, e, "an audience");
      require(e.trigger() != null, e, "a trigger");
      if (e.trigger() instanceof Trigger.Exposure t) {
        validate(e, t);
      } else if (e.trigger() instanceof Trigger.RaisedDiscomfort t) {
        require(!t.outcomes().isEmpty(), e, "at least one outcome");
        t.outcomes().forEach(o -> require(isOutcome(o), e, "known outcomes, not " + o));
      }
    }
    return this;
  }

  private static void validate(CatalogEntry e, Trigger.Exposure t) {
    Factor f;
    try {
      f = Factor.byId(Objects.requireNonNull(t.factor()));
    } catch (RuntimeException x) {
      throw new IllegalArgumentException(
          "Catalog entry " + e.id() + " needs a known factor, not " + t.factor(), x);
    }
    require(!t.levels().isEmpty(), e, "at least one level");
    Set<String> seen = new HashSet<>();
    for (Trigger.ExposedLevel l : t.levels()) {
      require(
          f.levels().contains(l.level()) && !f.reference().equals(l.level()),
          e,
          "non-reference levels of " + f.id() + ", not " + l.level());
      require(seen.add(l.level()), e, "each level once");
      require(l.describes() != null && !l.describes().isBlank(), e, "a description per level");
    }
    require(isOutcome(t.outcome()), e, "a known outcome, not " + t.outcome());
    require(t.comparedWith() != null && !t.comparedWith().isBlank(), e, "compared_with");
  }

  private static boolean isOutcome(String id) {
    for (Outcome o : Outcome.values()) {
      if (o.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static void require(boolean ok, CatalogEntry e, String what) {
    if (!ok) {
      throw new IllegalArgumentException(
          "Catalog entry " + (e.id() == null ? "(no id)" : e.id()) + " needs " + what);
    }
  }
}
