package org.repatria.lists.sheet;

import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes the sheet's SAX events on to POI's handler and tells {@link XlsxSheet.Rows} which cell holds
 * a formula ({@code <f>} inside {@code <c r="B7">}), which POI's handler does not report.
 */
final class FormulaSpotter extends XMLFilterImpl {
    private final XlsxSheet.Rows rows;
    private String cellReference;

    FormulaSpotter(XlsxSheet.Rows rows) {
        this.rows = rows;
    }

    void delegate(org.xml.sax.ContentHandler handler) {
        setContentHandler(handler);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if ("c".equals(localName)) {
            cellReference = atts.getValue("r");
            rows.formulaAt(-1);
        } else if ("f".equals(localName) && cellReference != null) {
            rows.formulaAt(new CellReference(cellReference).getCol());
        }
        super.startElement(uri, localName, qName, atts);
    }
}
