package org.ergolens.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ergolens.Messages;

/**
 * The reporting units as a tree: a unit's parent is the unit that holds its department's parent
 * department after folding (the nearest ancestor department that is a unit or is folded into one).
 * A unit with child units holds only its department's own people and those folded into it; its
 * <em>subtree</em> (the unit and every unit below it) is the division a reader means by its name,
 * and is published as a row of its own.
 *
 * <pre>{@code
 * UnitTree units = UnitTree.of(tree, RollUp.of(k).apply(tree, respondents));
 * units.heads(); // the units with child units, sorted: one subtree row each
 * }</pre>
 */
public final class UnitTree {
  private static final UnitTree NONE = new UnitTree(Map.of());

  private final Map<String, String> parentOf; // unit -> parent unit; roots absent
  private final Map<String, List<String>> childrenOf; // head -> sorted child units

  private UnitTree(Map<String, String> parentOf) {
    this.parentOf = Collections.unmodifiableMap(new TreeMap<>(parentOf));
    Map<String, List<String>> children = new TreeMap<>();
    this.parentOf.forEach((c, p) -> children.computeIfAbsent(p, x -> new ArrayList<>()).add(c));
    children.replaceAll((p, cs) -> List.copyOf(new TreeSet<>(cs)));
    this.childrenOf = Collections.unmodifiableMap(children);
  }

  /** Units without a tree above them (no department tree, or none of them has a parent unit). */
  public static UnitTree none() {
    return NONE;
  }

  /**
   * The tree of the units of a roll-up along a department tree.
   *
   * @throws IllegalArgumentException when a unit is not a department of the tree
   */
  public static UnitTree of(DepartmentTree tree, RollUpResult rollUp) {
    Map<String, String> parentOf = new TreeMap<>();
    for (String unit : rollUp.units().keySet()) {
      if (!tree.contains(unit)) {
        throw new IllegalArgumentException(
            "Cannot build the unit tree: unit " + Messages.quote(unit) + " is not a department");
      }
      for (Optional<String> d = tree.parent(unit); d.isPresent(); d = tree.parent(d.get())) {
        // A unit may hold only people folded into it (its own department has nobody).
        Optional<String> holder = rollUp.units().containsKey(d.get()) ? d : rollUp.unitOf(d.get());
        if (holder.isPresent()) {
          parentOf.put(unit, holder.get());
          break;
        }
      }
    }
    return new UnitTree(parentOf);
  }

  /** The unit a unit hangs under, or empty for a top unit. */
  public Optional<String> parent(String unit) {
    return Optional.ofNullable(parentOf.get(unit));
  }

  /** The units directly below a unit, sorted; empty for a leaf. */
  public List<String> children(String unit) {
    return childrenOf.getOrDefault(unit, List.of());
  }

  /** True when some unit hangs under this one: it holds a parent department's own people. */
  public boolean hasChildren(String unit) {
    return childrenOf.containsKey(unit);
  }

  /** The units with child units, sorted by id: the heads of the subtree rows. */
  public Set<String> heads() {
    return childrenOf.keySet();
  }

  /** The heads, every head after all heads below it: the order in which subtree sums build up. */
  public List<String> headsBottomUp() {
    List<String> order = new ArrayList<>(heads());
    order.sort(
        Comparator.comparingInt(this::depth).reversed().thenComparing(Comparator.naturalOrder()));
    return order;
  }

  /** A unit and every unit below it, sorted by id. */
  public List<String> subtree(String head) {
    Set<String> out = new TreeSet<>();
    collect(head, out);
    return List.copyOf(out);
  }

  private void collect(String unit, Collection<String> out) {
    out.add(unit);
    children(unit).forEach(c -> collect(c, out));
  }

  private int depth(String unit) {
    int depth = 0;
    for (String p = parentOf.get(unit); p != null; p = parentOf.get(p)) {
      depth++;
    }
    return depth;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitTree t && parentOf.equals(t.parentOf);
  }

  @Override
  public int hashCode() {
    return parentOf.hashCode();
  }

  @Override
  public String toString() {
    return "UnitTree" + parentOf;
  }
}
