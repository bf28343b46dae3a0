package org.ergolens.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ergolens.generate.ExportDialect;
import org.ergolens.generate.ExportPlatform;
import org.ergolens.generate.Questionnaire;
import org.ergolens.generate.SurveyExportGenerator;
import org.ergolens.testing.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The worked custom profile shipped in {@code jobs/profiles/}: the questionnaire in German, in
 * Microsoft Forms, with the sitting time asked as a number. Its workbook imports, and so does the
 * same download saved as CSV by a German spreadsheet (semicolons, decimal commas, a byte-order
 * mark, CRLF, comments over several lines inside quotes); both give the twin, and the report counts
 * what the twin says.
 */
class CustomProfileTest {
  static final Path PROFILE = Path.of("jobs/profiles/microsoft-forms-de.json");

  /** The German wording, written out here as the profile's author would read it off the form. */
  static final Questionnaire GERMAN =
      new Questionnaire(
          Map.ofEntries(
              Map.entry("A2", "In welcher Abteilung arbeiten Sie?"),
              Map.entry(
                  "B1",
                  "Wie viele Stunden sitzen Sie an einem typischen Arbeitstag? (Zahl, z. B. 7,5)"),
              Map.entry("B2", "Wo ist die Oberkante Ihres Bildschirms, wenn Sie aufrecht sitzen?"),
              Map.entry("B3", "Stützt Ihr Stuhl Ihren unteren Rücken?"),
              Map.entry("B4", "Wie oft stehen Sie vom Sitzen auf?"),
              Map.entry(
                  "B5", "An wie vielen Tagen pro Woche bewegen Sie sich mindestens 30 Minuten?"),
              Map.entry("B6", "Was für einen Schreibtisch nutzen Sie?"),
              Map.entry("B7", "Wo arbeiten Sie überwiegend?"),
              Map.entry("C1", "Wie stark hatten Sie in den letzten 4 Wochen Beschwerden?"),
              Map.entry("C2", "Falls Sie Beschwerden hatten: Wie lange dauern sie schon an?"),
              Map.entry("C3", "Hatten Sie Taubheitsgefühle oder Kribbeln in Armen oder Händen?"),
              Map.entry("C4", "Haben die Beschwerden Ihre Arbeit erschwert?"),
              Map.entry("D1", "Möchten Sie uns noch etwas zu Ihrem Arbeitsplatz sagen?")),
          Map.of(
              "B2",
              Map.of(
                  "above_eye_level", "Über meiner Augenhöhe",
                  "at_eye_level", "Auf meiner Augenhöhe",
                  "below_eye_level", "Unter meiner Augenhöhe",
                  "laptop_only", "Ich nutze nur einen Laptop-Bildschirm"),
              "B3",
              Map.of("yes", "Ja", "no", "Nein"),
              "B4",
              Map.of(
                  "every_30_min", "Alle 30 Minuten oder öfter",
                  "hourly", "Etwa jede Stunde",
                  "every_2_hours", "Etwa alle 2 Stunden",
                  "rarely", "Selten"),
              "B5",
              Map.of(0, "0", 1, "1", 2, "2", 3, "3", 4, "4", 5, "5", 6, "6", 7, "7"),
              "B6",
              Map.of("fixed", "Fester Schreibtisch", "sit_stand", "Sitz-Steh-Schreibtisch"),
              "B7",
              Map.of("office", "Büro", "home", "Zuhause", "hybrid", "Beides"),
              "C2",
              Map.of(
                  1, "1 Tag oder weniger",
                  3, "2 bis 3 Tage",
                  7, "4 bis 7 Tage",
                  14, "Länger als eine Woche"),
              "C3",
              Map.of(true, "Ja", false, "Nein"),
              "C4",
              Map.of(true, "Ja", false, "Nein")),
          List.of(
              "Nacken",
              "Schultern",
              "Oberer Rücken",
              "Ellenbogen",
              "Handgelenke oder Hände",
              "Unterer Rücken",
              "Hüften oder Oberschenkel",
              "Knie",
              "Knöchel oder Füße"),
          List.of("Keine", "Leicht", "Mäßig", "Stark"),
          true,
          List.of("ID", "Startzeit", "Fertigstellungszeit", "E-Mail", "Name", "Letzte Änderung"));

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"workbook", "european-csv"})
  void theGermanFormImportsAsDownloadedAndAsSavedByAGermanSpreadsheet(String saved)
      throws Exception {
    boolean csv = saved.equals("european-csv");
    Path export = dir.resolve("export");
    Path twin = dir.resolve("twin");
    SurveyExportGenerator generator =
        new SurveyExportGenerator(ExportFixtures.spec(), ExportPlatform.MICROSOFT_FORMS)
            .withQuestionnaire(GERMAN, "ergonomie-umfrage")
            .withTwin(twin, ExportFixtures.pseudonymizer());
    SurveyExportGenerator.Result generated =
        (csv ? generator.withDialect(ExportDialect.EUROPEAN_CSV) : generator).generate(export);
    if (csv) {
      byte[] bytes = Files.readAllBytes(generated.files().get(0));
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertTrue(text.startsWith("\uFEFFID;Startzeit;Fertigstellungszeit;"), "BOM and ;");
      assertTrue(text.contains("\r\n") && text.contains("\"The armrest"), "CRLF, quoted cells");
      assertTrue(text.matches("(?s).*;\\d+,5;.*"), "decimal commas");
      assertTrue(text.matches("(?s).*;\\d\\d\\.\\d\\d\\.2026 \\d\\d:\\d\\d:\\d\\d;.*"), "dates");
    }
    Path key = ExportFixtures.keyFile(dir);
    Path imported = dir.resolve("imported");
    CliRun run =
        CliRun.run(
            "import",
            "--input",
            export.toString(),
            "--profile",
            PROFILE.toString(),
            "--key-file",
            key.toString(),
            "--out",
            imported.toString(),
            "--format",
            "csv");
    assertEquals(0, run.exitCode(), run.err());
    for (String dataset : List.of("workstation_survey.csv", "discomfort_reports.csv")) {
      assertEquals(
          Files.readString(twin.resolve(dataset)),
          Files.readString(imported.resolve(dataset)),
          dataset);
    }
    Path out = dir.resolve("out");
    CliRun monthly =
        CliRun.run(
            "monthly",
            "--input",
            export.toString(),
            "--profile",
            PROFILE.toString(),
            "--key-file",
            key.toString(),
            "--out",
            out.toString());
    assertEquals(0, monthly.exitCode(), monthly.err());
    assertEquals(
        ExportFixtures.expectedTotals(twin, ExportFixtures.MONTH),
        ExportFixtures.reportedTotals(
            out.resolve("month=" + ExportFixtures.MONTH).resolve("report.json")));
    assertEquals(List.of(), ExportFixtures.findings(generated.identifying(), out, imported));
  }
}
