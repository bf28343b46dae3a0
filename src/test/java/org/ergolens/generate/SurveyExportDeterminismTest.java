package org.ergolens.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same spec and platform always give byte-identical exports, workbooks included. */
class SurveyExportDeterminismTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(ExportPlatform.class)
  void sameSpecSameBytes(ExportPlatform platform) throws Exception {
    GeneratorSpec spec =
        GeneratorSpec.defaults()
            .withRespondents(200)
            .withMonths(2)
            .withEndMonth(YearMonth.of(2026, 10));
    SurveyExportGenerator.Result a =
        new SurveyExportGenerator(spec, platform).generate(dir.resolve("a"));
    SurveyExportGenerator.Result b =
        new SurveyExportGenerator(spec, platform).generate(dir.resolve("b"));
    assertEquals(platform == ExportPlatform.MICROSOFT_FORMS ? 2 : 1, a.files().size());
    for (int i = 0; i < a.files().size(); i++) {
      assertEquals(a.files().get(i).getFileName(), b.files().get(i).getFileName());
      assertArrayEquals(Files.readAllBytes(a.files().get(i)), Files.readAllBytes(b.files().get(i)));
    }
  }
}
