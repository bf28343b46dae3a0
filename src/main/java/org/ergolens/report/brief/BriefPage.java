package org.ergolens.report.brief;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.List;
import org.ergolens.model.Outcome;
import org.ergolens.report.Disclaimer;
import org.ergolens.report.svg.SvgElement;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;

/**
 * What the brief template prints: text already worded and formatted, and charts that the SVG
 * builder has already escaped (the only markup that reaches the template unescaped).
 *
 * @param kind {@code unit} or {@code organisation}
 * @param eyebrow the line above the title
 * @param title the unit's display name, or "Your organisation"
 * @param documentTitle the document's title (window, PDF properties)
 * @param covers what the unit covers beyond its name, or empty
 * @param headline the first line
 * @param risk the risk level, or null in the organisation's brief
 * @param tiles the key figures
 * @param regions the region table
 * @param actions the first actions
 * @param actionsNote what to say when there are none
 * @param unitsAtRisk the units at high or moderate risk (organisation's brief)
 * @param unitsNote what to say about them
 * @param trend the trend
 * @param followUps the follow-ups, each a sentence
 * @param redFlags the red-flag note
 * @param privacy the privacy note
 * @param disclaimer the "not medical advice" notice
 */
record BriefPage(
    String kind,
    String eyebrow,
    String title,
    String documentTitle,
    String covers,
    String headline,
    RiskView risk,
    List<Tile> tiles,
    RegionTable regions,
    List<ActionItem> actions,
    String actionsNote,
    List<UnitRow> unitsAtRisk,
    String unitsNote,
    TrendView trend,
    List<String> followUps,
    String redFlags,
    String privacy,
    String disclaimer) {

  /** A key figure: value, what it is, a detail line, and a flag class for a warning. */
  record Tile(String label, String value, String detail, String flag) {}

  /** The risk level: its id (for the style), its label, its heading, a sentence, the reasons. */
  record RiskView(
      String level, String label, String heading, String summary, List<String> reasons) {}

  /** The region table with its legend and the scale's end. */
  record RegionTable(
      List<RegionRow> rows,
      boolean compared,
      String scaleEnd,
      SafeString legendBar,
      SafeString legendOrganisation,
      SafeString legendWithheld) {}

  /** One row of the region table. */
  record RegionRow(
      String region,
      boolean any,
      String cases,
      String prevalence,
      String interval,
      String organisation,
      String comparison,
      String comparisonClass,
      SafeString chart) {}

  /** One action. */
  record ActionItem(int rank, String title, String audience, String text, String basis) {}

  /** One unit at risk, in the organisation's brief. */
  record UnitRow(String name, String level, String levelLabel, String anyRegion, String reasons) {}

  /** The trend chart with its axis labels and what it says. */
  record TrendView(
      boolean shown,
      SafeString chart,
      String top,
      String middle,
      String first,
      String last,
      String sentence,
      boolean compared,
      SafeString legendScope,
      SafeString legendOrganisation) {}

  static final String EYEBROW = "Workstation wellbeing brief";

  /** A unit's brief. */
  static BriefPage of(UnitBrief b) {
    BriefContext c = b.context();
    String month = Labels.month(c.month());
    String name = b.unit().displayName();
    return new BriefPage(
        "unit",
        EYEBROW + " · " + month,
        name,
        name + " — " + EYEBROW.toLowerCase(java.util.Locale.ROOT) + ", " + month,
        BriefWording.covers(b.unit()),
        BriefWording.headline(b),
        risk(b),
        tiles(b.participation(), b.anyRegion(), b.redFlags(), c, false),
        regions(b.regions(), true),
        actions(b.actions(), false),
        "No workplace change or programme meets the rules for a recommendation here this month.",
        List.of(),
        "",
        trend(b.trend(), "unit", false),
        b.followUps().stream().map(BriefWording::followUp).toList(),
        BriefWording.redFlags(b.redFlags(), c, false),
        Labels.privacyNote(c.minGroupSize(), c.minCellCount()),
        Disclaimer.TEXT);
  }

  /** The organisation's brief. */
  static BriefPage of(OrganisationBrief b) {
    BriefContext c = b.context();
    String month = Labels.month(c.month());
    return new BriefPage(
        "organisation",
        EYEBROW + " · " + month,
        "Your organisation",
        "Your organisation — " + EYEBROW.toLowerCase(java.util.Locale.ROOT) + ", " + month,
        "",
        BriefWording.headline(b),
        null,
        tiles(b.participation(), b.anyRegion(), b.redFlags(), c, true),
        regions(b.regions(), false),
        actions(b.actions(), true),
        "No workplace change meets the rules for an organisation-wide recommendation this month.",
        b.unitsAtRisk().stream().map(BriefPage::unitRow).toList(),
        unitsNote(b),
        trend(b.trend(), "organisation", true),
        b.followUps().stream()
            .map(f -> f.unit().displayName() + ". " + BriefWording.followUp(f.followUp()))
            .toList(),
        BriefWording.redFlags(b.redFlags(), c, true),
        Labels.privacyNote(c.minGroupSize(), c.minCellCount()),
        Disclaimer.TEXT);
  }

  private static RiskView risk(UnitBrief b) {
    if (b.risk().isEmpty()) {
      return new RiskView(
          "none", "Not assessed", "Risk level", BriefWording.riskSummary(b.risk()), List.of());
    }
    Risk r = b.risk().get();
    return new RiskView(
        r.level().id(),
        Labels.risk(r.level()),
        "Why the risk level is " + r.level().id(),
        BriefWording.riskSummary(b.risk()),
        BriefWording.reasons(r, false));
  }

  private static List<Tile> tiles(
      Participation p, RegionFigure any, RedFlags flags, BriefContext c, boolean organisationView) {
    List<Tile> tiles = new ArrayList<>();
    boolean low = p.responseRate().map(r -> r.belowTarget() || r.overHeadcount()).orElse(false);
    tiles.add(
        new Tile(
            "Answered",
            BriefWording.participation(p),
            BriefWording.participationDetail(p, c),
            low ? "warn" : ""));
    tiles.add(
        new Tile(
            "Discomfort",
            any.prevalence().map(e -> Numbers.percent(e.value())).orElse(Numbers.WITHHELD),
            organisationView
                ? "in any body region, " + Numbers.count(any.cases()) + " people"
                : any.organisation().isPresent()
                    ? "organisation " + Numbers.percent(any.organisation().getAsDouble())
                    : "in any body region",
            any.comparison().orElse(null) == RegionFigure.Comparison.ABOVE ? "warn" : ""));
    tiles.add(
        new Tile(
            "Red flags",
            Numbers.count(flags.count()),
            flags.share().isPresent()
                ? Numbers.percent(flags.share().getAsDouble()) + " of those who answered"
                : "lasting discomfort, numbness or tingling",
            ""));
    return tiles;
  }

  private static RegionTable regions(List<RegionFigure> regions, boolean compared) {
    double largest = 0;
    for (RegionFigure r : regions) {
      if (r.prevalence().isPresent()) {
        largest = Math.max(largest, r.prevalence().get().high());
      }
      if (r.organisation().isPresent()) {
        largest = Math.max(largest, r.organisation().getAsDouble());
      }
    }
    Scale scale = Scale.covering(largest);
    List<RegionRow> rows = new ArrayList<>();
    for (RegionFigure r : regions) {
      rows.add(regionRow(r, scale));
    }
    return new RegionTable(
        rows,
        compared,
        Numbers.percentTick(scale.max()),
        markup(RegionBar.legendBar("legend-bar")),
        markup(RegionBar.legendOrganisation("legend-org")),
        markup(RegionBar.legendWithheld("legend-withheld")));
  }

  private static RegionRow regionRow(RegionFigure r, Scale scale) {
    String label = Labels.regionTitle(r.outcome());
    String value = r.prevalence().map(e -> Numbers.percent(e.value())).orElse(Numbers.WITHHELD);
    String description =
        label
            + ": "
            + (r.prevalence().isPresent()
                ? value + " (95% CI " + BriefWording.interval(r.prevalence()) + ")"
                : Numbers.WITHHELD)
            + (r.organisation().isPresent()
                ? "; organisation " + Numbers.percent(r.organisation().getAsDouble())
                : "");
    return new RegionRow(
        label,
        r.outcome() == Outcome.ANY_REGION,
        Numbers.count(r.cases()),
        value,
        r.prevalence().isPresent() ? BriefWording.interval(r.prevalence()) : "",
        r.organisation().isPresent()
            ? Numbers.percent(r.organisation().getAsDouble())
            : Numbers.WITHHELD,
        r.comparison().map(BriefWording::comparison).orElse(""),
        r.comparison().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).orElse(""),
        markup(RegionBar.render("region-" + r.outcome().id(), r, scale, description)));
  }

  private static List<ActionItem> actions(List<Action> actions, boolean organisationView) {
    return actions.stream()
        .map(
            a ->
                new ActionItem(
                    a.rank(),
                    a.title(),
                    Labels.audience(a.audience()),
                    a.text(),
                    BriefWording.basis(a.basis(), organisationView)))
        .toList();
  }

  private static UnitRow unitRow(OrganisationBrief.UnitAtRisk u) {
    return new UnitRow(
        u.unit().displayName(),
        u.risk().level().id(),
        Labels.risk(u.risk().level()),
        BriefWording.anyRegion(u.anyRegion()),
        String.join(" ", BriefWording.reasons(u.risk(), true)));
  }

  private static String unitsNote(OrganisationBrief b) {
    long high = b.unitsAtRisk().stream().filter(u -> u.risk().level().id().equals("high")).count();
    long moderate = b.unitsAtRisk().size() - high;
    if (b.units() == 0) {
      return "No unit-level figures are published this month.";
    }
    return "Of "
        + Numbers.count(b.units())
        + (b.units() == 1 ? " reporting unit, " : " reporting units, ")
        + Numbers.count(high)
        + " "
        + (high == 1 ? "is" : "are")
        + " at high risk and "
        + Numbers.count(moderate)
        + " at moderate risk this month.";
  }

  private static TrendView trend(Trend t, String scope, boolean organisationView) {
    if (t.points().isEmpty()) {
      return new TrendView(
          false, null, "", "", "", "", BriefWording.trend(t, organisationView), false, null, null);
    }
    double largest = 0;
    boolean compared = false;
    for (Trend.Point p : t.points()) {
      largest = Math.max(largest, p.prevalence().orElse(0));
      largest = Math.max(largest, p.organisation().orElse(0));
      compared |= p.organisation().isPresent();
    }
    Scale scale = Scale.covering(largest);
    String description = trendDescription(t);
    return new TrendView(
        true,
        markup(TrendLines.render("trend-" + scope, t, scale, description)),
        Numbers.percentTick(scale.max()),
        Numbers.percentTick(scale.max() / 2),
        Labels.shortMonth(t.points().get(0).month()),
        Labels.shortMonth(t.points().get(t.points().size() - 1).month()),
        BriefWording.trend(t, organisationView),
        compared,
        markup(TrendLines.legendLine("legend-scope", org.ergolens.report.svg.Palette.BLUE, false)),
        markup(
            TrendLines.legendLine("legend-trend-org", org.ergolens.report.svg.Palette.GREY, true)));
  }

  private static String trendDescription(Trend t) {
    List<String> parts = new ArrayList<>();
    for (Trend.Point p : t.points()) {
      parts.add(
          Labels.shortMonth(p.month())
              + " "
              + (p.prevalence().isPresent()
                  ? Numbers.percent(p.prevalence().getAsDouble())
                  : "gap"));
    }
    return String.join(", ", parts);
  }

  private static SafeString markup(SvgElement svg) {
    return new SafeString(svg.render());
  }
}
