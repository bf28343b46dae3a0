package org.ergolens.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RFC 4180 records over a character stream: the grammar, line numbers and the bounds. */
class CsvRecordParserTest {
  private static List<CsvRecord> parse(String text, CsvOptions options, int expectFields)
      throws IOException {
    List<CsvRecord> out = new ArrayList<>();
    try (CsvRecordParser p = new CsvRecordParser(new StringReader(text), options)) {
      p.expectFields(expectFields);
      for (Optional<CsvRecord> r = p.next(); r.isPresent(); r = p.next()) {
        out.add(r.get());
      }
    }
    return out;
  }

  private static List<CsvRecord> parse(String text) throws IOException {
    return parse(text, CsvOptions.of(Delimiter.COMMA), 0);
  }

  @Test
  void quotedFieldsHoldDelimitersQuotesAndLineBreaksOfEveryKind() throws IOException {
    List<CsvRecord> r =
        parse("a,b,c\n1,\"x, \"\"y\"\"\",z\n2,\"two\nlines\",z\r\n3,\"cr\rlf\r\nend\",z\n4,,\n");
    assertEquals(5, r.size());
    assertEquals(List.of("1", "x, \"y\"", "z"), r.get(1).fields());
    assertEquals(List.of("2", "two\nlines", "z"), r.get(2).fields());
    assertEquals(List.of("3", "cr\rlf\r\nend", "z"), r.get(3).fields());
    assertEquals(List.of("4", "", ""), r.get(4).fields());
    assertEquals(List.of(1L, 2L, 3L, 5L, 8L), r.stream().map(CsvRecord::line).toList());
    assertEquals(List.of(1, 1, 2, 3, 1), r.stream().map(CsvRecord::lineCount).toList());
    assertEquals("2,\"two\nlines\",z", r.get(2).text(), "the record as it stands in the file");
  }

  @Test
  void blankLinesAreSkippedButCountedAndTheLastLineNeedsNoBreak() throws IOException {
    List<CsvRecord> r = parse("a,b\n\n\r\n1,2\r\r3,\"4\"");
    assertEquals(List.of(1L, 4L, 6L), r.stream().map(CsvRecord::line).toList());
    assertEquals(List.of("3", "4"), r.get(2).fields());
  }

  @Test
  void semicolonAndTabSeparate() throws IOException {
    assertEquals(
        List.of("7,5", "a;b"),
        parse("7,5;\"a;b\"\n", CsvOptions.of(Delimiter.SEMICOLON), 0).get(0).fields());
    assertEquals(
        List.of("x", "y, z"), parse("x\ty, z\n", CsvOptions.of(Delimiter.TAB), 0).get(0).fields());
  }

  @Test
  void badQuotingIsMalformedAndCostsOnlyItsLine() throws IOException {
    List<CsvRecord> r = parse("ab\"c,d\n\"x\"y,z\nok,1\n");
    assertEquals("a quote inside an unquoted field (field 1)", r.get(0).malformed());
    assertEquals("text after a closing quote (field 1)", r.get(1).malformed());
    assertTrue(r.get(0).fields().isEmpty());
    assertFalse(r.get(2).isMalformed());
  }

  @Test
  void anUnclosedQuoteMidFileRejectsItsFirstLineAndReadingResumesOnTheNext() throws IOException {
    StringBuilder s = new StringBuilder("id,dept,hours\n");
    s.append("q1,\"fin,3\n");
    for (int i = 1; i <= 150; i++) {
      s.append("r").append(i).append(",fin,").append(i % 9).append('\n');
    }
    List<CsvRecord> r = parse(s.toString(), CsvOptions.of(Delimiter.COMMA), 3);
    assertEquals(152, r.size(), "header, the bad line and all 150 rows");
    assertEquals(2, r.get(1).line());
    assertEquals(
        "an unclosed quote: the record is still open after 100 lines", r.get(1).malformed());
    assertEquals("q1,\"fin,3", r.get(1).text());
    assertEquals(3, r.get(2).line());
    assertEquals(List.of("r1", "fin", "1"), r.get(2).fields());
    assertTrue(r.subList(2, 152).stream().noneMatch(CsvRecord::isMalformed));
  }

  @Test
  void aStrayQuoteThatALaterQuoteClosesStillCostsOneLine() throws IOException {
    String text = "id,dept,note\nq1,\"fin,x\nr1,fin,\"a, b\"\nr2,ops,c\n";
    List<CsvRecord> r = parse(text, CsvOptions.of(Delimiter.COMMA), 3);
    assertEquals(List.of(1L, 2L, 3L, 4L), r.stream().map(CsvRecord::line).toList());
    assertTrue(r.get(1).isMalformed());
    assertEquals(List.of("r1", "fin", "a, b"), r.get(2).fields());
    assertEquals(List.of("r2", "ops", "c"), r.get(3).fields());
  }

  @Test
  void anUnclosedQuoteAtTheEndOfTheFileIsBoundedToo() throws IOException {
    List<CsvRecord> r = parse("a,b\n1,\"2\n3,4\n", CsvOptions.of(Delimiter.COMMA), 2);
    assertEquals(
        "an unclosed quote: the record is still open at the end of the file", r.get(1).malformed());
    assertEquals(List.of("3", "4"), r.get(2).fields());
    assertEquals(
        "an unclosed quote (field 2)", parse("a,\"b").get(0).malformed(), "on its only line");
  }

  @Test
  void theLineLimitIsConfigurable() throws IOException {
    String text = "a,b\n1,\"x\ny\nz\"\n";
    assertEquals(List.of("1", "x\ny\nz"), parse(text).get(1).fields());
    List<CsvRecord> tight = parse(text, CsvOptions.of(Delimiter.COMMA).withMaxRecordLines(2), 0);
    assertEquals(
        "an unclosed quote: the record is still open after 2 lines", tight.get(1).malformed());
    assertEquals(3, tight.get(2).line(), "reading resumes at the record's second line");
  }

  @Test
  void aRecordOverTheByteLimitIsMalformedAndTheNextLineIsRead() throws IOException {
    CsvOptions small = new CsvOptions(Delimiter.COMMA, 100, 64);
    String longLine = "x".repeat(200);
    List<CsvRecord> r = parse("a\n" + longLine + "\nb\n\"" + longLine + "\nc\n", small, 0);
    assertEquals("the line is longer than 64 bytes", r.get(1).malformed());
    assertEquals(List.of("b"), r.get(2).fields());
    assertEquals(4, r.get(3).line());
    assertEquals("the line is longer than 64 bytes", r.get(3).malformed());
    assertEquals(List.of("c"), r.get(4).fields());
    assertEquals(5, r.get(4).line());
    String open = "\"" + "y\n".repeat(40);
    List<CsvRecord> multi = parse("a\n" + open + "d\n", small, 0);
    assertEquals(
        "an unclosed quote: the record is still open after 64 bytes", multi.get(1).malformed());
    assertEquals(3, multi.get(2).line(), "resumes at the open record's second line");
  }

  @Test
  void aRecordOfExactlyTheByteLimitIsRead() throws IOException {
    CsvOptions small = new CsvOptions(Delimiter.COMMA, 100, 8);
    assertEquals(List.of("12345678"), parse("12345678\n", small, 0).get(0).fields());
  }

  @Test
  void aWrongFieldCountIsMalformedAndASpanningOneCostsOneLine() throws IOException {
    List<CsvRecord> r =
        parse("a,b,c\n1,2\n3,\"x\ny\",4,5\n6,7,8\n", CsvOptions.of(Delimiter.COMMA), 3);
    assertEquals("2 fields where the header has 3", r.get(1).malformed());
    assertEquals(
        "an unclosed quote: the quoted field runs over 2 lines into a malformed record (4 fields"
            + " where the header has 3)",
        r.get(2).malformed());
    assertEquals(3, r.get(2).line());
    assertEquals(4, r.get(3).line(), "the spanning record's second line is read on its own");
    assertTrue(r.get(3).isMalformed());
    assertEquals(List.of("6", "7", "8"), r.get(4).fields());
  }

  @Test
  void aNulByteMakesTheRecordMalformed() throws IOException {
    CsvRecord r = parse("a,b\0c\n").get(0);
    assertEquals("a NUL byte in the record", r.malformed());
    assertNull(parse("a,b\n").get(0).malformed());
  }
}
