package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitTreeTest {
  private static final MinGroupSize K = MinGroupSize.of(5);

  /**
   * acme (10) ─ sales (2, folded into acme) ─ north (8), south (9); acme ─ it (0) ─ ops (6). sales
   * is too small to be a unit: its children hang under the unit that holds it, acme's. it has
   * nobody: ops hangs under the nearest unit above it, acme's again.
   */
  private static final DepartmentTree TREE =
      DepartmentTree.builder()
          .add("acme", null)
          .add("sales", "acme")
          .add("north", "sales")
          .add("south", "sales")
          .add("it", "acme")
          .add("ops", "it")
          .build();

  private static final Map<String, Long> SIZES =
      Map.of("acme", 10L, "sales", 2L, "north", 8L, "south", 9L, "it", 0L, "ops", 6L);

  @Test
  void foldingHangsAGrandchildsUnitUnderItsGrandparentsUnit() {
    RollUpResult units = RollUp.of(K).apply(TREE, SIZES);
    assertEquals(Optional.of("acme"), units.unitOf("sales"), "sales is folded into acme");
    UnitTree tree = UnitTree.of(TREE, units);
    assertEquals(Optional.of("acme"), tree.parent("north"));
    assertEquals(Optional.of("acme"), tree.parent("south"));
    assertEquals(Optional.of("acme"), tree.parent("ops"), "through a department with nobody");
    assertEquals(Optional.empty(), tree.parent("acme"));
    assertEquals(List.of("north", "ops", "south"), tree.children("acme"));
    assertEquals(Set.of("acme"), tree.heads());
    assertEquals(List.of("acme", "north", "ops", "south"), tree.subtree("acme"));
    assertTrue(tree.hasChildren("acme"));
    assertFalse(tree.hasChildren("north"));
  }

  @Test
  void aParentWithItsOwnUnitHeadsItsChildrenAndHangsUnderItsParent() {
    Map<String, Long> sizes = Map.of("acme", 10L, "sales", 7L, "north", 8L, "south", 2L);
    DepartmentTree tree =
        DepartmentTree.builder()
            .add("acme", null)
            .add("sales", "acme")
            .add("north", "sales")
            .add("south", "sales")
            .build();
    UnitTree units = UnitTree.of(tree, RollUp.of(K).apply(tree, sizes));
    assertEquals(Optional.of("sales"), units.parent("north"));
    assertEquals(Optional.of("acme"), units.parent("sales"));
    assertEquals(Set.of("acme", "sales"), units.heads());
    assertEquals(List.of("sales", "acme"), units.headsBottomUp(), "sales sums up first");
    assertEquals(List.of("acme", "north", "sales"), units.subtree("acme"), "south is in sales");
    assertEquals(List.of("north", "sales"), units.subtree("sales"));
  }

  @Test
  void anEmptyRootLeavesItsChildrenAtTheTop() {
    Map<String, Long> sizes = Map.of("north", 8L, "south", 9L);
    DepartmentTree tree =
        DepartmentTree.builder()
            .add("acme", null)
            .add("north", "acme")
            .add("south", "acme")
            .build();
    UnitTree units = UnitTree.of(tree, RollUp.of(K).apply(tree, sizes));
    assertEquals(Optional.empty(), units.parent("north"));
    assertEquals(Set.of(), units.heads(), "no unit holds acme: the organisation row covers it");
  }

  @Test
  void aUnitOfFoldedPeopleOnlyHeadsTheUnitsBelowIt() {
    // sales has nobody of its own; its two small teams fold into it and make it a unit.
    Map<String, Long> sizes = Map.of("acme", 10L, "north", 3L, "south", 3L, "east", 8L);
    DepartmentTree tree =
        DepartmentTree.builder()
            .add("acme", null)
            .add("sales", "acme")
            .add("north", "sales")
            .add("south", "sales")
            .add("east", "sales")
            .build();
    RollUpResult rollUp = RollUp.of(K).apply(tree, sizes);
    assertTrue(rollUp.units().containsKey("sales"));
    UnitTree units = UnitTree.of(tree, rollUp);
    assertEquals(Optional.of("sales"), units.parent("east"));
    assertEquals(Optional.of("acme"), units.parent("sales"));
    assertEquals(Set.of("acme", "sales"), units.heads());
  }

  @Test
  void withoutATreeThereAreNoSubtrees() {
    assertEquals(Set.of(), UnitTree.none().heads());
    assertEquals(List.of("x"), UnitTree.none().subtree("x"));
  }
}
