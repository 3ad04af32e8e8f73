package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.battlequiz.generation.GenerationResult;
import org.battlequiz.generation.item.QuestionContent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Every question a Moodle XML export holds carries what Moodle's importer (question/format/xml/format.php and
 * qtype_ordering's import_from_xml) reads for its type; a missing shownumcorrect, for one, makes Moodle fail on
 * an ordering question's hints and leaves a half-imported bank.
 */
class MoodleXmlImportRequirementsTest {
    private static final List<String> EVERY_QUESTION = List.of("name/text", "questiontext/text", "generalfeedback/text",
            "defaultgrade", "penalty", "hidden", "idnumber");
    private static final List<String> COMBINED_FEEDBACK = List.of("correctfeedback/text",
            "partiallycorrectfeedback/text", "incorrectfeedback/text", "shownumcorrect");
    private static final Map<String, List<String>> PER_TYPE = Map.of(
            "multichoice", concat(List.of("single", "shuffleanswers", "answernumbering"), COMBINED_FEEDBACK),
            "truefalse", List.of(),
            "shortanswer", List.of("usecase"),
            "numerical", List.of(),
            "matching", concat(List.of("shuffleanswers"), COMBINED_FEEDBACK),
            "ordering", concat(List.of("layouttype", "selecttype", "selectcount", "gradingtype", "showgrading"),
                    COMBINED_FEEDBACK));
    private static final List<Double> MOODLE_GRADES = List.of(1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5,
            0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0);

    @Test
    void everyExportedQuestionOfEveryShippedSetCarriesWhatMoodleNeeds() {
        Set<String> typesSeen = new TreeSet<>();
        int checked = 0;
        List<List<QuestionContent>> sets = new ArrayList<>();
        ShippedSets.all().stream().map(GenerationResult::questions).forEach(sets::add);
        sets.add(SampleItems.everyType());
        sets.add(List.of(SampleItems.manyOptions(3, 12), SampleItems.manyOptions(12, 2), SampleItems.manyOptions(7, 7)));
        for (List<QuestionContent> items : sets) {
            String xml = Interchange.export(Format.MOODLE_XML, SetInfo.titled("Set"), items).text();
            List<Element> questions = questions(xml);
            assertEquals(items.size(), questions.size());
            for (int i = 0; i < questions.size(); i++) {
                String type = questions.get(i).getAttribute("type");
                String where = "question " + (i + 1) + " (" + type + ")";
                typesSeen.add(type);
                assertTrue(PER_TYPE.containsKey(type), where + ": unexpected type");
                for (String path : concat(EVERY_QUESTION, PER_TYPE.get(type))) {
                    assertTrue(has(questions.get(i), path), where + " lacks <" + path + ">");
                }
                assertAnswers(questions.get(i), type, where);
                checked++;
            }
        }
        assertEquals(PER_TYPE.keySet(), typesSeen, "every exported type is checked");
        assertEquals(sets.stream().mapToInt(List::size).sum(), checked);
        System.out.println("Moodle XML import requirements held by " + checked + " exported questions");
    }

    private static void assertAnswers(Element question, String type, String where) {
        if (type.equals("matching")) {
            List<Element> subquestions = XmlElements.children(question, "subquestion");
            assertTrue(subquestions.size() >= 2, where + ": a matching question needs two subquestions");
            subquestions.forEach(sub -> assertTrue(has(sub, "text") && has(sub, "answer/text"), where));
            return;
        }
        List<Element> answers = XmlElements.children(question, "answer");
        int least = switch (type) {
            case "multichoice", "truefalse", "ordering" -> 2;
            default -> 1;
        };
        assertTrue(answers.size() >= least, where + ": " + answers.size() + " answers");
        for (Element answer : answers) {
            assertTrue(has(answer, "text"), where + ": an answer without <text>");
            String fraction = answer.getAttribute("fraction");
            assertTrue(!fraction.isEmpty(), where + ": an answer without a fraction");
            if (!type.equals("ordering")) {
                double grade = Math.abs(Double.parseDouble(fraction) / 100);
                assertTrue(MOODLE_GRADES.stream().anyMatch(allowed -> Math.abs(allowed - grade) < 0.00001),
                        where + ": fraction " + fraction + " is not a Moodle grade");
            }
        }
        if (type.equals("truefalse")) {
            assertEquals(List.of("true", "false"), answers.stream().map(XmlElements::text).toList(), where);
        }
    }

    private static boolean has(Element parent, String path) {
        Element current = parent;
        for (String step : path.split("/")) {
            current = XmlElements.child(current, step);
            if (current == null) {
                return false;
            }
        }
        return true;
    }

    private static List<Element> questions(String xml) {
        try {
            Element quiz = SecureXml.documentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
            return XmlElements.children(quiz, "question").stream()
                    .filter(question -> !question.getAttribute("type").equals("category")).toList();
        } catch (Exception e) {
            throw new AssertionError("the export is not well-formed", e);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
