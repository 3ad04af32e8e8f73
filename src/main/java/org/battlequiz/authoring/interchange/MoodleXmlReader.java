package org.battlequiz.authoring.interchange;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a Moodle XML quiz file question by question: a question of a type Battle Quiz does not take, or with a
 * mistake of its own, is reported as skipped; a file that is not Moodle XML, or a grade Moodle refuses, refuses all.
 */
final class MoodleXmlReader {

    ImportResult read(String xml) {
        return read(new StringReader(xml.startsWith("\uFEFF") ? xml.substring(1) : xml));
    }

    ImportResult read(Reader reader) {
        Element quiz = parse(reader).getDocumentElement();
        if (!quiz.getTagName().equals("quiz")) {
            throw new InterchangeException("the root element is <" + quiz.getTagName()
                    + ">, but a Moodle XML file has <quiz>");
        }
        String title = null;
        List<ImportedQuestion> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int number = 0;
        for (Element question : XmlElements.children(quiz, "question")) {
            number++;
            String type = question.getAttribute("type");
            if (type.equals("category")) {
                title = title == null ? categoryTitle(question) : title;
                continue;
            }
            String where = "question " + number + nameOf(question) + " (type " + (type.isEmpty() ? "missing" : type) + ")";
            items.add(ItemRules.read(where, type.isEmpty() ? "missing" : type, () -> ItemMeta.fromTags(
                    MoodleQuestionParser.tags(question)).applyTo(new MoodleQuestionParser(question, where, notes).parse(type))));
        }
        if (items.isEmpty()) {
            throw new InterchangeException("the file holds no questions");
        }
        return new ImportResult(title, items, notes);
    }

    private static Document parse(Reader reader) {
        try {
            return SecureXml.documentBuilder().parse(new InputSource(reader));
        } catch (SAXParseException e) {
            String problem = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "the file declares a DOCTYPE; DTDs and entities are refused"
                    : "the file is not well-formed XML: " + e.getMessage();
            throw new InterchangeException("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + problem, e);
        } catch (SAXException | IOException e) {
            throw new InterchangeException("the file cannot be read as XML: " + e.getMessage(), e);
        }
    }

    private static String nameOf(Element question) {
        Element name = XmlElements.child(question, "name");
        String text = name == null ? "" : XmlElements.text(name).strip();
        return text.isEmpty() ? "" : " \"" + text + "\"";
    }
    private static String categoryTitle(Element question) {
        Element category = XmlElements.child(question, "category");
        return category == null ? null : CategoryPath.title(XmlElements.text(category));
    }
}
