package org.ergolens.ingest.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * A workbook's shared strings, read from their part as far as the cells asked for so far need: a
 * sheet's first rows use the first strings (applications write them in order of first use), so
 * reading a header costs a few strings, not the whole table. The text of an item is its runs' text;
 * phonetic guides are left out.
 */
final class SharedStrings implements Closeable {
  private final InputStream in;
  private final XMLStreamReader xml;
  private final List<String> items = new ArrayList<>();
  private boolean done;

  /** Reads strings from {@code in}; null for a workbook without shared strings. */
  SharedStrings(InputStream in) throws XMLStreamException {
    this.in = in;
    this.xml = in == null ? null : XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
    this.done = in == null;
  }

  /** The string at {@code index}. */
  String get(int index) throws XMLStreamException, WorkbookException {
    while (items.size() <= index && !done) {
      readItem();
    }
    if (index >= items.size()) {
      throw new WorkbookException(
          "a cell refers to shared string " + index + ", but the workbook has " + items.size());
    }
    return items.get(index);
  }

  private void readItem() throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
        items.add(itemText());
        return;
      }
    }
    done = true;
  }

  /** The text of an {@code <si>}, read through its end. */
  private String itemText() throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    boolean phonetic = false;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("rPh")) {
          phonetic = true;
          depth++;
        } else if (name.equals("t") && !phonetic) {
          sb.append(xml.getElementText());
        } else {
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (xml.getLocalName().equals("rPh")) {
          phonetic = false;
        }
        depth--;
      }
    }
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // the stream is closed below
      }
      in.close();
    }
  }
}
