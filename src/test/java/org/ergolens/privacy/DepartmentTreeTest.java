package org.ergolens.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DepartmentTreeTest {

  @Test
  void readsParentsRootsAndDepths() {
    DepartmentTree tree =
        DepartmentTree.builder().add("c", "b").add("a", null).add("b", "a").add("x", "").build();
    assertEquals(List.of("a", "x"), tree.roots(), "roots of a forest, sorted");
    assertEquals(Optional.of("b"), tree.parent("c"));
    assertEquals(Optional.empty(), tree.parent("x"), "an empty parent marks a root");
    assertEquals(2, tree.depth("c"));
    assertEquals(0, tree.depth("a"));
    assertTrue(tree.isRoot("a"));
    assertFalse(tree.contains("z"));
  }

  @Test
  void refusesAParentThatIsNotADepartment() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> DepartmentTree.of(Map.of("sales", "acme")));
    assertEquals(
        "Cannot build department tree: parent 'acme' of department 'sales' is not a department",
        e.getMessage());
  }

  @Test
  void refusesASelfParent() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DepartmentTree.of(Map.of("a", "a")));
    assertEquals("Cannot build department tree: parents form a cycle 'a' -> 'a'", e.getMessage());
  }

  @Test
  void refusesALongCycleHangingBelowARoot() {
    Map<String, String> parents = new HashMap<>();
    parents.put("root", null);
    parents.put("a", "root");
    parents.put("b", "d"); // b -> d -> c -> b, with e hanging below the loop
    parents.put("c", "b");
    parents.put("d", "c");
    parents.put("e", "b");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DepartmentTree.of(parents));
    assertEquals(
        "Cannot build department tree: parents form a cycle 'b' -> 'd' -> 'c' -> 'b'",
        e.getMessage());
  }

  @Test
  void refusesDuplicatesAndBlankIds() {
    DepartmentTree.Builder builder = DepartmentTree.builder().add("a", null);
    assertEquals(
        "Cannot build department tree: department 'a' is listed twice",
        assertThrows(IllegalArgumentException.class, () -> builder.add("a", null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.add(" ", null));
  }

  @Test
  void keepsMessagesOnOneLineWhateverTheIds() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DepartmentTree.of(Map.of("evil\nname", "gone\r\n")));
    assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
    assertTrue(e.getMessage().contains("'evil\\u000aname'"), e.getMessage());
  }
}
