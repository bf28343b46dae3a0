package org.ergolens.report.dashboard;

import java.util.function.Function;
import org.ergolens.model.Participation;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.text.Labels;

/**
 * The headcount and response-rate columns of a table of units, added only when a headcount was
 * given: withheld with the unit's respondents, "no headcount" where a department of the unit has
 * none, and the rate flagged in words when it is low or over the headcount.
 */
final class ParticipationColumns {
  private ParticipationColumns() {}

  /** Whether the month has a headcount at all (the organisation's says). */
  static boolean shown(PublishedSummary organisation) {
    return organisation.participation().unknown() != Participation.Unknown.NOT_GIVEN;
  }

  /** Adds "Headcount" and "Response rate" to {@code columns}. */
  static void add(
      DataTable.Spec<PublishedSummary> columns, Function<PublishedSummary, String> why) {
    columns.column("Headcount", true, u -> headcount(u, why.apply(u)));
    columns.column("Response rate", true, u -> rate(u, why.apply(u)));
  }

  static DataTable.Cell headcount(PublishedSummary u, String why) {
    Participation p = u.participation();
    return switch (p.known() ? Kind.KNOWN : kind(p)) {
      case WITHHELD -> DataTable.Cell.published(null, null, why);
      case MISSING -> new DataTable.Cell("no headcount", "", false, missingTitle(p));
      case KNOWN -> DataTable.Cell.published(p.headcount(), Formats.count(p.headcount()), why);
    };
  }

  static DataTable.Cell rate(PublishedSummary u, String why) {
    Participation p = u.participation();
    return switch (p.known() ? Kind.KNOWN : kind(p)) {
      case WITHHELD -> DataTable.Cell.published(null, null, why);
      case MISSING -> new DataTable.Cell("not known", "", false, missingTitle(p));
      case KNOWN -> {
        String flag = p.level() == Participation.Level.OK ? "" : Labels.participation(p.level());
        if (p.responseRate() == null) {
          yield new DataTable.Cell(
              "— (" + flag + ")", "", false, "the headcount is 0: check the headcount");
        }
        String text = Formats.percent(p.responseRate()) + (flag.isEmpty() ? "" : ", " + flag);
        yield new DataTable.Cell(text, p.responseRate().toString(), false, "");
      }
    };
  }

  private enum Kind {
    KNOWN,
    WITHHELD,
    MISSING
  }

  private static Kind kind(Participation p) {
    return p.unknown() == Participation.Unknown.MISSING_DEPARTMENTS ? Kind.MISSING : Kind.WITHHELD;
  }

  private static String missingTitle(Participation p) {
    return "no headcount for " + String.join(", ", p.missing());
  }
}
