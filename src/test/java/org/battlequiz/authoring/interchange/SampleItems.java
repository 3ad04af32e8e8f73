package org.battlequiz.authoring.interchange;

import java.util.List;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/** Hand-made items of every type, with text that is awkward for XML, HTML, GIFT and CSV. */
final class SampleItems {
    static final String AL_QUSAYR_ARABIC = "\u0627\u0644\u0642\u0635\u064a\u0631";

    private SampleItems() {
    }

    static List<QuestionContent> everyType() {
        return List.of(singleChoice(), multipleSelect(), trueFalse(), numeric(), date(), isoDate(), matching(),
                ordering(), cloze());
    }

    static QuestionContent singleChoice() {
        return item(QuestionType.SINGLE_CHOICE, "Who led the \"Army of Conquest\" at Al-Qusayr (" + AL_QUSAYR_ARABIC + ")?",
                List.of(), List.of("Pavičić & Sons", "<b>Hezbollah</b>", "a = b {c} ~d #e: \\f", "O'Brien"),
                List.of("<b>Hezbollah</b>"), null, "Hezbollah fought beside the Syrian Army; 1 < 2 & 3 > 2.",
                "The battle was fought in Al-Qusayr[12] \"near Homs\".");
    }

    /** A multiple select with more right or more wrong options than Moodle has a grade of exactly 1/n for. */
    static QuestionContent manyOptions(int right, int wrong) {
        List<String> options = new java.util.ArrayList<>();
        for (int i = 1; i <= right + wrong; i++) {
            options.add("Legion " + i);
        }
        return item(QuestionType.MULTIPLE_SELECT, "Which legions fought at the ford?", List.of(), options,
                options.subList(0, right), null, null, "Battle of the Ford: legions 1 to " + right);
    }

    static QuestionContent multipleSelect() {
        return item(QuestionType.MULTIPLE_SELECT, "Which fought at Agincourt? (pick all: 100% sure)", List.of(),
                List.of("England", "France", "Rome", "=Sparta", "-Carthage", "@Troy"),
                List.of("France", "England"), null, null, "Battle of Agincourt: England vs France");
    }

    static QuestionContent trueFalse() {
        return item(QuestionType.TRUE_FALSE, "Stalingrad ended in 1943 :: true?", List.of(), List.of("False", "True"),
                List.of("True"), null, "Paulus surrendered on 2 February 1943.", null);
    }

    static QuestionContent numeric() {
        return item(QuestionType.NUMERIC, "How many men did Henry V lead? {roughly}", List.of(), List.of(),
                List.of("-8500"), 1500.5, "Estimates vary; see #3.", "Strength: 6,000–8,500[4]");
    }

    static QuestionContent date() {
        return item(QuestionType.DATE, "In which year was the Battle of Muye?", List.of(), List.of(),
                List.of("-1046"), 5.0, null, "Date c. 1046 BC");
    }

    static QuestionContent isoDate() {
        return item(QuestionType.DATE, "On which date was Agincourt fought?", List.of(), List.of(),
                List.of("1415-10-25"), 0.0, "St Crispin's Day", "25 October 1415");
    }

    static QuestionContent matching() {
        return item(QuestionType.MATCHING, "Match each commander -> side", List.of("Henry V", "Charles d'Albret", "Pavičić"),
                List.of("Croatia", "France", "England & Wales", "Rome"), List.of("England & Wales", "France", "Croatia"),
                null, "Commanders of " + AL_QUSAYR_ARABIC, "Commanders and leaders");
    }

    static QuestionContent ordering() {
        return item(QuestionType.ORDERING, "Put these battles in order, earliest first", List.of(),
                List.of("Stalingrad", "Muye", "Asculum {279 BC}", "Agincourt"),
                List.of("Muye", "Asculum {279 BC}", "Agincourt", "Stalingrad"), null, null, null);
    }

    static QuestionContent cloze() {
        return item(QuestionType.CLOZE, "The Battle of Edgehill was fought in ____ (Warwickshire).", List.of(), List.of(),
                List.of("1642", "AD 1642", "October 1642 = autumn"), null, "First pitched battle of the war",
                "The Battle of Edgehill (or Edge Hill) was a pitched battle of the First English Civil War.");
    }

    static QuestionContent item(QuestionType type, String prompt, List<String> stems, List<String> options,
                                List<String> keys, Double tolerance, String explanation, String source) {
        return new QuestionContent(type, prompt, stems, options, keys, tolerance, explanation, source,
                "kind-" + type.apiName(), 0.35, "gen-test");
    }
}
