package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.battlequiz.generation.item.AnswerCredit;
import org.battlequiz.generation.item.ItemDetails;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.quiz.Grader;
import org.junit.jupiter.api.Test;

/**
 * Our own fixture files, covering what Moodle's GIFT and XML test fixtures exercise: per-answer feedback, partial and
 * negative credit, alternatives, wildcards, ranges, text formats, images, names, idnumbers and tags. Each is kept,
 * graded as Moodle grades it, and written back by the export.
 */
class FixtureImportTest {
    private static final Grader GRADER = new Grader();

    static String fixture(String name) {
        try (InputStream in = FixtureImportTest.class.getResourceAsStream("/interchange/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static AnswerCredit credit(String answer, String fraction, String feedback, String tolerance) {
        return new AnswerCredit(answer, new BigDecimal(fraction), feedback, tolerance == null ? null : new BigDecimal(tolerance));
    }

    private static double grade(QuestionContent item, String... response) {
        return GRADER.grade(item, List.of(response));
    }

    @Test
    void giftKeepsFeedbackCreditAlternativesNamesAndTags() {
        ImportResult result = Interchange.importText(Format.GIFT, fixture("battles.gift"));
        List<QuestionContent> items = result.items();
        assertEquals("Battles of many ages", result.title());
        assertEquals(10, items.size());

        QuestionContent matching = items.get(0);
        assertEquals(List.of("Henry V of England", "Friedrich Paulus", "King Wu of <Zhou>", "Pyrrhus of Epirus"),
                matching.stems());
        assertEquals(List.of("Agincourt", "Stalingrad", "Muye", "Asculum", "Hastings"), matching.options());
        assertEquals("Commanders", matching.details().name());

        QuestionContent single = items.get(1);
        assertEquals(List.of(credit("English", "1", "right; the longbowmen held.", null),
                credit("French", "0", "no, the French lost", null),
                credit("Burgundian", "0", "they stayed away", null)), single.details().answers());

        QuestionContent multiple = items.get(2);
        assertEquals(QuestionType.MULTIPLE_SELECT, multiple.type());
        assertEquals(List.of("English", "Welsh"), multiple.keys());
        assertEquals(new BigDecimal("-1"), multiple.details().answers().get(1).fraction());
        assertEquals(0.5, grade(multiple, "English"));
        assertEquals(0.0, grade(multiple, "English", "Roman"));
        assertEquals(1.0, grade(multiple, "English", "Welsh"));

        QuestionContent edgehill = items.get(3);
        assertEquals(List.of(credit("1642", "1", null, "1"), credit("*", "0", "Far off", null)),
                edgehill.details().answers());
        assertEquals(1.0, grade(edgehill, "1643"));

        QuestionContent stalingrad = items.get(4);
        assertEquals(List.of("1943"), stalingrad.keys());
        assertEquals(List.of(credit("1943", "1", null, "0"), credit("1943", "0.5", "Close", "1")),
                stalingrad.details().answers());
        assertEquals(1.0, grade(stalingrad, "1943"));
        assertEquals(0.5, grade(stalingrad, "1942"));
        assertEquals(0.0, grade(stalingrad, "1941"));

        QuestionContent range = items.get(5);
        assertEquals(List.of("3.1415"), range.keys());
        assertEquals(0.0005, range.tolerance());
        assertEquals(new BigDecimal("0.0005"), range.details().answers().isEmpty() ? new BigDecimal("0.0005")
                : range.details().answers().get(0).tolerance());

        QuestionContent muye = items.get(6);
        assertEquals(List.of("Zhou"), muye.keys());
        assertEquals(List.of(credit("Zhou", "1", "Right!", null), credit("Chou", "0.75", "An old spelling", null),
                credit("*", "0", "No", null)), muye.details().answers());
        assertEquals(0.75, grade(muye, "chou"));
        assertEquals(0.0, grade(muye, "Shang"));

        QuestionContent decisive = items.get(7);
        assertEquals(List.of("False"), decisive.keys());
        assertEquals(List.of(credit("True", "0", "It was indecisive.", null),
                credit("False", "1", "Right, neither side won.", null)), decisive.details().answers());
        assertEquals("Both armies claimed it.", decisive.explanation());

        ItemDetails tagged = items.get(8).details();
        assertEquals("2-08 Edgehill", tagged.name());
        assertEquals("EDG-2", tagged.idNumber());
        assertEquals(List.of("civil-war", "england"), tagged.tags());

        QuestionContent markdown = items.get(9);
        assertEquals("The Battle of Asculum was won by Pyrrhus at great cost a map of Apulia", markdown.prompt());
        assertEquals(List.of("line 53: an image was left out (its alt text is kept); Battle Quiz items hold text only"),
                result.notes());
    }

    @Test
    void moodleXmlKeepsFeedbackCreditPenaltyIdNumberTagsAndFormats() {
        ImportResult result = Interchange.importText(Format.MOODLE_XML, fixture("battles.xml"));
        List<QuestionContent> items = result.items();
        assertEquals(7, items.size());

        QuestionContent cannae = items.get(0);
        assertEquals("Who won at Cannae?\n\nthe field at Cannae", cannae.prompt());
        assertEquals("Hannibal's double envelopment.", cannae.explanation());
        assertEquals(new ItemDetails("Cannae victor", "cannae-1 <b> & co", new BigDecimal("0.1000000"),
                List.of("punic-wars", "rome"), List.of(credit("Carthage", "1", "Yes, Hannibal.", null),
                        credit("Hannibal's allies", "0.5", "Half right.", null), credit("Rome", "0", "Rome lost.", null))),
                cannae.details());
        assertEquals(0.5, grade(cannae, "Hannibal's allies"));
        assertTrue(result.notes().get(0).startsWith("question 2 \"Cannae victor\" (type multichoice): an image was left out"),
                result.notes().toString());

        QuestionContent waterloo = items.get(1);
        assertEquals("Which armies fought Napoleon at Waterloo? <all>", waterloo.prompt());
        assertEquals(List.of("British", "Prussian"), waterloo.keys());
        assertEquals(BigDecimal.ZERO, waterloo.details().penalty());
        assertEquals(BigDecimal.ZERO, waterloo.details().answers().get(2).fraction(), "no invented penalty");

        QuestionContent marathon = items.get(2);
        assertEquals("In which year BC was Marathon fought? Answer as a negative number.", marathon.prompt());
        assertEquals("See Herodotus.", marathon.explanation());
        assertEquals(3, marathon.details().answers().size());
        assertEquals(0.5, grade(marathon, "-491"));
        assertEquals(0.0, grade(marathon, "-480"));

        QuestionContent hastings = items.get(3);
        assertEquals(List.of("William", "William the Conqueror"), hastings.keys());
        assertEquals(0.75, grade(hastings, "Guillaume"));
        assertEquals(1.0, grade(hastings, "william the conqueror"));

        assertEquals("He did.", items.get(4).details().creditFor("True").orElseThrow().feedback());
        assertEquals(List.of("Cannae", "Marathon", "Zama"), items.get(5).options());
        assertEquals(List.of("Marathon", "Cannae", "Hastings"), items.get(6).keys());
    }

    @Test
    void whatAFixtureKeepsTheExportWritesBackUnchanged() {
        for (Format format : List.of(Format.GIFT, Format.MOODLE_XML)) {
            String name = format == Format.GIFT ? "battles.gift" : "battles.xml";
            List<QuestionContent> items = Interchange.importText(format, fixture(name)).items();
            for (Format again : List.of(Format.GIFT, Format.MOODLE_XML)) {
                ExportResult exported = Interchange.export(again, SetInfo.titled("t"), items);
                List<QuestionContent> expected = items.stream()
                        .filter(item -> again != Format.GIFT || item.type() != QuestionType.ORDERING)
                        .map(item -> again == Format.GIFT ? withoutPenalty(item) : item).toList();
                assertEquals(expected, Interchange.importText(again, exported.text()).items(), name + " via " + again);
            }
        }
    }

    /** GIFT has no penalty. */
    private static QuestionContent withoutPenalty(QuestionContent item) {
        ItemDetails details = item.details();
        return item.withDetails(new ItemDetails(details.name(), details.idNumber(), null, details.tags(), details.answers()));
    }

    @Test
    void aGradeMoodleDoesNotOfferRefusesTheFileNamingTheQuestion() {
        String xml = """
                <quiz><question type="multichoice"><name><text>Primes</text></name>
                <questiontext><text>Pick the primes</text></questiontext><single>false</single>
                <answer fraction="33"><text>2</text></answer><answer fraction="-50"><text>4</text></answer>
                </question></quiz>""";
        InterchangeException refused = org.junit.jupiter.api.Assertions.assertThrows(InterchangeException.class,
                () -> Interchange.importText(Format.MOODLE_XML, xml));
        assertTrue(refused.getMessage().startsWith("question 1 \"Primes\" (type multichoice): <answer> 1 has grade 33%,"
                + " which is not one of Moodle's grades"), refused.getMessage());
        InterchangeException gift = org.junit.jupiter.api.Assertions.assertThrows(InterchangeException.class,
                () -> Interchange.importText(Format.GIFT, "::Primes::Pick{~%33%2 ~%67%3}"));
        assertTrue(gift.getMessage().startsWith("line 1: the answer '2' has grade 33%"), gift.getMessage());
    }
}
