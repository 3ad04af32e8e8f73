package org.battlequiz.authoring.interchange;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM look-ups for Moodle XML: direct children by name and the <text> inside an element. */
final class XmlElements {
    private XmlElements() {
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The content of parent/name, or null when there is no such child. */
    static String childContent(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }

    /** The content of holder/text, or "" when holder has no <text>. */
    static String text(Element holder) {
        Element text = child(holder, "text");
        return text == null ? "" : text.getTextContent();
    }
}
