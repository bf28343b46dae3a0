package org.ergolens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.ergolens.model.Outcome;
import org.ergolens.report.dashboard.ReportFixture;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The previous month's totals come from a published report.json, or not at all. */
class PreviousMonthReaderTest {
  static final Configuration CONF = new Configuration();

  @TempDir Path out;

  @Test
  void readsTheOrganisationTotalsOfAPublishedReportAsTheJsonWriterWritesThem() throws IOException {
    MonthlyReport sept = ReportFixture.month(List.of());
    sept =
        new MonthlyReport(
            "2026-09",
            sept.config(),
            sept.inputs(),
            sept.datasets(),
            sept.factors(),
            sept.organisation(),
            sept.effects(),
            sept.units(),
            List.of(),
            sept.notes(),
            true,
            List.of(),
            List.of());
    Path dir = Files.createDirectories(out.resolve("month=2026-09"));
    try (OutputStream o = Files.newOutputStream(dir.resolve("report.json"))) {
      JsonReportWriter.write(
          sept,
          List.of(Tables.factorEffects(sept.effects()), Tables.departmentSummary(sept.units())),
          o);
    }
    Files2.write(dir.resolve(MonthDirectory.SUCCESS_MARKER), "");

    PreviousMonth p =
        PreviousMonthReader.read(out.toString(), YearMonth.of(2026, 10), CONF).orElseThrow();
    assertEquals("2026-09", p.month());
    assertEquals(sept.organisation().respondents(), p.respondents());
    for (Outcome o : Outcome.values()) {
      assertEquals(sept.organisation().prevalence(o), p.prevalence(o), o.id());
    }
    assertEquals(sept.organisation().redFlagShare(), p.redFlagShare());
  }

  @Test
  void aMonthWithoutItsSuccessMarkerIsNotAReport() {
    Files2.write(
        out.resolve("month=2026-09/report.json"),
        "{\"report\": \"ergolens-monthly\","
            + " \"month\": \"2026-09\", \"organization\": {\"respondents\": 10}}");
    assertEquals(
        Optional.empty(), PreviousMonthReader.read(out.toString(), YearMonth.of(2026, 10), CONF));
  }

  @Test
  void aMissingUnreadableOrForeignReportMeansNoComparison() {
    assertEquals(
        Optional.empty(),
        PreviousMonthReader.read(out.toString(), YearMonth.of(2026, 10), CONF),
        "missing");
    Files2.write(out.resolve("month=2026-09/_SUCCESS"), "");
    Files2.write(out.resolve("month=2026-09/report.json"), "{not json");
    assertEquals(
        Optional.empty(),
        PreviousMonthReader.read(out.toString(), YearMonth.of(2026, 10), CONF),
        "unreadable");
    Files2.write(
        out.resolve("month=2026-09/report.json"),
        "{\"report\": \"ergolens-monthly\", \"month\": \"2026-08\"}");
    assertEquals(
        Optional.empty(),
        PreviousMonthReader.read(out.toString(), YearMonth.of(2026, 10), CONF),
        "another month");
  }

  @Test
  void withheldTotalsStayUnknown() {
    Files2.write(out.resolve("month=2025-12/_SUCCESS"), "");
    Files2.write(
        out.resolve("month=2025-12/report.json"),
        "{\"report\": \"ergolens-monthly\","
            + " \"month\": \"2025-12\", \"organization\": {\"respondents\": null, \"outcomes\":"
            + " {\"neck\": {\"cases\": null, \"prevalence\": null}}, \"red_flag_share\": null}}");
    PreviousMonth p =
        PreviousMonthReader.read(out.toString(), YearMonth.of(2026, 1), CONF).orElseThrow();
    assertEquals(null, p.respondents());
    assertEquals(null, p.prevalence(Outcome.NECK));
    assertEquals(null, p.redFlagShare());
    assertTrue(p.prevalence().containsKey("neck"));
  }
}
