package org.ergolens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ergolens.model.CovariatePattern;

/**
 * The shape of the product, checked on every build: the packages follow the data flow and nothing
 * points back up it, every package has its place, and only {@code org.ergolens.privacy} can make
 * the published month that recommendations, trends and the report read.
 *
 * <pre>
 *   vocabulary (org.ergolens, model, config, text)   used by everyone
 *   stats                                            pure maths, used from analysis on
 *   dataset, pseudonym                               files written reproducibly; keyed pseudonyms
 *   survey (the import) → ingest → cohort → analysis → privacy → recommend, trend → report → job → cli
 *   generate                                         the synthetic-data tool, for cli only
 * </pre>
 */
@AnalyzeClasses(packages = "org.ergolens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String[] RAW = {"org.ergolens.analysis..", "org.ergolens.cohort.."};

  private static final String VOCABULARY = "org.ergolens";
  private static final String[] LAYERS = {
    "org.ergolens.model..",
    "org.ergolens.config..",
    "org.ergolens.text..",
    "org.ergolens.stats..",
    "org.ergolens.dataset..",
    "org.ergolens.pseudonym..",
    "org.ergolens.survey..",
    "org.ergolens.ingest..",
    "org.ergolens.cohort..",
    "org.ergolens.analysis..",
    "org.ergolens.privacy..",
    "org.ergolens.recommend..",
    "org.ergolens.trend..",
    "org.ergolens.report..",
    "org.ergolens.job..",
    "org.ergolens.generate..",
    "org.ergolens.cli.."
  };

  @ArchTest
  static final ArchRule everyPackageHasItsPlace =
      classes()
          .that()
          .resideInAPackage("org.ergolens..")
          .should()
          .resideInAPackage(VOCABULARY)
          .orShould()
          .resideInAnyPackage(LAYERS)
          .because("a new package is placed in the data flow (here and in the README) on purpose");

  @ArchTest
  static final ArchRule packagesFollowTheDataFlow =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Vocabulary")
          .definedBy(
              VOCABULARY, "org.ergolens.model..", "org.ergolens.config..", "org.ergolens.text..")
          .layer("Stats")
          .definedBy("org.ergolens.stats..")
          .layer("Dataset")
          .definedBy("org.ergolens.dataset..")
          .layer("Pseudonym")
          .definedBy("org.ergolens.pseudonym..")
          .layer("Import")
          .definedBy("org.ergolens.survey..")
          .layer("Ingest")
          .definedBy("org.ergolens.ingest..")
          .layer("Cohort")
          .definedBy("org.ergolens.cohort..")
          .layer("Analysis")
          .definedBy("org.ergolens.analysis..")
          .layer("Privacy")
          .definedBy("org.ergolens.privacy..")
          .layer("Recommend")
          .definedBy("org.ergolens.recommend..")
          .layer("Trend")
          .definedBy("org.ergolens.trend..")
          .layer("Report")
          .definedBy("org.ergolens.report..")
          .layer("Job")
          .definedBy("org.ergolens.job..")
          .layer("Generate")
          .definedBy("org.ergolens.generate..")
          .layer("Cli")
          .definedBy("org.ergolens.cli..")
          .whereLayer("Cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Generate")
          .mayOnlyBeAccessedByLayers("Cli")
          .whereLayer("Job")
          .mayOnlyBeAccessedByLayers("Cli")
          .whereLayer("Report")
          .mayOnlyBeAccessedByLayers("Job", "Cli")
          .whereLayer("Recommend")
          .mayOnlyBeAccessedByLayers("Report", "Job")
          .whereLayer("Trend")
          .mayOnlyBeAccessedByLayers("Report", "Job")
          .whereLayer("Privacy")
          .mayOnlyBeAccessedByLayers("Recommend", "Trend", "Report", "Job", "Cli")
          .whereLayer("Analysis")
          .mayOnlyBeAccessedByLayers("Privacy", "Job")
          .whereLayer("Cohort")
          .mayOnlyBeAccessedByLayers("Job", "Cli")
          .whereLayer("Ingest")
          .mayOnlyBeAccessedByLayers("Import", "Cohort", "Report", "Job", "Generate", "Cli")
          .whereLayer("Import")
          .mayOnlyBeAccessedByLayers("Job", "Cli")
          .whereLayer("Pseudonym")
          .mayOnlyBeAccessedByLayers("Import", "Generate", "Cli")
          .whereLayer("Dataset")
          .mayOnlyBeAccessedByLayers("Import", "Report", "Generate", "Cli")
          .whereLayer("Stats")
          .mayOnlyBeAccessedByLayers("Analysis", "Privacy", "Recommend", "Trend", "Report", "Job")
          .because("the data flows one way: a stage never reaches back into the stages after it");

  /** Classes of the analysis before the privacy rules: its packages and the pattern counts. */
  private static final DescribedPredicate<JavaClass> RAW_COUNTS =
      JavaClass.Predicates.resideInAnyPackage(RAW)
          .or(JavaClass.Predicates.assignableTo(CovariatePattern.class))
          .as("are raw counts (analysis, cohort, covariate patterns)");

  @ArchTest
  static final ArchRule readersOfThePublishedMonthSeeNoRawCounts =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.ergolens.recommend..", "org.ergolens.trend..", "org.ergolens.report..")
          .should()
          .dependOnClassesThat(RAW_COUNTS)
          .because(
              "recommendations, trends and every report writer read the published month only,"
                  + " so nothing but the privacy rules decides what a reader sees");

  /** The types of the published month: PublishedMonth, PublishedSummary, PublishedEffect. */
  private static final DescribedPredicate<JavaClass> PUBLISHED =
      DescribedPredicate.describe(
          "are published types",
          c ->
              c.getPackageName().equals("org.ergolens.privacy")
                  && c.getSimpleName().startsWith("Published"));

  @ArchTest
  static final ArchRule publishedTypesHoldNoPathBackToRawCounts =
      noClasses()
          .that(PUBLISHED)
          .should()
          .dependOnClassesThat(RAW_COUNTS)
          .because("a published value never leads back to the counts it was published from");

  @ArchTest
  static final ArchRule onlyThePrivacyPackageMakesThePublishedMonth =
      constructors()
          .that()
          .areDeclaredInClassesThat(PUBLISHED)
          .should()
          .notBePublic()
          .andShould()
          .onlyBeCalled()
          .byClassesThat()
          .resideInAPackage("org.ergolens.privacy")
          .because("only the privacy rules decide what is published");
}
