package org.battlequiz.authoring.interchange;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** XPath over exported XML, for assertions. */
final class XmlQueries {
    private final Document document;

    XmlQueries(String xml) {
        try {
            document = SecureXml.documentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("export is not well-formed XML", e);
        }
    }

    List<String> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(xpath, document, XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent());
            }
            return values;
        } catch (XPathExpressionException e) {
            throw new AssertionError(e);
        }
    }

    String one(String xpath) {
        List<String> values = all(xpath);
        if (values.size() != 1) {
            throw new AssertionError(xpath + " found " + values);
        }
        return values.get(0);
    }
}
