package org.ergolens.report.brief;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.ergolens.text.Labels;

/**
 * {@code report.pdf} for HR: the organisation's brief, then every unit's, page for page as in their
 * own files, in one document with a bookmark for each. The briefs are appended with PDFBox, not
 * laid out again, so the pages are exactly those of the single briefs. Like them, the document has
 * no dates, a fixed producer and an id from its content: the same briefs, the same bytes. Every
 * brief is held in memory until the document is written (each is some tens of kilobytes).
 */
public final class ReportPdf {
  private ReportPdf() {}

  /** Where one brief's PDF comes from. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  /**
   * One brief in the report.
   *
   * @param bookmark its bookmark: "Your organisation", or the unit's display name
   * @param pdf its PDF, as {@link BriefPdf} wrote it
   */
  public record Part(String bookmark, Source pdf) {
    public Part {
      Checks.notNull(bookmark, "bookmark");
      Checks.notNull(pdf, "pdf");
    }
  }

  /** The bookmark of the organisation's brief. */
  public static final String ORGANISATION = "Your organisation";

  /** Writes the parts, in order, as one bookmarked PDF. */
  public static void write(YearMonth month, List<Part> parts, OutputStream out) throws IOException {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("report.pdf needs at least one brief");
    }
    MessageDigest digest = sha256();
    List<PDDocument> sources = new ArrayList<>();
    try (PDDocument report = new PDDocument()) {
      PDDocumentOutline outline = new PDDocumentOutline();
      PDFMergerUtility merger = new PDFMergerUtility();
      for (Part part : parts) {
        byte[] bytes;
        try (InputStream in = part.pdf().open()) {
          bytes = in.readAllBytes();
        }
        digest.update(bytes);
        PDDocument brief = load(part.bookmark(), bytes);
        sources.add(brief);
        int first = report.getNumberOfPages();
        merger.appendDocument(report, brief);
        outline.addLast(bookmark(part.bookmark(), report, first));
      }
      report.getDocumentCatalog().setDocumentOutline(outline);
      report.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
      report.getDocumentCatalog().setLanguage("en");
      PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
      prefs.setDisplayDocTitle(true);
      report.getDocumentCatalog().setViewerPreferences(prefs);
      report.setDocumentInformation(information(month));
      COSArray ids = new COSArray();
      byte[] id = Arrays.copyOf(digest.digest(), 16);
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      report.getDocument().getTrailer().setItem(COSName.ID, ids);
      report.save(out);
    } finally {
      for (PDDocument d : sources) {
        d.close();
      }
    }
  }

  private static PDDocument load(String bookmark, byte[] pdf) throws IOException {
    try {
      return Loader.loadPDF(new RandomAccessReadBuffer(pdf));
    } catch (IOException e) {
      throw new IOException(
          "Cannot add the brief '" + bookmark + "' to report.pdf: it is not a readable PDF", e);
    }
  }

  private static PDOutlineItem bookmark(String title, PDDocument report, int firstPage) {
    PDPageFitDestination to = new PDPageFitDestination();
    to.setPage(report.getPage(firstPage));
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title);
    item.setDestination(to);
    return item;
  }

  private static PDDocumentInformation information(YearMonth month) {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle("Workstation wellbeing briefs, " + Labels.month(month));
    info.setSubject("The organisation's brief, then every reporting unit's");
    info.setAuthor(BriefPdf.PRODUCER);
    info.setProducer(BriefPdf.PRODUCER);
    return info;
  }

  private static MessageDigest sha256() {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update("report.pdf".getBytes(StandardCharsets.UTF_8));
      return d;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
