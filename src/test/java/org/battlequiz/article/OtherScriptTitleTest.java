package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A mirror that prints the battle's names in other languages and scripts under its title. Invented article. */
class OtherScriptTitleTest {
    @Test
    void theTitleIsTheNameInLatinLettersAboveTheOthers() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Orle", "",
                "The Battle of Orle was fought between the armies of Vell and Tessa in the winter of 1914.", "",
                "Battle of Orle", "\u0411\u0438\u0442\u0432\u0430 \u043f\u0440\u0438 \u041e\u0440\u043b\u0435-Bitva pri Orle",
                "Orle Muharebesi", "\u0555\u0580\u056c\u0565\u056b \u0573\u0561\u056f\u0561\u057f\u0561\u0574\u0561\u0580\u057f",
                "Part of the Tessan campaign", "", "DateDecember 22, 1914 \u2013 January 17, 1915", "Location Orle",
                "Result Vellish victory", "Belligerents", "Vell Tessa", "Commanders and leaders", "Hadran Oskel Piet Varne",
                "Strength", "78,000 90,000", "Casualties and losses", "30,000 killed 60,000 killed"));
        assertEquals("Battle of Orle", a.title());
    }
}
