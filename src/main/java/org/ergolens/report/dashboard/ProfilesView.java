package org.ergolens.report.dashboard;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.List;
import org.ergolens.model.Factor;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.report.svg.Palette;

/**
 * Each unit's exposure profile: one small chart per unit (the organisation first), a legend of the
 * level colours, and one wide table of every share.
 *
 * @param cards the charts
 * @param legend the levels of each factor with their colour class
 * @param tables every share, withheld ones marked: one table per factor, so each fits a page
 */
public record ProfilesView(List<Card> cards, List<LegendFactor> legend, List<DataTable> tables) {

  /**
   * One unit's chart.
   *
   * @param name display name
   * @param id the unit's id, or empty for the organisation
   * @param filter department filter key, or null for the organisation
   * @param svg the chart
   */
  public record Card(String name, String id, String filter, SafeString svg) {}

  /** A factor's levels in the legend. */
  public record LegendFactor(String label, List<LegendLevel> levels) {}

  /** A level with its swatch class ({@code lv-0} is the reference level). */
  public record LegendLevel(String label, String swatch) {}

  static ProfilesView of(PublishedSummary org, List<PublishedSummary> units, List<Factor> factors) {
    List<Card> cards = new ArrayList<>();
    cards.add(
        new Card(
            "Whole organisation",
            "",
            null,
            Svgs.markup(
                ExposureChart.render("profile-org", "the whole organisation", org, factors))));
    List<PublishedSummary> ordered = Heatmap.order(units);
    for (int i = 0; i < ordered.size(); i++) {
      PublishedSummary u = ordered.get(i);
      cards.add(
          new Card(
              Labels.unit(u),
              u.department(),
              DataTable.filterKey(u.department(), u.name()),
              Svgs.markup(ExposureChart.render("profile-" + i, Labels.unit(u), u, factors))));
    }
    List<DataTable> tables = new ArrayList<>();
    for (Factor f : factors) {
      tables.add(table(org, ordered, f));
    }
    return new ProfilesView(cards, legend(factors), tables);
  }

  private static List<LegendFactor> legend(List<Factor> factors) {
    List<LegendFactor> out = new ArrayList<>();
    for (Factor f : factors) {
      List<LegendLevel> levels = new ArrayList<>();
      for (int i = 0; i < f.levels().size(); i++) {
        levels.add(
            new LegendLevel(Labels.level(f.levels().get(i)), "lv-" + (i % Palette.LEVELS.size())));
      }
      out.add(new LegendFactor(Labels.factor(f.id()), levels));
    }
    return out;
  }

  private static DataTable table(PublishedSummary org, List<PublishedSummary> units, Factor f) {
    DataTable.Builder t =
        DataTable.builder(
                "profiles-table-" + f.id(),
                Labels.factor(f.id()) + ": share of respondents at each level, by department")
            .textColumn("Department");
    for (String level : f.levels()) {
      t.numberColumn(Labels.level(level));
    }
    addRow(t.row(null).cell("Whole organisation"), org, f);
    for (PublishedSummary u : units) {
      addRow(t.row(DataTable.filterKey(u.department(), u.name())).cell(Labels.unit(u)), u, f);
    }
    return t.build();
  }

  private static void addRow(DataTable.Builder t, PublishedSummary u, Factor f) {
    String why = Labels.reasons(u.suppressionReason());
    for (String level : f.levels()) {
      Double s = u.share(f, level);
      t.published(s, Formats.percent(s), why);
    }
  }
}
