package org.ergolens.report.dashboard;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.List;
import org.ergolens.model.Factor;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.report.svg.Palette;
import org.ergolens.text.Labels;

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
   * @param unit the unit's id, or null for the organisation
   * @param svg the chart
   */
  public record Card(String name, String unit, SafeString svg) {}

  /** A factor's levels in the legend. */
  public record LegendFactor(String label, List<LegendLevel> levels) {}

  /** A level with its swatch class ({@code lv-0} is the reference level). */
  public record LegendLevel(String label, String swatch) {}

  static ProfilesView of(PublishedSummary org, List<PublishedSummary> units, List<Factor> factors) {
    List<Card> cards = new ArrayList<>();
    cards.add(
        new Card(
            "Whole organisation",
            null,
            Svgs.markup(
                ExposureChart.render("profile-org", "the whole organisation", org, factors))));
    List<PublishedSummary> ordered = Heatmap.order(units);
    for (int i = 0; i < ordered.size(); i++) {
      PublishedSummary u = ordered.get(i);
      cards.add(
          new Card(
              UnitChoice.nameOf(u),
              u.department(),
              Svgs.markup(ExposureChart.render("profile-" + i, UnitChoice.nameOf(u), u, factors))));
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
            new LegendLevel(
                Labels.level(f, f.levels().get(i)), "lv-" + (i % Palette.LEVELS.size())));
      }
      out.add(new LegendFactor(Labels.factor(f), levels));
    }
    return out;
  }

  /**
   * A row of a profile table: the organisation or one unit.
   *
   * @param label what the row is called
   * @param unit its unit id, or null for the organisation
   * @param summary its published summary
   */
  private record ProfileRow(String label, String unit, PublishedSummary summary) {}

  private static DataTable table(PublishedSummary org, List<PublishedSummary> units, Factor f) {
    DataTable.Spec<ProfileRow> columns =
        DataTable.<ProfileRow>spec().text("Department", ProfileRow::label);
    for (String level : f.levels()) {
      columns.published(
          Labels.level(f, level),
          r -> r.summary().share(f, level),
          Formats::percent,
          r -> Labels.withheldBecause(r.summary().suppressionReason()));
    }
    List<ProfileRow> rows = new ArrayList<>();
    rows.add(new ProfileRow("Whole organisation", null, org));
    for (PublishedSummary u : units) {
      rows.add(new ProfileRow(UnitChoice.nameOf(u), u.department(), u));
    }
    return columns.table(
        "profiles-table-" + f.id(),
        Labels.factor(f) + ": share of respondents at each level, by department",
        rows,
        ProfileRow::unit);
  }
}
