package org.ergolens.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ergolens.Messages;

/**
 * Folds small departments into reporting units, exactly as contract section 3 says.
 *
 * <p>Every respondent counts in exactly one unit, its own department's. A department with fewer
 * than k respondents in its unit is folded into its parent's unit, bottom-up and repeatedly: a
 * parent's unit holds its own respondents plus those folded into it, not its whole subtree (a child
 * with k or more respondents stays a unit of its own). Without a tree, departments with fewer than
 * k respondents fold into a unit {@value #OTHER}; an {@code other} still below k folds into the
 * smallest unit that meets k (ties: the smaller id). When a root (or an {@code other} with nowhere
 * to go) still has between 1 and k − 1 respondents, no department-level number may be published at
 * all: the organisation total minus the other units would reveal it.
 *
 * <p>Corner cases, decided here and documented in {@code docs/privacy.md}:
 *
 * <ul>
 *   <li>A unit that ends up with 0 respondents (a root whose respondents all sit in children with k
 *       or more) describes nobody: it is not reported and does not block publication.
 *   <li>A department with 0 respondents is in no unit and is never listed in {@code rolled_up}
 *       (listing it would say nothing true about its members); its children still fold through it
 *       to its parent.
 *   <li>With a tree, a department named {@code other} is an ordinary department. Without a tree, a
 *       real department named {@code other} is the host of the pool: the unit {@code other} holds
 *       its respondents plus the small departments folded into it, just as a parent's unit holds
 *       its own respondents plus its folded children.
 *   <li>A forest is handled root by root; any root below k withholds all department-level numbers
 *       of the month.
 * </ul>
 *
 * <pre>{@code
 * RollUpResult units = RollUp.of(MinGroupSize.DEFAULT).apply(tree, respondentsByDepartment);
 * }</pre>
 */
public final class RollUp {

  /** The id of the pooled unit for small departments when there is no department tree. */
  public static final String OTHER = "other";

  private final MinGroupSize k;

  private RollUp(MinGroupSize k) {
    this.k = Objects.requireNonNull(k, "k");
  }

  /** A roll-up with threshold k. */
  public static RollUp of(MinGroupSize k) {
    return new RollUp(k);
  }

  /**
   * Rolls up along a department tree.
   *
   * @param tree the organisation tree
   * @param respondents respondents per department in the month's population; a tree department that
   *     is absent has 0
   * @throws IllegalArgumentException when a count is negative or a department with respondents is
   *     not in the tree (ingest should have rejected its rows as {@code unknown_department})
   */
  public RollUpResult apply(DepartmentTree tree, Map<String, Long> respondents) {
    Objects.requireNonNull(tree, "tree");
    validateCounts(respondents);
    respondents.keySet().stream()
        .filter(d -> !tree.contains(d) && respondents.get(d) > 0)
        .sorted()
        .findFirst()
        .ifPresent(
            d -> {
              throw new IllegalArgumentException(
                  "Cannot roll up: department "
                      + Messages.quote(d)
                      + " has respondents but is not in the department tree");
            });
    Map<String, Long> own = new TreeMap<>();
    tree.departments().forEach(d -> own.put(d, respondents.getOrDefault(d, 0L)));

    Map<String, Long> unitSize = new HashMap<>(own);
    Map<String, String> foldedInto = new HashMap<>();
    for (String d : bottomUp(tree)) {
      if (!tree.isRoot(d) && !k.admits(unitSize.get(d))) {
        String parent = tree.parent(d).orElseThrow();
        unitSize.merge(parent, unitSize.get(d), Long::sum);
        foldedInto.put(d, parent);
      }
    }
    return result(own, foldedInto);
  }

  /**
   * Rolls up without a tree: small departments pool into {@value #OTHER}.
   *
   * @param respondents respondents per department in the month's population
   * @throws IllegalArgumentException when a count is negative
   */
  public RollUpResult apply(Map<String, Long> respondents) {
    validateCounts(respondents);
    Map<String, Long> own = new TreeMap<>(respondents);
    Map<String, String> foldedInto = new HashMap<>();
    long pool = own.getOrDefault(OTHER, 0L);
    for (Map.Entry<String, Long> e : own.entrySet()) {
      if (!e.getKey().equals(OTHER) && !k.admits(e.getValue())) {
        foldedInto.put(e.getKey(), OTHER);
        pool += e.getValue();
      }
    }
    if (pool > 0 && !k.admits(pool)) {
      own.entrySet().stream()
          .filter(e -> !foldedInto.containsKey(e.getKey()) && !e.getKey().equals(OTHER))
          .min(
              Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                  .thenComparing(Map.Entry::getKey))
          .ifPresent(smallest -> foldedInto.put(OTHER, smallest.getKey()));
    }
    return result(own, foldedInto);
  }

  /** Children before parents: deepest departments first, ties by id for a stable order. */
  private static List<String> bottomUp(DepartmentTree tree) {
    List<String> order = new ArrayList<>(tree.departments());
    Map<String, Integer> depth = new HashMap<>();
    order.forEach(d -> depth.put(d, tree.depth(d)));
    order.sort(
        Comparator.<String>comparingInt(depth::get)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    return order;
  }

  /** Turns the fold links into units, the department mapping and the publication flag. */
  private RollUpResult result(Map<String, Long> own, Map<String, String> foldedInto) {
    Map<String, String> unitByDepartment = new TreeMap<>();
    Map<String, Long> sizes = new TreeMap<>();
    Map<String, TreeSet<String>> rolledUp = new TreeMap<>();
    own.forEach(
        (department, count) -> {
          if (count == 0) {
            return;
          }
          String unit = department;
          while (foldedInto.containsKey(unit)) {
            unit = foldedInto.get(unit);
          }
          unitByDepartment.put(department, unit);
          sizes.merge(unit, count, Long::sum);
          TreeSet<String> listed = rolledUp.computeIfAbsent(unit, u -> new TreeSet<>());
          if (!unit.equals(department)) {
            listed.add(department);
          }
        });
    Map<String, ReportingUnit> units = new TreeMap<>();
    List<String> belowMin = new ArrayList<>();
    sizes.forEach(
        (unit, size) -> {
          units.put(unit, new ReportingUnit(unit, size, List.copyOf(rolledUp.get(unit))));
          if (!k.admits(size)) {
            belowMin.add(unit);
          }
        });
    return new RollUpResult(unitByDepartment, units, belowMin.isEmpty(), belowMin);
  }

  private static void validateCounts(Map<String, Long> respondents) {
    Objects.requireNonNull(respondents, "respondents");
    new TreeMap<>(respondents)
        .forEach(
            (d, n) -> {
              if (n == null || n < 0) {
                throw new IllegalArgumentException(
                    "Cannot roll up: department "
                        + Messages.quote(d)
                        + " has "
                        + n
                        + " respondents");
              }
            });
  }
}
