package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;
import org.ergolens.model.Factor;
import org.junit.jupiter.api.Test;

/**
 * Random organisations end to end: roll up, build the units × levels tables of several factors with
 * their unit totals, level totals and organisation total, suppress respondent counts and two
 * counted attributes (an outcome's cases and red flags), and let {@link DisclosureChecker} try
 * every subtraction. Nothing suppressed may be recoverable and nothing published may describe fewer
 * than k respondents.
 */
class SuppressionPropertyTest {

  private static final int RUNS = 300;

  private int published;
  private int publishable;
  private int primaryOnlyLeaks;
  private int attributeDisclosures;
  private int complements;

  @Test
  void randomOrganisationsLeakNothing() {
    Random random = new Random(6_2026_10L);
    int tested = 0;
    for (int run = 0; run < RUNS; run++) {
      MinGroupSize k = MinGroupSize.of(3 + random.nextInt(5));
      RollUpResult units = randomUnits(random, k);
      if (!units.departmentLevelPublishable() || units.units().isEmpty()) {
        continue;
      }
      tested++;
      Survey survey = Survey.random(random, units);
      String context = "run " + run + " k=" + k.value() + " units=" + units.units().keySet();
      TableStructure table = survey.table();

      Map<String, Long> respondents = new TreeMap<>();
      table.cells().forEach(c -> respondents.put(c.id(), c.size()));
      check(table, respondents, PrimarySuppression.belowMinGroupSize(table, k), k, context);

      for (int attribute = 0; attribute < 2; attribute++) {
        Map<String, Long> counts = survey.counts(attribute);
        Map<String, SuppressionReason> primary = AttributeDisclosure.primary(table, counts, k);
        SuppressionResult r = check(table, counts, primary, k, context + " attribute " + attribute);
        for (Cell cell : table.cells()) {
          if (AttributeDisclosure.discloses(counts.get(cell.id()), cell.size())) {
            assertTrue(r.isSuppressed(cell.id()), context + " all-cases cell " + cell.id());
            if (k.admits(cell.size())) {
              attributeDisclosures++;
              assertEquals(
                  SuppressionReason.ATTRIBUTE_DISCLOSURE, r.reasons().get(cell.id()), context);
            }
          }
        }
      }
      // Primary cells anywhere (as attribute disclosure can put them): shapes that next-smallest
      // complements rarely form, where one-suppressed-cell-per-sum rules fail.
      Map<String, SuppressionReason> scattered =
          new TreeMap<>(PrimarySuppression.belowMinGroupSize(table, k));
      double density = 0.02 + 0.25 * random.nextDouble();
      for (Cell cell : table.cells()) {
        if (random.nextDouble() < density) {
          scattered.putIfAbsent(cell.id(), SuppressionReason.ATTRIBUTE_DISCLOSURE);
        }
      }
      check(table, respondents, scattered, k, context + " scattered");
    }
    assertTrue(tested > RUNS / 3, "many organisations publish department tables: " + tested);
    assertTrue(primaryOnlyLeaks > tested, "without complements the checker finds leaks");
    assertTrue(attributeDisclosures > 50, "attribute disclosure is exercised");
    assertTrue(complements > tested, "complementary suppression is exercised");
    assertTrue(
        // Empty groups are known to be zero, so they cannot serve as complements: real protection
        // costs more cells than it would if they could.
        published > publishable * 0.4,
        "most cells of k or more stay published: " + published + " of " + publishable);
  }

  private SuppressionResult check(
      TableStructure table,
      Map<String, Long> values,
      Map<String, SuppressionReason> primary,
      MinGroupSize k,
      String context) {
    // The checker must see through primary suppression alone, and recover the true values.
    List<RecoveredCell> naive =
        DisclosureChecker.recoverable(table, published(values, primary), primary.keySet());
    for (RecoveredCell leak : naive) {
      assertEquals(new BigFraction(values.get(leak.cellId())), leak.value(), context);
    }
    primaryOnlyLeaks += naive.size();

    SuppressionResult r = ComplementarySuppressor.suppress(table, primary);
    primary.forEach(
        (id, reason) -> assertEquals(reason, r.reasons().get(id), context + " keeps " + id));
    assertEquals(
        List.of(),
        DisclosureChecker.publishedBelowMin(table, r.suppressed(), k),
        context + " published below k");
    assertEquals(
        List.of(),
        DisclosureChecker.recoverable(table, r.published(values), r.suppressed()),
        context + " recoverable after suppression " + r.reasons());
    for (Cell cell : table.cells()) {
      if (k.admits(cell.size())) {
        publishable++;
        published += r.isSuppressed(cell.id()) ? 0 : 1;
      }
      if (r.reason(cell.id()).orElse(null) == SuppressionReason.COMPLEMENTARY) {
        complements++;
        assertTrue(k.admits(cell.size()), context + " complements are cells of k or more");
      }
    }
    return r;
  }

  private static Map<String, Long> published(
      Map<String, Long> values, Map<String, SuppressionReason> suppressed) {
    return new SuppressionResult(suppressed).published(values);
  }

  private static RollUpResult randomUnits(Random random, MinGroupSize k) {
    if (random.nextInt(3) > 0) {
      RollUpPropertyTest.Organisation org =
          RollUpPropertyTest.Organisation.random(random, k.value());
      return RollUp.of(k).apply(org.tree(), org.counts());
    }
    Map<String, Long> counts = new TreeMap<>();
    int n = 1 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      counts.put("d" + i, (long) random.nextInt(random.nextBoolean() ? k.value() : 6 * k.value()));
    }
    return RollUp.of(k).apply(counts);
  }

  /**
   * Respondents of each unit drawn one by one: a level per factor from a unit-specific skewed
   * distribution (some levels empty), an outcome and a red flag with a unit-specific prevalence
   * that is sometimes 0 or 1.
   */
  record Survey(List<String> units, List<Factor> factors, long[][][] sizes, long[][][][] counts) {

    static Survey random(Random random, RollUpResult rollUp) {
      List<String> units = new ArrayList<>(rollUp.units().keySet());
      List<Factor> factors = new ArrayList<>(Arrays.asList(Factor.values()));
      java.util.Collections.shuffle(factors, random);
      factors = factors.subList(0, 2 + random.nextInt(2));
      long[][][] sizes = new long[factors.size()][units.size()][];
      long[][][][] counts = new long[2][factors.size()][units.size()][];
      for (int u = 0; u < units.size(); u++) {
        double[][] weights = new double[factors.size()][];
        for (int f = 0; f < factors.size(); f++) {
          int columns = columns(factors.get(f)).size();
          weights[f] = skewed(random, columns);
          sizes[f][u] = new long[columns];
          counts[0][f][u] = new long[columns];
          counts[1][f][u] = new long[columns];
        }
        double[] prevalence = {prevalence(random), prevalence(random)};
        long n = rollUp.units().get(units.get(u)).respondents();
        for (long i = 0; i < n; i++) {
          boolean[] has = {
            random.nextDouble() < prevalence[0], random.nextDouble() < prevalence[1]
          };
          for (int f = 0; f < factors.size(); f++) {
            int level = draw(random, weights[f]);
            sizes[f][u][level]++;
            for (int a = 0; a < 2; a++) {
              counts[a][f][u][level] += has[a] ? 1 : 0;
            }
          }
        }
      }
      return new Survey(units, factors, sizes, counts);
    }

    TableStructure table() {
      TableStructure.Builder b = TableStructure.builder();
      for (int f = 0; f < factors.size(); f++) {
        b.twoWay(factors.get(f).id(), units, columns(factors.get(f)), sizes[f]);
      }
      return b.build();
    }

    /** Every cell's count of attribute {@code a}: interior cells and all the margins. */
    Map<String, Long> counts(int a) {
      Map<String, Long> values = new TreeMap<>();
      long grand = 0;
      for (int f = 0; f < factors.size(); f++) {
        String table = factors.get(f).id();
        List<String> columns = columns(factors.get(f));
        long[] columnTotals = new long[columns.size()];
        grand = 0;
        for (int u = 0; u < units.size(); u++) {
          long row = 0;
          for (int c = 0; c < columns.size(); c++) {
            long v = counts[a][f][u][c];
            values.put(CellIds.cell(table, units.get(u), columns.get(c)), v);
            row += v;
            columnTotals[c] += v;
          }
          values.put(CellIds.rowTotal(units.get(u)), row);
          grand += row;
        }
        for (int c = 0; c < columns.size(); c++) {
          values.put(CellIds.columnTotal(table, columns.get(c)), columnTotals[c]);
        }
      }
      values.put(CellIds.GRAND_TOTAL, grand);
      return values;
    }

    /** The factor's levels, plus a column for respondents without one when it is optional. */
    static List<String> columns(Factor factor) {
      List<String> columns = new ArrayList<>(factor.levels());
      if (factor.optional()) {
        columns.add("missing");
      }
      return columns;
    }

    private static double[] skewed(Random random, int n) {
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = random.nextInt(4) == 0 ? 0 : Math.pow(random.nextDouble(), 2);
      }
      w[random.nextInt(n)] += 0.05; // never all zero
      return w;
    }

    private static int draw(Random random, double[] weights) {
      double x = random.nextDouble() * Arrays.stream(weights).sum();
      for (int i = 0; i < weights.length; i++) {
        x -= weights[i];
        if (x < 0 && weights[i] > 0) {
          return i;
        }
      }
      for (int i = weights.length - 1; ; i--) {
        if (weights[i] > 0) {
          return i;
        }
      }
    }

    private static double prevalence(Random random) {
      return switch (random.nextInt(7)) {
        case 0 -> 1.0;
        case 1 -> 0.0;
        case 2 -> 0.95;
        default -> random.nextDouble();
      };
    }
  }
}
