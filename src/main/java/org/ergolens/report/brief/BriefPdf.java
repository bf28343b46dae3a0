package org.ergolens.report.brief;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumSet;
import org.apache.batik.css.parser.Parser;
import org.apache.batik.util.XMLResourceDescriptor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays a brief's XHTML out as PDF with openhtmltopdf on PDFBox, on the JVM alone (no browser), so
 * that it runs on a cluster's driver. The charts stay vector graphics (Batik draws the inline SVG);
 * the text is set in the shipped Liberation Sans, embedded as a subset. Nothing is loaded from
 * anywhere: every external resource is refused. The same brief gives the same bytes on every run:
 * the document has no creation or modification date, a fixed producer, and an id derived from its
 * content.
 */
public final class BriefPdf {
  /** The font family the stylesheet names, served from the shipped files. */
  static final String FAMILY = "Liberation Sans";

  static final String FONTS = "org/ergolens/report/brief/fonts/";
  static final String PRODUCER = "ErgoLens";

  static {
    XRLog.setLoggerImpl(new OpenHtmlLog());
    // Batik reads the class name of its CSS parser from a properties file. The application jar
    // relocates Batik, which a name inside a properties file cannot follow; a class literal does.
    XMLResourceDescriptor.setCSSParserClassName(Parser.class.getName());
  }

  private BriefPdf() {}

  /** Writes a unit's brief as PDF. */
  public static void write(UnitBrief brief, OutputStream out) throws IOException {
    render(BriefHtml.render(BriefPage.of(brief), false), out);
  }

  /** Writes the organisation's brief as PDF. */
  public static void write(OrganisationBrief brief, OutputStream out) throws IOException {
    render(BriefHtml.render(BriefPage.of(brief), false), out);
  }

  /** Lays out one XHTML brief and writes it as PDF. */
  static void render(String xhtml, OutputStream out) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.withHtmlContent(xhtml, null);
    builder.useSVGDrawer(new BatikSVGDrawer());
    font(builder, "LiberationSans-Regular.ttf", 400);
    font(builder, "LiberationSans-Bold.ttf", 700);
    builder.withProducer(PRODUCER);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.toStream(OutputStream.nullOutputStream());
    try (PDDocument doc = builder.buildPdfRenderer().createPDFKeepOpen()) {
      fix(doc, xhtml);
      doc.save(out);
    }
  }

  private static void font(PdfRendererBuilder builder, String file, int weight) {
    builder.useFont(
        () -> resource(FONTS + file),
        FAMILY,
        weight,
        FontStyle.NORMAL,
        true,
        EnumSet.of(FSFontUseCase.DOCUMENT));
  }

  /** No dates, a fixed producer and an id from the content: the same brief, the same bytes. */
  static void fix(PDDocument doc, String content) {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setCreationDate(null);
    info.setModificationDate(null);
    info.setProducer(PRODUCER);
    byte[] id = Arrays.copyOf(sha256(content), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  static byte[] sha256(String content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static InputStream resource(String name) {
    InputStream in = BriefPdf.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + name);
    }
    return in;
  }
}
