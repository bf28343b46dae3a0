package org.ergolens.generate;

import static org.ergolens.model.Factor.BREAK_FREQUENCY;
import static org.ergolens.model.Factor.DESK_TYPE;
import static org.ergolens.model.Factor.EXERCISE_BAND;
import static org.ergolens.model.Factor.LUMBAR_SUPPORT;
import static org.ergolens.model.Factor.MONITOR_POSITION;
import static org.ergolens.model.Factor.SITTING_BAND;

import java.util.List;
import java.util.Optional;

/**
 * The synthetic organisation: five divisions (roots of the tree, each with a few respondents of its
 * own) and sixteen departments under them, whose exposures differ the way real ones do. Three
 * departments are deliberately small at every size so that the job's roll-up is exercised.
 */
final class Organisation {
  /** Respondents of a division itself (its management) at least, so roll-ups stay publishable. */
  static final int MIN_DIVISION_RESPONDENTS = 6;

  /** Respondents of a department sized by weight at least. */
  static final int MIN_DEPARTMENT_RESPONDENTS = 5;

  private static final Organisation STANDARD = new Organisation(standardDepartments());

  private final List<Department> departments;

  private Organisation(List<Department> departments) {
    this.departments = List.copyOf(departments);
  }

  static Organisation standard() {
    return STANDARD;
  }

  /** Departments in tree order: each division followed by its departments. */
  List<Department> departments() {
    return departments;
  }

  Optional<Department> find(String id) {
    return departments.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  int indexOf(String id) {
    for (int i = 0; i < departments.size(); i++) {
      if (departments.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** The smallest organisation size for which every minimum above can be met. */
  int minimumRespondents() {
    int n = 0;
    for (Department d : departments) {
      n += d.isSmall() ? d.fixedRespondents() : minimumOf(d);
    }
    return n;
  }

  private static int minimumOf(Department d) {
    return d.isRoot() ? MIN_DIVISION_RESPONDENTS : MIN_DEPARTMENT_RESPONDENTS;
  }

  /**
   * Respondents per department (in {@link #departments()} order) for an organisation of {@code
   * total}: small departments get their fixed count, the others their minimum plus a share of the
   * rest by weight (largest remainder, ties to the earlier department).
   */
  int[] allocate(int total) {
    int n = departments.size();
    int[] counts = new int[n];
    double weights = 0;
    int rest = total;
    for (int i = 0; i < n; i++) {
      Department d = departments.get(i);
      counts[i] = d.isSmall() ? d.fixedRespondents() : minimumOf(d);
      rest -= counts[i];
      weights += d.isSmall() ? 0 : d.weight();
    }
    if (rest < 0) {
      throw new IllegalArgumentException(
          "Cannot allocate "
              + total
              + " respondents: at least "
              + minimumRespondents()
              + " are needed");
    }
    double[] remainder = new double[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      Department d = departments.get(i);
      if (!d.isSmall()) {
        double exact = rest * d.weight() / weights;
        int whole = (int) Math.floor(exact);
        counts[i] += whole;
        given += whole;
        remainder[i] = exact - whole;
      } else {
        remainder[i] = -1;
      }
    }
    for (int left = rest - given; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (remainder[i] > remainder[best]) {
          best = i;
        }
      }
      counts[best]++;
      remainder[best] = -1;
    }
    return counts;
  }

  private static List<Department> standardDepartments() {
    ExposureProfile office = ExposureProfile.office();
    ExposureProfile finance =
        office
            .with(SITTING_BAND, 0.03, 0.17, 0.45, 0.35)
            .with(MONITOR_POSITION, 0.55, 0.10, 0.28, 0.07)
            .with(LUMBAR_SUPPORT, 0.50, 0.50)
            .with(DESK_TYPE, 0.20, 0.80)
            .withWorkLocation(0.70, 0.05, 0.25);
    ExposureProfile warehouse =
        office
            .with(SITTING_BAND, 0.60, 0.25, 0.10, 0.05)
            .with(MONITOR_POSITION, 0.25, 0.10, 0.55, 0.10)
            .with(LUMBAR_SUPPORT, 0.30, 0.70)
            .with(BREAK_FREQUENCY, 0.25, 0.45, 0.20, 0.10)
            .with(EXERCISE_BAND, 0.50, 0.35, 0.15)
            .with(DESK_TYPE, 0.03, 0.97)
            .withWorkLocation(1.0, 0.0, 0.0);
    ExposureProfile controlRoom =
        office
            .with(SITTING_BAND, 0.02, 0.08, 0.30, 0.60)
            .with(MONITOR_POSITION, 0.35, 0.45, 0.15, 0.05)
            .with(LUMBAR_SUPPORT, 0.65, 0.35)
            .with(BREAK_FREQUENCY, 0.05, 0.20, 0.35, 0.40)
            .with(EXERCISE_BAND, 0.25, 0.40, 0.35)
            .with(DESK_TYPE, 0.04, 0.96)
            .withWorkLocation(1.0, 0.0, 0.0);
    ExposureProfile facilities =
        warehouse
            .with(SITTING_BAND, 0.50, 0.30, 0.15, 0.05)
            .with(MONITOR_POSITION, 0.30, 0.10, 0.40, 0.20);
    ExposureProfile fieldSales =
        office
            .with(SITTING_BAND, 0.30, 0.40, 0.22, 0.08)
            .with(MONITOR_POSITION, 0.08, 0.04, 0.13, 0.75)
            .with(LUMBAR_SUPPORT, 0.30, 0.70)
            .with(BREAK_FREQUENCY, 0.30, 0.30, 0.25, 0.15)
            .with(DESK_TYPE, 0.10, 0.90)
            .withWorkLocation(0.15, 0.35, 0.50);
    ExposureProfile marketing =
        office.with(MONITOR_POSITION, 0.45, 0.10, 0.20, 0.25).withWorkLocation(0.30, 0.15, 0.55);
    ExposureProfile contactCentre =
        office
            .with(SITTING_BAND, 0.02, 0.08, 0.45, 0.45)
            .with(MONITOR_POSITION, 0.45, 0.10, 0.35, 0.10)
            .with(LUMBAR_SUPPORT, 0.55, 0.45)
            .with(BREAK_FREQUENCY, 0.05, 0.55, 0.25, 0.15)
            .with(EXERCISE_BAND, 0.25, 0.40, 0.35)
            .with(DESK_TYPE, 0.15, 0.85)
            .withWorkLocation(0.60, 0.10, 0.30);
    ExposureProfile engineering =
        office
            .with(SITTING_BAND, 0.02, 0.13, 0.45, 0.40)
            .with(MONITOR_POSITION, 0.70, 0.12, 0.10, 0.08)
            .with(LUMBAR_SUPPORT, 0.80, 0.20)
            .with(BREAK_FREQUENCY, 0.10, 0.30, 0.35, 0.25)
            .with(DESK_TYPE, 0.75, 0.25)
            .withWorkLocation(0.20, 0.20, 0.60);
    ExposureProfile serviceDesk =
        office
            .with(SITTING_BAND, 0.05, 0.20, 0.45, 0.30)
            .with(MONITOR_POSITION, 0.55, 0.15, 0.20, 0.10)
            .with(DESK_TYPE, 0.40, 0.60)
            .withWorkLocation(0.55, 0.10, 0.35);
    ExposureProfile people =
        office
            .with(MONITOR_POSITION, 0.45, 0.10, 0.25, 0.20)
            .with(EXERCISE_BAND, 0.45, 0.35, 0.20)
            .withWorkLocation(0.40, 0.15, 0.45);
    return List.of(
        new Department("fin", "Finance", "", 0, 1.2, finance),
        new Department("fin-ap", "Accounts Payable", "fin", 0, 5, finance),
        new Department("fin-ar", "Accounts Receivable", "fin", 0, 4, finance),
        new Department(
            "fin-fpa",
            "Financial Planning & Analysis",
            "fin",
            0,
            4,
            finance.with(DESK_TYPE, 0.45, 0.55)),
        new Department("fin-tax", "Tax", "fin", 4, 0, finance),
        new Department("ops", "Operations", "", 0, 1.2, office),
        new Department("ops-wh", "Warehouse & Distribution", "ops", 0, 12, warehouse),
        new Department("ops-ctl", "Logistics Control Room", "ops", 0, 7, controlRoom),
        new Department("ops-fac", "Facilities", "ops", 0, 4, facilities),
        new Department("com", "Commercial", "", 0, 1.2, marketing),
        new Department("com-fs", "Field Sales", "com", 0, 12, fieldSales),
        new Department("com-mkt", "Marketing", "com", 0, 5, marketing),
        new Department("com-cs", "Customer Service – Malmö", "com", 0, 14, contactCentre),
        new Department("tech", "Technology", "", 0, 1.2, engineering),
        new Department("tech-eng", "Software Engineering", "tech", 0, 13, engineering),
        new Department("tech-it", "IT Service Desk", "tech", 0, 6, serviceDesk),
        new Department("tech-data", "Data & Analytics", "tech", 0, 5, engineering),
        new Department("tech-sec", "Information Security", "tech", 2, 0, engineering),
        new Department("corp", "Corporate Services", "", 0, 1.2, people),
        new Department("corp-hr", "People & Culture", "corp", 0, 5, people),
        new Department("corp-legal", "Legal, Risk & Compliance", "corp", 3, 0, people));
  }
}
