package org.ergolens.report.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** What a reader sees of a rendered brief: its visible text, its charts' markup, its PDF's text. */
final class BriefTexts {
  private BriefTexts() {}

  /** The brief as a parsed XHTML document (it must be well-formed XML). */
  static Document parse(String xhtml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    } catch (Exception e) {
      throw new AssertionError("The brief is not well-formed XHTML: " + e.getMessage(), e);
    }
  }

  /**
   * The text a reader of the page sees: every text node outside {@code <style>}, the SVG charts'
   * titles and descriptions included (screen readers announce them), with white space collapsed.
   */
  static String visibleText(String xhtml) {
    StringBuilder sb = new StringBuilder();
    collect(parse(xhtml).getDocumentElement(), sb);
    return sb.toString().replaceAll("\\s+", " ").trim();
  }

  private static void collect(Node n, StringBuilder sb) {
    if (n.getNodeType() == Node.TEXT_NODE) {
      sb.append(n.getNodeValue()).append(' ');
      return;
    }
    if ("style".equals(n.getLocalName())) {
      return;
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      collect(c, sb);
    }
  }

  /** Every inline SVG of the page. */
  static List<String> svgs(String xhtml) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?s)<svg.*?</svg>").matcher(xhtml);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The PDF of a brief. */
  static byte[] pdf(UnitBrief brief) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BriefPdf.write(brief, out);
    return out.toByteArray();
  }

  static byte[] pdf(OrganisationBrief brief) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BriefPdf.write(brief, out);
    return out.toByteArray();
  }

  /** The text PDFBox extracts, in reading order, one line per line of the page. */
  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(true);
      return s.getText(doc).replace("\r\n", "\n");
    }
  }

  /**
   * The extracted text in the order it was drawn (column by column), as one line: white space
   * collapsed, and a line broken after a dash or hyphen joined again.
   */
  static String pdfFlatText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replace("\r\n", "\n");
      return text.replaceAll("([–-])\n", "$1").replaceAll("\\s+", " ").trim();
    }
  }

  static int pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }
}
