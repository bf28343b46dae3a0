package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Random organisations checked against the contract's roll-up rule restated recursively (top-down
 * here, bottom-up in {@link RollUp}), plus the partition invariants.
 */
class RollUpPropertyTest {

  @Test
  void randomTreesFollowTheContract() {
    Random random = new Random(20261001L);
    int blocked = 0;
    int folded = 0;
    for (int run = 0; run < 400; run++) {
      MinGroupSize k = MinGroupSize.of(3 + random.nextInt(5));
      Organisation org = Organisation.random(random, k.value());
      RollUpResult r = RollUp.of(k).apply(org.tree(), org.counts());
      String context = "run " + run + " k=" + k.value() + " " + org;

      Map<String, Long> unitSize = new HashMap<>();
      for (String d : org.tree().departments()) {
        unitSize(d, org, k, unitSize);
      }
      for (String d : org.tree().departments()) {
        long own = org.counts().getOrDefault(d, 0L);
        String expectedUnit = unitOf(d, org.tree(), k, unitSize);
        if (own > 0) {
          assertEquals(expectedUnit, r.unitByDepartment().get(d), context + " unit of " + d);
          if (!expectedUnit.equals(d)) {
            folded++;
            assertTrue(r.units().get(expectedUnit).rolledUp().contains(d), context + " lists " + d);
          }
        } else {
          assertTrue(r.unitOf(d).isEmpty(), context + " empty " + d + " is in no unit");
        }
        boolean isUnit = unitSize.get(d) > 0 && expectedUnit.equals(d);
        assertEquals(isUnit, r.units().containsKey(d), context + " unit " + d);
        if (isUnit) {
          assertEquals(unitSize.get(d), r.units().get(d).respondents(), context + " size " + d);
        }
      }
      assertPartition(r, org.counts(), context);
      boolean rootBelow =
          org.tree().roots().stream()
              .anyMatch(x -> unitSize.get(x) > 0 && !k.admits(unitSize.get(x)));
      assertEquals(!rootBelow, r.departmentLevelPublishable(), context);
      blocked += rootBelow ? 1 : 0;
    }
    assertTrue(blocked > 10 && folded > 100, "the generator exercises blocking and folding");
  }

  @Test
  void randomFlatOrganisationsPoolIntoOther() {
    Random random = new Random(77L);
    for (int run = 0; run < 400; run++) {
      MinGroupSize k = MinGroupSize.of(3 + random.nextInt(5));
      Map<String, Long> counts = new TreeMap<>();
      int n = 1 + random.nextInt(8);
      for (int i = 0; i < n; i++) {
        String id = random.nextInt(10) == 0 ? "other" : "d" + random.nextInt(20);
        counts.put(
            id, (long) (random.nextBoolean() ? random.nextInt(k.value()) : random.nextInt(30)));
      }
      RollUpResult r = RollUp.of(k).apply(counts);
      String context = "run " + run + " k=" + k.value() + " " + counts;
      assertPartition(r, counts, context);
      for (ReportingUnit u : r.units().values()) {
        if (!k.admits(u.respondents())) {
          assertEquals("other", u.id(), context + " only the pool may stay small");
          assertEquals(1, r.units().size(), context + " and only when nothing can take it");
        }
      }
      counts.forEach(
          (d, c) -> {
            if (c > 0 && k.admits(c) && !d.equals("other")) {
              assertTrue(r.units().containsKey(d), context + " " + d + " meets k and stays");
            }
          });
      assertEquals(r.unitsBelowMin().isEmpty(), r.departmentLevelPublishable(), context);
    }
  }

  /** Every respondent in exactly one unit; rolled_up lists exactly the non-empty folded ones. */
  private static void assertPartition(RollUpResult r, Map<String, Long> counts, String context) {
    Map<String, Long> byUnit = new TreeMap<>();
    Map<String, List<String>> listed = new TreeMap<>();
    counts.forEach(
        (d, c) -> {
          if (c > 0) {
            String unit = r.unitByDepartment().get(d);
            byUnit.merge(unit, c, Long::sum);
            if (!unit.equals(d)) {
              listed.computeIfAbsent(unit, u -> new ArrayList<>()).add(d);
            }
          }
        });
    Map<String, Long> reported = new TreeMap<>();
    r.units().forEach((id, u) -> reported.put(id, u.respondents()));
    assertEquals(byUnit, reported, context + " units partition the respondents");
    r.units()
        .forEach(
            (id, u) -> {
              List<String> expected = listed.getOrDefault(id, List.of()).stream().sorted().toList();
              assertEquals(expected, u.rolledUp(), context + " rolled_up of " + id);
            });
  }

  /** The contract restated: own respondents plus every child's unit that is below k. */
  private static long unitSize(String d, Organisation org, MinGroupSize k, Map<String, Long> memo) {
    Long known = memo.get(d);
    if (known != null) {
      return known;
    }
    long size = org.counts().getOrDefault(d, 0L);
    for (String child : org.children(d)) {
      long childSize = unitSize(child, org, k, memo);
      if (!k.admits(childSize)) {
        size += childSize;
      }
    }
    memo.put(d, size);
    return size;
  }

  private static String unitOf(
      String d, DepartmentTree tree, MinGroupSize k, Map<String, Long> unitSize) {
    String current = d;
    while (!tree.isRoot(current) && !k.admits(unitSize.get(current))) {
      current = tree.parent(current).orElseThrow();
    }
    return current;
  }

  /** A random forest with many small and empty departments. */
  record Organisation(DepartmentTree tree, Map<String, Long> counts) {

    static Organisation random(Random random, int k) {
      int n = 1 + random.nextInt(25);
      DepartmentTree.Builder b = DepartmentTree.builder();
      Map<String, Long> counts = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        String id = "d" + i;
        boolean root = i == 0 || random.nextInt(8) == 0;
        // parents among the previous departments; a bias to the last ones makes deep chains
        int parent = root ? -1 : Math.max(0, i - 1 - random.nextInt(Math.min(i, 3)));
        b.add(id, root ? null : "d" + parent);
        long count =
            switch (random.nextInt(4)) {
              case 0 -> 0;
              case 1, 2 -> random.nextInt(k);
              default -> random.nextInt(4 * k);
            };
        if (count > 0 || random.nextBoolean()) {
          counts.put(id, count);
        }
      }
      return new Organisation(b.build(), counts);
    }

    List<String> children(String d) {
      return tree.departments().stream()
          .filter(c -> tree.parent(c).map(d::equals).orElse(false))
          .toList();
    }
  }
}
