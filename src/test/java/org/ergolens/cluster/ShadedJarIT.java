package org.ergolens.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.ergolens.report.brief.BriefSample;
import org.ergolens.testing.ChildProcesses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code jar tf target/ergolens-app.jar} must show: our classes and our relocated libraries,
 * nothing a Spark installation ships, and no reference from any class to a library under its
 * original name (that would load whatever version the cluster happens to have).
 */
class ShadedJarIT {
  static final String SHADED = "org/ergolens/shaded/";

  /** Packages every Spark installation has: they must come from the cluster, never from us. */
  static final List<String> PROVIDED =
      List.of(
          "org/apache/spark/",
          "scala/",
          "com/fasterxml/jackson/",
          "org/apache/hadoop/",
          "org/apache/parquet/",
          "org/apache/logging/",
          "org/slf4j/",
          "io/netty/",
          "com/google/common/",
          "org/apache/commons/",
          "org/apache/log4j/",
          "org/json4s/",
          "org/apache/arrow/");

  /**
   * Bundled but not relocated, on purpose: POI and the XMLBeans schemas it is built on. Their
   * compiled schemas (.xsb) name classes in binary data that relocation cannot rewrite, and no
   * Spark installation ships them. See the shade plugin's comment in pom.xml.
   */
  static final List<String> NOT_RELOCATED =
      List.of(
          "org/apache/poi/",
          "org/apache/xmlbeans/",
          "org/openxmlformats/",
          "com/microsoft/schemas/",
          "org/etsi/",
          "org/w3/x2000/");

  static JarFile jar;
  static List<String> classes = new ArrayList<>();

  @BeforeAll
  static void open() throws IOException {
    Path path = Path.of(System.getProperty("ergolens.appJar", "target/ergolens-app.jar"));
    assertTrue(Files.isRegularFile(path), path + " is built by 'mvn package'");
    jar = new JarFile(path.toFile());
    jar.stream()
        .map(JarEntry::getName)
        .filter(n -> n.endsWith(".class"))
        .map(ShadedJarIT::unversioned)
        .forEach(classes::add);
  }

  /** A multi-release entry's class name: META-INF/versions/11/a/B.class is a/B.class. */
  static String unversioned(String name) {
    return name.replaceFirst("^META-INF/versions/\\d+/", "");
  }

  @Test
  void itRunsErgoLensAndStartsNoSpark() throws IOException {
    assertEquals(
        "org.ergolens.cli.ErgoLensCli",
        jar.getManifest().getMainAttributes().getValue("Main-Class"));
    assertTrue(classes.contains("org/ergolens/cli/ErgoLensCli.class"));
    assertTrue(
        jar.stream().noneMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|DSA|RSA)")),
        "no signature files of bundled jars (they would not verify)");
  }

  @Test
  void nothingThatSparkShipsIsInside() {
    List<String> provided =
        classes.stream().filter(c -> PROVIDED.stream().anyMatch(c::startsWith)).limit(5).toList();
    assertEquals(
        List.of(),
        provided,
        "Spark, Jackson, Hadoop, Parquet, logging and commons-* " + "are provided by the cluster");
  }

  @Test
  void everyLibraryIsRelocatedUnderOrgErgolensShaded() {
    List<String> stray =
        classes.stream()
            .filter(c -> !c.startsWith("org/ergolens/") && !c.equals("module-info.class"))
            .filter(c -> NOT_RELOCATED.stream().noneMatch(c::startsWith))
            .limit(5)
            .toList();
    assertEquals(
        List.of(),
        stray,
        "a library outside org.ergolens.shaded: add a relocation for its package prefix to the"
            + " shade plugin in pom.xml (or exclude it if Spark ships it)");
    for (String lib :
        List.of(
            "picocli/CommandLine",
            "io/pebbletemplates/pebble/PebbleEngine",
            "org/unbescape/html/HtmlEscape",
            "org/apache/commons/math3/linear/RealMatrix",
            "org/apache/commons/statistics/inference/ChiSquareTest",
            "com/carrotsearch/hppc/LongIntHashMap",
            "com/openhtmltopdf/pdfboxout/PdfRendererBuilder",
            "org/apache/pdfbox/pdmodel/PDDocument",
            "org/apache/fontbox/ttf/TrueTypeFont",
            "org/apache/batik/bridge/GVTBuilder",
            "org/w3c/dom/svg/SVGDocument")) {
      assertTrue(classes.contains(SHADED + lib + ".class"), lib + " is bundled, relocated");
    }
  }

  @Test
  void noClassNamesALibraryByItsOriginalName() throws IOException {
    List<String> roots = relocatedRoots();
    assertTrue(roots.contains("picocli/"), roots.toString());
    List<String> offenders = new ArrayList<>();
    for (JarEntry e : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
      // Binary names (a/b/C) are what the JVM links against. Dotted names are checked in our own
      // classes only: the libraries' strings hold property keys such as "picocli.trace".
      boolean ours = e.getName().startsWith("org/ergolens/") && !e.getName().startsWith(SHADED);
      for (String constant : utf8Constants(jar.getInputStream(e).readAllBytes())) {
        for (String root : roots) {
          if (names(constant, root) || (ours && names(constant, root.replace('/', '.')))) {
            offenders.add(e.getName() + " names " + root);
          }
        }
      }
    }
    assertEquals(List.of(), offenders.stream().distinct().limit(5).toList());
  }

  /**
   * The PDF libraries work relocated: a JVM with only the application jar (and the logging API a
   * Spark installation provides) renders the fixtures' briefs and report.pdf, byte for byte as the
   * unrelocated libraries of the test class path do.
   */
  @Test
  void itRendersTheBriefsAsTheLibrariesDo(@TempDir Path dir) throws Exception {
    Path jarOut = dir.resolve("jar");
    List<String> cp = new ArrayList<>();
    cp.add(System.getProperty("ergolens.appJar", "target/ergolens-app.jar"));
    cp.add(Path.of("target/test-classes").toAbsolutePath().toString());
    for (String entry :
        Files.readString(Path.of(System.getProperty("ergolens.classpathFile"))).trim().split(":")) {
      String name = Path.of(entry).getFileName().toString();
      if (name.startsWith("slf4j-api-") || name.startsWith("jcl-over-slf4j-")) {
        cp.add(entry);
      }
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                String.join(java.io.File.pathSeparator, cp),
                "org.ergolens.report.brief.BriefSample",
                jarOut.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile());
    Process p = ChildProcesses.start(pb);
    try {
      assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the child finished");
      assertEquals(0, p.exitValue(), Files.readString(dir.resolve("child.log")));
    } finally {
      ChildProcesses.stop(p);
    }
    Path here = dir.resolve("here");
    BriefSample.write(here);
    for (String f :
        List.of("field-sales.pdf", "organisation.pdf", "report.pdf", "field-sales.html")) {
      assertArrayEquals(
          Files.readAllBytes(here.resolve(f)), Files.readAllBytes(jarOut.resolve(f)), f);
    }
  }

  /**
   * Whether a class-file constant names a class of the package {@code root} as such: at its start,
   * or after a descriptor's {@code L}, or after a character that cannot be part of a class name.
   * {@code org/ergolens/shaded/picocli/...} does not name {@code picocli/}.
   */
  static boolean names(String constant, String root) {
    for (int i = constant.indexOf(root); i >= 0; i = constant.indexOf(root, i + 1)) {
      int before = i;
      if (before > 0 && constant.charAt(before - 1) == 'L') {
        before--;
      }
      if (before == 0 || !isNamePart(constant.charAt(before - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNamePart(char c) {
    return Character.isJavaIdentifierPart(c) || c == '/' || c == '.';
  }

  /** The CONSTANT_Utf8 entries of a class file: every class name, descriptor and string. */
  static List<String> utf8Constants(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    in.skipBytes(8); // magic, minor and major version
    int count = in.readUnsignedShort();
    List<String> out = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> out.add(in.readUTF());
        case 7, 8, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++; // a long or double takes two entries
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return out;
  }

  /** The original packages of the relocated classes, without those inside another. */
  static List<String> relocatedRoots() {
    TreeSet<String> packages = new TreeSet<>();
    for (String c : classes) {
      if (c.startsWith(SHADED)) {
        packages.add(c.substring(SHADED.length(), c.lastIndexOf('/') + 1));
      }
    }
    List<String> roots = new ArrayList<>();
    for (String p : packages) {
      if (roots.isEmpty() || !p.startsWith(roots.get(roots.size() - 1))) {
        roots.add(p);
      }
    }
    return roots;
  }
}
