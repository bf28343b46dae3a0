package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-built organisations; {@link RollUpPropertyTest} covers random ones. */
class RollUpTest {

  private static final RollUp K5 = RollUp.of(MinGroupSize.of(5));

  private static DepartmentTree tree(String... childParentPairs) {
    DepartmentTree.Builder b = DepartmentTree.builder();
    for (int i = 0; i < childParentPairs.length; i += 2) {
      b.add(childParentPairs[i], childParentPairs[i + 1]);
    }
    return b.build();
  }

  private static Map<String, Long> counts(Object... departmentCountPairs) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < departmentCountPairs.length; i += 2) {
      m.put((String) departmentCountPairs[i], ((Number) departmentCountPairs[i + 1]).longValue());
    }
    return m;
  }

  @Test
  void deepChainFoldsUpUntilAUnitReachesK() {
    // root(10) <- a(1) <- b(1) <- c(2) <- d(3): d folds into c (5), c stays; b folds into a (2),
    // a folds into root (12).
    DepartmentTree t = tree("root", null, "a", "root", "b", "a", "c", "b", "d", "c");
    RollUpResult r = K5.apply(t, counts("root", 10, "a", 1, "b", 1, "c", 2, "d", 3));
    assertEquals(Map.of("root", 12L, "c", 5L), sizes(r));
    assertEquals(List.of("a", "b"), r.units().get("root").rolledUp());
    assertEquals(List.of("d"), r.units().get("c").rolledUp());
    assertEquals(Optional.of("c"), r.unitOf("d"));
    assertEquals(Optional.of("root"), r.unitOf("b"));
    assertTrue(r.departmentLevelPublishable());
  }

  @Test
  void deepChainOfTinyDepartmentsStopsWhereTheFoldsReachK() {
    // e, d, c, b fold one after the other; a's own 1 plus the four folded make 5 = k at a.
    DepartmentTree t = tree("r", null, "a", "r", "b", "a", "c", "b", "d", "c", "e", "d");
    RollUpResult r = K5.apply(t, counts("r", 6, "a", 1, "b", 1, "c", 1, "d", 1, "e", 1));
    assertEquals(Map.of("r", 6L, "a", 5L), sizes(r));
    assertEquals(List.of("b", "c", "d", "e"), r.units().get("a").rolledUp());

    RollUpResult allTheWay = K5.apply(t, counts("r", 0, "b", 1, "c", 1, "d", 1, "e", 1));
    assertEquals(Map.of("r", 4L), sizes(allTheWay), "a has none of its own: all reach the root");
    assertEquals(List.of("b", "c", "d", "e"), allTheWay.units().get("r").rolledUp());
    assertEquals(List.of("r"), allTheWay.unitsBelowMin());
  }

  @Test
  void aParentsUnitHoldsItsOwnAndFoldedRespondentsNotItsSubtree() {
    // big child stays alone; the parent keeps only its own 2 plus the small child's 3.
    DepartmentTree t = tree("org", null, "p", "org", "big", "p", "small", "p");
    RollUpResult r = K5.apply(t, counts("org", 7, "p", 2, "big", 40, "small", 3));
    assertEquals(Map.of("org", 7L, "p", 5L, "big", 40L), sizes(r));
    assertEquals(List.of("small"), r.units().get("p").rolledUp());
    assertEquals(List.of(), r.units().get("org").rolledUp());
  }

  @Test
  void rootBelowKWithholdsAllDepartmentNumbers() {
    DepartmentTree t = tree("org", null, "a", "org", "b", "org");
    RollUpResult r = K5.apply(t, counts("org", 1, "a", 20, "b", 2));
    assertFalse(r.departmentLevelPublishable());
    assertEquals(List.of("org"), r.unitsBelowMin());
    assertEquals(Optional.of(SuppressionReason.ROLLED_UP_ROOT_BELOW_MIN), r.withheldReason());
    assertEquals(23, r.totalRespondents(), "the partition still holds");
  }

  @Test
  void emptyRootIsNotAUnitAndDoesNotBlock() {
    DepartmentTree t = tree("org", null, "a", "org", "b", "org", "empty", "org");
    RollUpResult r = K5.apply(t, counts("a", 9, "b", 6)); // org and empty have nobody
    assertEquals(Map.of("a", 9L, "b", 6L), sizes(r));
    assertTrue(r.departmentLevelPublishable());
    assertEquals(Optional.empty(), r.unitOf("empty"), "no respondents, in no unit");
  }

  @Test
  void emptyDepartmentsAreNeverListedButTheirChildrenFoldThroughThem() {
    DepartmentTree t = tree("org", null, "hollow", "org", "leaf", "hollow");
    RollUpResult r = K5.apply(t, counts("org", 6, "leaf", 2));
    assertEquals(Map.of("org", 8L), sizes(r));
    assertEquals(List.of("leaf"), r.units().get("org").rolledUp());
  }

  @Test
  void forestChecksEveryRoot() {
    DepartmentTree t = tree("x", null, "x1", "x", "y", null, "y1", "y");
    RollUpResult fine = K5.apply(t, counts("x", 5, "x1", 2, "y", 3, "y1", 2));
    assertEquals(Map.of("x", 7L, "y", 5L), sizes(fine));
    assertTrue(fine.departmentLevelPublishable());

    RollUpResult blocked = K5.apply(t, counts("x", 5, "x1", 2, "y", 1, "y1", 2));
    assertFalse(blocked.departmentLevelPublishable());
    assertEquals(List.of("y"), blocked.unitsBelowMin());
  }

  @Test
  void withATreeADepartmentNamedOtherIsOrdinary() {
    DepartmentTree t = tree("org", null, "other", "org");
    RollUpResult r = K5.apply(t, counts("org", 5, "other", 3));
    assertEquals(Map.of("org", 8L), sizes(r));
    assertEquals(List.of("other"), r.units().get("org").rolledUp());
  }

  @Test
  void refusesRespondentsOfADepartmentOutsideTheTree() {
    DepartmentTree t = tree("org", null);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> K5.apply(t, counts("ghost", 3)));
    assertEquals(
        "Cannot roll up: department 'ghost' has respondents but is not in the department tree",
        e.getMessage());
    assertEquals(Map.of(), sizes(K5.apply(t, counts("ghost", 0))), "an empty stranger is harmless");
  }

  @Test
  void withoutTreeSmallDepartmentsPoolIntoOther() {
    RollUpResult r = K5.apply(counts("a", 9, "b", 3, "c", 2, "d", 0));
    assertEquals(Map.of("a", 9L, "other", 5L), sizes(r));
    assertEquals(List.of("b", "c"), r.units().get("other").rolledUp());
    assertEquals(Optional.empty(), r.unitOf("d"));
  }

  @Test
  void withoutTreeASmallOtherFoldsIntoTheSmallestUnitMeetingK() {
    RollUpResult r = K5.apply(counts("big", 30, "mid", 6, "tie", 6, "b", 1, "c", 2));
    // other = 3 < 5: goes to the smallest unit >= k; mid and tie both have 6, "mid" < "tie".
    assertEquals(Map.of("big", 30L, "mid", 9L, "tie", 6L), sizes(r));
    assertEquals(List.of("b", "c"), r.units().get("mid").rolledUp());
    assertTrue(r.departmentLevelPublishable());
  }

  @Test
  void withoutTreeAnOtherWithNowhereToGoWithholdsDepartmentNumbers() {
    RollUpResult r = K5.apply(counts("a", 2, "b", 1));
    assertEquals(Map.of("other", 3L), sizes(r));
    assertFalse(r.departmentLevelPublishable());
    assertEquals(List.of("other"), r.unitsBelowMin());
  }

  @Test
  void withoutTreeARealDepartmentNamedOtherHostsThePool() {
    RollUpResult big = K5.apply(counts("other", 8, "a", 2, "b", 7));
    assertEquals(Map.of("other", 10L, "b", 7L), sizes(big));
    assertEquals(List.of("a"), big.units().get("other").rolledUp());

    RollUpResult small = K5.apply(counts("other", 1, "a", 2, "b", 7));
    assertEquals(Map.of("b", 10L), sizes(small), "the whole pool, real 'other' included, folds");
    assertEquals(List.of("a", "other"), small.units().get("b").rolledUp());
  }

  @Test
  void emptyMonthHasNoUnits() {
    RollUpResult r = K5.apply(Map.of());
    assertTrue(r.units().isEmpty());
    assertTrue(r.departmentLevelPublishable());
  }

  @Test
  void refusesNegativeCountsAndKBelowThree() {
    assertThrows(IllegalArgumentException.class, () -> K5.apply(counts("a", -1)));
    assertEquals(
        "Cannot use min_group_size 2: it must be at least 3",
        assertThrows(IllegalArgumentException.class, () -> MinGroupSize.of(2)).getMessage());
  }

  private static Map<String, Long> sizes(RollUpResult r) {
    Map<String, Long> m = new LinkedHashMap<>();
    r.units().forEach((id, u) -> m.put(id, u.respondents()));
    return m;
  }
}
