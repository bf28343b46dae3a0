package org.ergolens.ingest.format;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Streams the rows of one sheet of an Excel workbook ({@code .xlsx}) as typed cell values, with the
 * sheet's row numbers. The sheet's XML is read with a pull parser, one row at a time, so memory
 * stays flat whatever the number of rows; only the styles, and the shared strings used so far, are
 * held. Rows without any value (only empty cells, empty text or formatting) are skipped, as a CSV
 * reader skips blank lines: Excel keeps formatted but empty rows.
 *
 * <p>Cells are typed as the workbook stores them ({@link CellValue}): text, numbers, booleans,
 * error codes, and numbers formatted as dates, which become dates (or date-times when the format
 * shows a time of day), in the workbook's 1900 or 1904 date system. A formula cell is its cached
 * value, the result the application that saved the file computed.
 *
 * <p>An Excel 97–2003 {@code .xls} file, a password-protected workbook, a damaged file or a missing
 * sheet is refused with a {@link WorkbookException} that says so.
 */
public final class XlsxSheetReader implements Closeable {
  private final OPCPackage pkg;
  private final String sheetName;
  private final List<String> sheetNames;
  private final SharedStrings strings;
  private final StylesTable styles;
  private final boolean date1904;
  private final InputStream sheetStream;
  private final XMLStreamReader xml;
  private final Map<Integer, DateKind> dateKinds = new HashMap<>();
  private int lastRow;

  private enum DateKind {
    NONE,
    DATE,
    DATE_TIME
  }

  private XlsxSheetReader(OPCPackage pkg, Optional<String> wanted) throws IOException {
    this.pkg = pkg;
    try {
      XSSFReader reader = new XSSFReader(pkg);
      WorkbookInfo info = WorkbookInfo.read(reader.getWorkbookData());
      this.sheetNames = info.sheetNames();
      this.date1904 = info.date1904();
      if (sheetNames.isEmpty()) {
        throw new WorkbookException("the workbook has no sheets.");
      }
      this.sheetName = wanted.orElse(sheetNames.get(0));
      if (!sheetNames.contains(sheetName)) {
        throw new WorkbookException(
            "the workbook has no sheet named '"
                + sheetName
                + "' (its sheets: '"
                + String.join("', '", sheetNames)
                + "'); set xlsx_sheet to one of them.");
      }
      this.strings = new SharedStrings(sharedStringsPart(pkg));
      this.styles = reader.getStylesTable();
      this.sheetStream = sheet(reader, sheetName);
      this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetStream);
    } catch (WorkbookException e) {
      throw e;
    } catch (OpenXML4JException | XMLStreamException | RuntimeException e) {
      throw damaged(e);
    }
  }

  /**
   * Opens a sheet of a workbook file.
   *
   * @param sheet the sheet's name; empty for the first sheet
   * @throws WorkbookException when the file is not a readable {@code .xlsx} workbook or has no such
   *     sheet
   */
  public static XlsxSheetReader open(Path file, Optional<String> sheet) throws IOException {
    checkKind(file);
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (OpenXML4JException | RuntimeException e) {
      throw damaged(e);
    }
    try {
      return new XlsxSheetReader(pkg, sheet);
    } catch (IOException | RuntimeException e) {
      pkg.revert();
      throw e;
    }
  }

  /** Refuses what is not an OOXML workbook, saying what it is. */
  private static void checkKind(Path file) throws IOException {
    FileMagic magic;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    }
    if (magic == FileMagic.OOXML) {
      return;
    }
    if (magic == FileMagic.OLE2) {
      boolean encrypted;
      try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
        encrypted = fs.getRoot().hasEntry("EncryptedPackage");
      } catch (IOException | RuntimeException e) {
        throw damaged(e);
      }
      throw new WorkbookException(
          encrypted
              ? "the workbook is protected with a password (encrypted); save a copy without a"
                  + " password."
              : "it is an Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx).");
    }
    throw new WorkbookException(
        "not an Excel workbook (.xlsx); the file is " + describe(magic) + ".");
  }

  private static String describe(FileMagic magic) {
    return magic == FileMagic.UNKNOWN ? "of an unknown kind" : "of kind " + magic.name();
  }

  private static WorkbookException damaged(Exception e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    detail = detail.strip().lines().findFirst().orElse("");
    return new WorkbookException("not a readable .xlsx workbook (" + detail + ").", e);
  }

  /** The shared strings part's content, or null when the workbook has none. */
  private static InputStream sharedStringsPart(OPCPackage pkg) throws IOException {
    var parts =
        pkg.getPartsByContentType(
            org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType());
    return parts.isEmpty() ? null : parts.get(0).getInputStream();
  }

  private static InputStream sheet(XSSFReader reader, String name)
      throws IOException, OpenXML4JException {
    XSSFReader.SheetIterator it = reader.getSheetIterator();
    while (it.hasNext()) {
      InputStream in = it.next();
      if (it.getSheetName().equals(name)) {
        return in;
      }
      in.close();
    }
    throw new WorkbookException("the workbook's sheet '" + name + "' has no data part.");
  }

  /** The sheet being read. */
  public String sheetName() {
    return sheetName;
  }

  /** The workbook's sheets, in order. */
  public List<String> sheetNames() {
    return sheetNames;
  }

  /**
   * The next row that holds a value, or empty after the last.
   *
   * @throws WorkbookException when the sheet's XML is damaged
   */
  public Optional<SheetRow> next() throws IOException {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
          SheetRow row = readRow();
          if (row != null) {
            return Optional.of(row);
          }
        }
      }
      return Optional.empty();
    } catch (XMLStreamException | RuntimeException e) {
      throw damaged(e);
    }
  }

  /** Reads a {@code <row>} through its end; null when it holds no value. */
  private SheetRow readRow() throws XMLStreamException, WorkbookException {
    String r = xml.getAttributeValue(null, "r");
    int rowNumber = r == null ? lastRow + 1 : Integer.parseInt(r);
    lastRow = rowNumber;
    List<CellValue> cells = new ArrayList<>();
    boolean any = false;
    int column = -1;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
        String ref = xml.getAttributeValue(null, "r");
        column = ref == null ? column + 1 : column(ref);
        CellValue value = readCell();
        while (cells.size() < column) {
          cells.add(CellValue.Blank.INSTANCE);
        }
        if (cells.size() == column) {
          cells.add(value);
        } else {
          cells.set(column, value);
        }
        any |= value.text() != null && !value.text().isEmpty();
      } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        break;
      }
    }
    return any ? new SheetRow(rowNumber, cells) : null;
  }

  /** Reads a {@code <c>} through its end. */
  private CellValue readCell() throws XMLStreamException, WorkbookException {
    String type = xml.getAttributeValue(null, "t");
    String style = xml.getAttributeValue(null, "s");
    String value = null;
    StringBuilder inline = null;
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = xml.getLocalName();
        if (name.equals("v")) {
          value = xml.getElementText();
          depth--;
        } else if (name.equals("t") && "inlineStr".equals(type)) {
          if (inline == null) {
            inline = new StringBuilder();
          }
          inline.append(xml.getElementText());
          depth--;
        } else if (name.equals("f") || name.equals("rPh")) {
          skip();
          depth--;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return typed(type, style, value, inline);
  }

  /** Skips the current element and everything inside it. */
  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private CellValue typed(String type, String style, String value, StringBuilder inline)
      throws XMLStreamException, WorkbookException {
    if ("inlineStr".equals(type)) {
      return inline == null ? CellValue.Blank.INSTANCE : new CellValue.Text(inline.toString());
    }
    if (value == null) {
      return CellValue.Blank.INSTANCE;
    }
    String t = type == null ? "n" : type;
    return switch (t) {
      case "s" -> new CellValue.Text(strings.get(Integer.parseInt(value.trim())));
      case "str" -> new CellValue.Text(value);
      case "b" ->
          new CellValue.Bool(value.trim().equals("1") || value.trim().equalsIgnoreCase("true"));
      case "e" -> new CellValue.Error(value);
      case "d" -> isoDate(value);
      default -> number(value.trim(), style);
    };
  }

  private CellValue number(String value, String style) {
    BigDecimal number = new BigDecimal(value);
    DateKind kind = style == null ? DateKind.NONE : dateKind(Integer.parseInt(style));
    if (kind == DateKind.NONE) {
      return new CellValue.Number(number);
    }
    double serial = number.doubleValue();
    if (!DateUtil.isValidExcelDate(serial)) {
      return new CellValue.Number(number);
    }
    LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904, true);
    return kind == DateKind.DATE
        ? new CellValue.Date(at.toLocalDate())
        : new CellValue.DateTime(at);
  }

  /** A cell of type {@code d}: an ISO 8601 date or date-time written as text. */
  private static CellValue isoDate(String value) {
    String v = value.trim();
    try {
      if (v.length() <= 10) {
        return new CellValue.Date(java.time.LocalDate.parse(v));
      }
      LocalDateTime at = LocalDateTime.parse(v.endsWith("Z") ? v.substring(0, v.length() - 1) : v);
      return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
          ? new CellValue.Date(at.toLocalDate())
          : new CellValue.DateTime(at);
    } catch (DateTimeParseException e) {
      return new CellValue.Text(value);
    }
  }

  private DateKind dateKind(int styleIndex) {
    return dateKinds.computeIfAbsent(styleIndex, this::computeDateKind);
  }

  private DateKind computeDateKind(int styleIndex) {
    if (styles == null || styleIndex >= styles.getNumCellStyles()) {
      return DateKind.NONE;
    }
    XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
    if (cellStyle == null) {
      return DateKind.NONE;
    }
    int format = cellStyle.getDataFormat();
    String pattern = cellStyle.getDataFormatString();
    if (pattern == null || !DateUtil.isADateFormat(format, pattern)) {
      return DateKind.NONE;
    }
    return showsTimeOfDay(pattern) ? DateKind.DATE_TIME : DateKind.DATE;
  }

  /** Whether a date format shows hours or seconds (outside quoted text and brackets). */
  static boolean showsTimeOfDay(String pattern) {
    String p =
        pattern
            .replaceAll("\"[^\"]*\"", "")
            .replaceAll("\\[[^\\]]*\\]", "")
            .replaceAll("\\\\.", "")
            .toLowerCase(Locale.ROOT);
    return p.indexOf('h') >= 0 || p.indexOf('s') >= 0;
  }

  /** The column index (0 is A) of a cell reference such as {@code AB12}. */
  static int column(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        col = col * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        col = col * 26 + (ch - 'a' + 1);
      } else {
        break;
      }
    }
    return col - 1;
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // closing the parser frees nothing that matters; the stream and package are closed below
    }
    sheetStream.close();
    strings.close();
    pkg.revert();
  }

  /** What the workbook part says: its sheets in order and its date system. */
  private record WorkbookInfo(List<String> sheetNames, boolean date1904) {
    static WorkbookInfo read(InputStream workbook) throws XMLStreamException, IOException {
      List<String> names = new ArrayList<>();
      boolean date1904 = false;
      try (workbook) {
        XMLStreamReader x = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbook);
        while (x.hasNext()) {
          if (x.next() == XMLStreamConstants.START_ELEMENT) {
            String name = x.getLocalName();
            if (name.equals("sheet")) {
              names.add(x.getAttributeValue(null, "name"));
            } else if (name.equals("workbookPr")) {
              String v = x.getAttributeValue(null, "date1904");
              date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
            }
          }
        }
        x.close();
      }
      return new WorkbookInfo(List.copyOf(names), date1904);
    }
  }
}
