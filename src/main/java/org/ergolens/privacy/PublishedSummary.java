package org.ergolens.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.model.Participation;

/**
 * A row of {@code department_summary}, or the organisation's totals, as the report publishes them:
 * a reporting unit's respondents, cases per outcome, respondents per factor level, red flags and
 * participation. Only {@link PublicationPolicy} makes these. A withheld count is null, and so is
 * every share or prevalence computed from it. Immutable.
 */
public final class PublishedSummary {
  private final String department;
  private final String name;
  private final List<String> rolledUp;
  private final Long respondents;
  private final Map<Outcome, Long> cases;
  private final Map<String, Long> levels;
  private final Map<Factor, Long> known;
  private final Long redFlags;
  private final Suppression suppression;
  private final RowKind kind;
  private final boolean headsUnits;
  private final Participation participation;

  /**
   * @param department the reporting unit's id, or null for the organisation
   * @param name its display name, or null
   * @param rolledUp ids of the departments folded into the unit
   * @param respondents respondents in the unit, or null
   * @param cases cases per outcome; a value is null when withheld
   * @param levels respondents per factor level ({@link #levelKey}); a value is null when withheld
   * @param known respondents with a known level per factor, where every count it is derived from is
   *     published; else null
   * @param redFlags respondents with a red flag, or null
   * @param suppression what is withheld and why
   */
  PublishedSummary(
      String department,
      String name,
      List<String> rolledUp,
      Long respondents,
      Map<Outcome, Long> cases,
      Map<String, Long> levels,
      Map<Factor, Long> known,
      Long redFlags,
      Suppression suppression) {
    this(
        department,
        name,
        rolledUp,
        respondents,
        cases,
        levels,
        known,
        redFlags,
        suppression,
        RowKind.UNIT,
        false);
  }

  /**
   * As above, for a row of the given kind; a {@link RowKind#SUBTREE} row's {@code department} is
   * its head unit's id and {@code rolledUp} lists every other department it covers. {@code
   * headsUnits}: other units lie below this one (a unit row then holds only a parent department's
   * own people and those folded into it).
   */
  PublishedSummary(
      String department,
      String name,
      List<String> rolledUp,
      Long respondents,
      Map<Outcome, Long> cases,
      Map<String, Long> levels,
      Map<Factor, Long> known,
      Long redFlags,
      Suppression suppression,
      RowKind kind,
      boolean headsUnits) {
    this(
        department,
        name,
        rolledUp,
        respondents,
        cases,
        levels,
        known,
        redFlags,
        suppression,
        kind,
        headsUnits,
        Participation.notGiven());
  }

  private PublishedSummary(
      String department,
      String name,
      List<String> rolledUp,
      Long respondents,
      Map<Outcome, Long> cases,
      Map<String, Long> levels,
      Map<Factor, Long> known,
      Long redFlags,
      Suppression suppression,
      RowKind kind,
      boolean headsUnits,
      Participation participation) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.headsUnits = headsUnits;
    this.department = department;
    this.name = name;
    this.rolledUp = List.copyOf(rolledUp);
    this.respondents = respondents;
    this.cases = Collections.unmodifiableMap(copy(cases, Outcome.class));
    this.levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    this.known = Collections.unmodifiableMap(copy(known, Factor.class));
    this.redFlags = redFlags;
    this.suppression = Objects.requireNonNull(suppression, "suppression");
    this.participation =
        respondents == null
            ? Participation.withheld()
            : Objects.requireNonNull(participation, "participation");
  }

  /**
   * The same row with its participation; withheld, whatever is given, when the respondent count is
   * (a rate or headcount beside a withheld count would give it away).
   */
  PublishedSummary withParticipation(Participation p) {
    return new PublishedSummary(
        department,
        name,
        rolledUp,
        respondents,
        cases,
        levels,
        known,
        redFlags,
        suppression,
        kind,
        headsUnits,
        p);
  }

  private static <K extends Enum<K>> Map<K, Long> copy(Map<K, Long> m, Class<K> type) {
    Map<K, Long> out = new EnumMap<>(type);
    out.putAll(m);
    return out;
  }

  /** The key of a factor level in {@code levels}: {@code monitor_position_laptop_only}. */
  static String levelKey(Factor f, String level) {
    return f.id() + "_" + level;
  }

  /** The reporting unit's id; null for the organisation. */
  public String department() {
    return department;
  }

  /** Its display name, or null. */
  public String name() {
    return name;
  }

  /** Whether the row is a reporting unit or a subtree (a unit with every unit below it). */
  public RowKind kind() {
    return kind;
  }

  /**
   * Whether other units lie below this one: its unit row holds only a parent department's own
   * people (and those folded into it), and a subtree row sums it with those below.
   */
  public boolean headsUnits() {
    return headsUnits;
  }

  /**
   * The departments folded into the unit; for a subtree row, every department it covers other than
   * its head.
   */
  public List<String> rolledUp() {
    return rolledUp;
  }

  /** Respondents, or null when withheld. */
  public Long respondents() {
    return respondents;
  }

  /** Cases of an outcome, or null when withheld. */
  public Long cases(Outcome o) {
    return cases.get(o);
  }

  /** Respondents at a level of a factor, or null when withheld or the factor is not analysed. */
  public Long respondentsAt(Factor f, String level) {
    return levels.get(levelKey(f, level));
  }

  /** Respondents with a red flag, or null when withheld. */
  public Long redFlags() {
    return redFlags;
  }

  /** Headcount, response rate and its level, or why they are not shown. */
  public Participation participation() {
    return participation;
  }

  public Suppression suppression() {
    return suppression;
  }

  /** Whether any value of the row is withheld. */
  public boolean suppressed() {
    return suppression.suppressed();
  }

  /** The {@code suppression_reason} column, or null. */
  public String suppressionReason() {
    return suppression.reason();
  }

  /** Cases over respondents, or null when either is withheld or there are no respondents. */
  public Double prevalence(Outcome o) {
    Long c = cases(o);
    return c == null || respondents == null || respondents == 0 ? null : (double) c / respondents;
  }

  /** A level's share of the respondents with a known level of its factor, or null. */
  public Double share(Factor f, String level) {
    Long count = respondentsAt(f, level);
    Long denominator = known.get(f);
    return count == null || denominator == null || denominator == 0
        ? null
        : (double) count / denominator;
  }

  /** Red flags over respondents, or null. */
  public Double redFlagShare() {
    return redFlags == null || respondents == null || respondents == 0
        ? null
        : (double) redFlags / respondents;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublishedSummary s
        && Objects.equals(department, s.department)
        && Objects.equals(name, s.name)
        && rolledUp.equals(s.rolledUp)
        && Objects.equals(respondents, s.respondents)
        && cases.equals(s.cases)
        && levels.equals(s.levels)
        && known.equals(s.known)
        && Objects.equals(redFlags, s.redFlags)
        && suppression.equals(s.suppression)
        && kind == s.kind
        && headsUnits == s.headsUnits
        && participation.equals(s.participation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(department, kind, respondents, cases, levels, redFlags, suppression);
  }

  @Override
  public String toString() {
    return "PublishedSummary["
        + (department == null ? "organisation" : department)
        + (kind == RowKind.SUBTREE ? " subtree" : "")
        + " respondents="
        + respondents
        + " cases="
        + cases
        + " redFlags="
        + redFlags
        + (suppressed() ? " withheld: " + suppression.reason() : "")
        + "]";
  }
}
