package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.ergolens.analysis.MonthlyAnalysis;
import org.ergolens.model.CovariatePattern;
import org.ergolens.model.EffectId;
import org.ergolens.model.Factor;
import org.ergolens.model.Organisation;
import org.ergolens.model.Outcome;
import org.ergolens.model.Scope;
import org.ergolens.stats.TwoByTwo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attacks the published outputs of many random organisations: every number the department summary
 * (unit and subtree rows), the factor effects and the organisation totals publish goes into one
 * linear system of the sums a reader knows (levels add up to a unit, units to the organisation and
 * to each subtree), and an exact solver tries every subtraction. No withheld count of a non-empty
 * group may be recovered, and no published count may describe fewer than k respondents; with {@code
 * min_cell_count} m on, no published or recoverable count of cases lies from 1 to m - 1 either.
 */
class PublishedOutputsAttackTest {
  private static final MinGroupSize K = MinGroupSize.of(5);
  private static final String MISSING = "(missing)";

  @ParameterizedTest(name = "min_cell_count {0}")
  @ValueSource(ints = {0, 5})
  void nothingWithheldCanBeRecoveredFromWhatIsPublished(int minCellCount) {
    MinCellCount m = MinCellCount.of(minCellCount);
    int organisations = 0;
    int withheldChecked = 0;
    int subtreeRows = 0;
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Set<Factor> factors =
          rnd.nextBoolean()
              ? EnumSet.allOf(Factor.class)
              : EnumSet.of(
                  Factor.SITTING_BAND,
                  Factor.MONITOR_POSITION,
                  Factor.LUMBAR_SUPPORT,
                  Factor.BREAK_FREQUENCY);
      List<CovariatePattern> patterns = randomOrganisation(rnd, factors);
      Organisation org = rnd.nextBoolean() ? randomTree(patterns, rnd) : Organisation.none();
      Publication publication = publish(patterns, factors, org, m);
      withheldChecked += attack(publication, factors, m, "seed " + seed);
      subtreeRows += publication.published().subtrees().size();
      organisations++;
    }
    assertEquals(40, organisations);
    assertTrue(withheldChecked > 100, "the attack saw withheld cells: " + withheldChecked);
    assertTrue(subtreeRows > 10, "the attack saw subtree rows: " + subtreeRows);
  }

  /** The analysis the attacker may not see, and what was published from it. */
  private record Publication(MonthlyAnalysis.Result raw, PublishedMonth published) {}

  private static Publication publish(
      List<CovariatePattern> patterns, Set<Factor> factors, Organisation org, MinCellCount m) {
    Map<String, Long> sizes = new TreeMap<>();
    patterns.forEach(p -> sizes.merge(p.department(), p.respondents(), Long::sum));
    RollUp rollUp = RollUp.of(K);
    RollUpResult units;
    UnitTree unitTree = UnitTree.none();
    if (org.hasTree()) {
      Map<String, String> parents = new TreeMap<>();
      org.parents().forEach((d, p) -> parents.put(d, p.isEmpty() ? null : p));
      DepartmentTree tree = DepartmentTree.of(parents);
      units = rollUp.apply(tree, sizes);
      unitTree = UnitTree.of(tree, units);
    } else {
      units = rollUp.apply(sizes);
    }
    Map<String, List<String>> rolled = new HashMap<>();
    units.units().values().forEach(u -> rolled.put(u.id(), u.rolledUp()));
    MonthlyAnalysis.Result raw =
        MonthlyAnalysis.run(patterns, factors, org, units.unitByDepartment(), rolled);
    PublishedMonth out = new PublicationPolicy(K, m).apply(raw, units, unitTree, factors);
    if (!units.departmentLevelPublishable()) {
      out.units().forEach(u -> assertTrue(u.respondents() == null, "withheld units"));
      out.subtrees().forEach(u -> assertTrue(u.respondents() == null, "withheld subtrees"));
    }
    return new Publication(raw, out);
  }

  /** Runs the attack for respondents and each outcome; returns how many withheld cells it saw. */
  private static int attack(
      Publication publication, Set<Factor> factors, MinCellCount m, String what) {
    MonthlyAnalysis.Result r = publication.raw();
    List<String> units = new ArrayList<>(r.units().keySet());
    TableStructure.Builder b = TableStructure.builder();
    for (Factor f : factors) {
      long[][] sizes = new long[units.size()][];
      for (int u = 0; u < units.size(); u++) {
        var counts =
            org.ergolens.analysis.LevelCounts.of(r.units().get(units.get(u)).patterns(), f);
        long total = r.units().get(units.get(u)).respondents();
        sizes[u] = new long[columns(f).size()];
        for (int l = 0; l < f.levels().size(); l++) {
          sizes[u][l] = counts.respondents(l);
        }
        if (f.optional()) {
          sizes[u][f.levels().size()] = total - counts.knownRespondents();
        }
      }
      b.twoWay(f.id(), units, columns(f), sizes);
    }
    Map<String, List<String>> subtrees = coveredUnits(publication.published(), units);
    addSubtrees(b, subtrees, factors);
    TableStructure table = b.build();
    int withheld = 0;
    List<Object> attributes = new ArrayList<>();
    attributes.add(null);
    attributes.addAll(List.of(Outcome.values()));
    for (Object attribute : attributes) {
      Map<String, Long> published =
          publishedValues(publication.published(), factors, attribute, table);
      Set<String> suppressed = new HashSet<>();
      for (Cell c : table.cells()) {
        if (!published.containsKey(c.id())) {
          if (c.size() == 0) {
            published.put(c.id(), 0L); // an empty group: a reader knows it is empty
          } else {
            suppressed.add(c.id());
          }
        }
      }
      withheld += suppressed.size();
      List<RecoveredCell> leaks = DisclosureChecker.recoverable(table, published, suppressed);
      Map<String, Long> truth = withSubtrees(trueValues(r, factors, attribute), subtrees, factors);
      for (RecoveredCell leak : leaks) {
        long size = table.cell(leak.cellId()).size();
        long value = leak.value().longValue();
        assertEquals(truth.get(leak.cellId()), value, "the solver recovers true values");
        boolean sensitive =
            size < K.value() || (attribute != null && (value == size || m.withholds(value)));
        assertTrue(
            !sensitive,
            what + " " + attribute + ": recovered sensitive " + leak + " of a group of " + size);
      }
      for (var e : published.entrySet()) {
        long size = table.cell(e.getKey()).size();
        assertTrue(
            size == 0 || size >= K.value(),
            what + ": published " + e.getKey() + " describes " + size + " respondents");
        assertTrue(
            attribute == null || !m.withholds(e.getValue()),
            what + " " + attribute + ": published a small count " + e);
      }
    }
    return withheld;
  }

  /** The true count of every cell, from the unpublished analysis. */
  private static Map<String, Long> trueValues(
      MonthlyAnalysis.Result r, Set<Factor> factors, Object attribute) {
    Map<String, Long> out = new HashMap<>();
    Outcome o = attribute instanceof Outcome x ? x : null;
    for (var unit : r.units().values()) {
      long total = 0;
      for (CovariatePattern p : unit.patterns()) {
        total += o == null ? p.respondents() : p.cases(o);
      }
      out.put(CellIds.rowTotal(unit.department()), total);
      out.merge(CellIds.GRAND_TOTAL, total, Long::sum);
      for (Factor f : factors) {
        var counts = org.ergolens.analysis.LevelCounts.of(unit.patterns(), f);
        long known = 0;
        for (int l = 0; l < f.levels().size(); l++) {
          long v = o == null ? counts.respondents(l) : counts.cases(o, l);
          known += v;
          out.put(CellIds.cell(f.id(), unit.department(), f.levels().get(l)), v);
          out.merge(CellIds.columnTotal(f.id(), f.levels().get(l)), v, Long::sum);
        }
        if (f.optional()) {
          out.put(CellIds.cell(f.id(), unit.department(), MISSING), total - known);
          out.merge(CellIds.columnTotal(f.id(), MISSING), total - known, Long::sum);
        }
      }
    }
    return out;
  }

  /** Every count of an attribute that some output publishes, keyed by its cell. */
  private static Map<String, Long> publishedValues(
      PublishedMonth r, Set<Factor> factors, Object attribute, TableStructure table) {
    Map<String, Long> out = new LinkedHashMap<>();
    Outcome o = attribute instanceof Outcome x ? x : null;
    PublishedSummary org = r.organisation();
    Long orgValue = o == null ? org.respondents() : org.cases(o);
    if (orgValue != null) {
      out.put(CellIds.GRAND_TOTAL, orgValue);
    }
    for (PublishedSummary u : r.units()) {
      Long v = o == null ? u.respondents() : u.cases(o);
      if (v != null && table.contains(CellIds.rowTotal(u.department()))) {
        out.put(CellIds.rowTotal(u.department()), v);
      }
      if (o == null) {
        for (Factor f : factors) {
          for (String level : f.levels()) {
            Long n = u.respondentsAt(f, level);
            if (n != null) {
              out.put(CellIds.cell(f.id(), u.department(), level), n);
            }
          }
        }
      }
    }
    for (PublishedSummary s : r.subtrees()) {
      Long v = o == null ? s.respondents() : s.cases(o);
      if (v != null && table.contains(subtreeTotal(s.department()))) {
        out.put(subtreeTotal(s.department()), v);
      }
      for (Factor f : factors) {
        for (String level : f.levels()) {
          assertEquals(null, s.respondentsAt(f, level), "a subtree publishes no levels");
        }
      }
    }
    for (PublishedEffect effect : r.effects()) {
      EffectId e = effect.id();
      if (effect.suppressed() || (o != null && e.outcome() != o)) {
        continue;
      }
      boolean orgScope = e.scope() == Scope.ORGANIZATION;
      String factor = e.factor().id();
      String exposed =
          orgScope
              ? CellIds.columnTotal(factor, e.level())
              : CellIds.cell(factor, e.department(), e.level());
      String reference =
          orgScope
              ? CellIds.columnTotal(factor, e.referenceLevel())
              : CellIds.cell(factor, e.department(), e.referenceLevel());
      TwoByTwo t = effect.crude().orElseThrow().table();
      out.put(exposed, o == null ? t.n1() : t.a());
      out.put(reference, o == null ? t.n0() : t.c());
      if (!orgScope && o != null) {
        readerDerivedKnownCases(effect, out);
      }
    }
    return out;
  }

  /**
   * What a unit's published attribution tells a reader: with R from the organisation's row and the
   * unit's cases at the level, {@code cases / fraction} is the unit's cases with a known level of
   * the factor. That must come from a published total, and for an optional factor it gives the
   * cases of the unit's "missing" cell, which joins the attacker's published values.
   */
  private static void readerDerivedKnownCases(PublishedEffect effect, Map<String, Long> out) {
    var attribution = effect.attribution();
    if (attribution.isEmpty()
        || attribution.get().fraction() == null
        || attribution.get().fraction() == 0) {
      return; // no fraction above 0: the known cases do not follow from it
    }
    EffectId e = effect.id();
    String total = CellIds.rowTotal(e.department());
    assertTrue(out.containsKey(total), "attributable cases only with the unit's published total");
    long known = Math.round(attribution.get().cases() / attribution.get().fraction());
    if (e.factor().optional()) {
      out.put(CellIds.cell(e.factor().id(), e.department(), MISSING), out.get(total) - known);
    } else {
      assertEquals(out.get(total), known, "a required factor is known for every respondent");
    }
  }

  /**
   * What a reader makes of the subtree rows: each covers its head unit and every unit its {@code
   * rolled_up} names. The attacker writes each subtree as the flat sum of those units, in its total
   * and at every level (own cell ids, not the code's).
   */
  private static Map<String, List<String>> coveredUnits(PublishedMonth r, List<String> units) {
    Map<String, List<String>> covered = new TreeMap<>();
    for (PublishedSummary s : r.subtrees()) {
      List<String> parts = new ArrayList<>();
      parts.add(s.department());
      s.rolledUp().stream().filter(units::contains).forEach(parts::add);
      assertTrue(parts.size() > 1, "a subtree row covers more than its head: " + s);
      covered.put(s.department(), parts);
    }
    return covered;
  }

  private static void addSubtrees(
      TableStructure.Builder b, Map<String, List<String>> covered, Set<Factor> factors) {
    // Sizes come from the cells the builder already holds, via a throwaway build.
    TableStructure cells = b.build();
    covered.forEach(
        (head, units) -> {
          List<String> totals = units.stream().map(CellIds::rowTotal).toList();
          b.cell(subtreeTotal(head), sizeOf(cells, totals)).sum(subtreeTotal(head), totals);
        });
  }

  private static long sizeOf(TableStructure cells, List<String> ids) {
    return ids.stream().mapToLong(id -> cells.cell(id).size()).sum();
  }

  private static Map<String, Long> withSubtrees(
      Map<String, Long> truth, Map<String, List<String>> covered, Set<Factor> factors) {
    covered.forEach(
        (head, units) -> {
          truth.put(
              subtreeTotal(head),
              units.stream().mapToLong(u -> truth.get(CellIds.rowTotal(u))).sum());
        });
    return truth;
  }

  private static String subtreeTotal(String head) {
    return "subtree:" + head;
  }

  private static List<String> columns(Factor f) {
    List<String> c = new ArrayList<>(f.levels());
    if (f.optional()) {
      c.add(MISSING);
    }
    return c;
  }

  /** 3–10 departments of 1–60 respondents with skewed levels and outcomes. */
  private static List<CovariatePattern> randomOrganisation(
      SplittableRandom rnd, Set<Factor> factors) {
    int departments = 3 + rnd.nextInt(8);
    Map<String, CovariatePattern> byKey = new TreeMap<>();
    double[] prevalence = new double[Outcome.values().length];
    for (int o = 0; o < prevalence.length; o++) {
      prevalence[o] = new double[] {0.0, 0.05, 0.3, 0.95}[rnd.nextInt(4)];
    }
    for (int d = 0; d < departments; d++) {
      String dept = "d" + d;
      int n = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(5) : 5 + rnd.nextInt(56);
      int[] favourite = new int[Factor.values().length];
      for (Factor f : Factor.values()) {
        favourite[f.ordinal()] = rnd.nextInt(f.levels().size());
      }
      for (int i = 0; i < n; i++) {
        int[] levels = new int[Factor.values().length];
        for (Factor f : Factor.values()) {
          boolean missing = !factors.contains(f) || (f.optional() && rnd.nextInt(10) == 0);
          levels[f.ordinal()] =
              missing
                  ? Factor.MISSING
                  : rnd.nextInt(3) == 0 ? rnd.nextInt(f.levels().size()) : favourite[f.ordinal()];
        }
        long[] cases = new long[Outcome.values().length];
        boolean any = false;
        for (Outcome o : Outcome.regions()) {
          cases[o.ordinal()] = rnd.nextDouble() < prevalence[o.ordinal()] ? 1 : 0;
          any |= cases[o.ordinal()] == 1;
        }
        cases[Outcome.ANY_REGION.ordinal()] = any ? 1 : 0;
        CovariatePattern p =
            new CovariatePattern(dept, levels, 1, cases, rnd.nextInt(8) == 0 ? 1 : 0);
        byKey.merge(dept + java.util.Arrays.toString(levels), p, PublishedOutputsAttackTest::sum);
      }
    }
    return List.copyOf(byKey.values());
  }

  private static CovariatePattern sum(CovariatePattern a, CovariatePattern b) {
    long[] cases = a.cases();
    long[] other = b.cases();
    for (int i = 0; i < cases.length; i++) {
      cases[i] += other[i];
    }
    return new CovariatePattern(
        a.department(),
        a.levels(),
        a.respondents() + b.respondents(),
        cases,
        a.redFlags() + b.redFlags());
  }

  /** A random forest over the departments: some roots, the rest children of earlier ones. */
  private static Organisation randomTree(List<CovariatePattern> patterns, SplittableRandom rnd) {
    List<String> depts =
        patterns.stream().map(CovariatePattern::department).distinct().sorted().toList();
    Map<String, String> parents = new LinkedHashMap<>();
    for (int i = 0; i < depts.size(); i++) {
      parents.put(depts.get(i), i == 0 || rnd.nextInt(4) == 0 ? "" : depts.get(rnd.nextInt(i)));
    }
    return new Organisation(Map.of(), parents, true);
  }
}
