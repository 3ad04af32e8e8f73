package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.generation.item.QuestionContent;
import org.junit.jupiter.api.Test;

/** How a side is named in a sentence, and when its name is too doubtful to ask its figures by (invented text). */
class SideLabelTest {
    private static final String MARROW_BAY = String.join("\n",
                "Battle of Marrow Bay",
                "",
                "Battle of Marrow Bay",
                "Part of the Corran War",
                "",
                "Landing craft on the beach at Marrow Bay.",
                "Date3–9 April 1931",
                "Location",
                "Result",
                "",
                "Coastal League victory",
                "",
                "Belligerents",
                " Vessia",
                "Commanders and leaders",
                "Units involved",
                "",
                "Coastal League First Corps",
                "",
                "Harbor Guard",
                "",
                "  • 12th Shore Regiment",
                "  • 40th Gun Battery",
                "Strength",
                "  • About 30,000 infantry",
                "  • 6 cruisers",
                "  • About 90 ships",
                "Casualties and losses",
                "310 killed",
                "920 wounded",
                "  • 1,400 killed",
                "  • 2,000 captured",
                "",
                "The Battle of Marrow Bay was a landing by the Coastal League on the coast held by Vessia in April 1931. After six days of shelling, the League's First Corps came ashore and took the port of Marrow.");

    @Test
    void sideNamesReadAsInASentence() {
        assertEquals("the United Provinces", Texts.group("United Provinces"));
        assertEquals("the Ukrainian SSR", Texts.group("Ukrainian SSR"));
        assertEquals("Okonkwo's Confederacy", Texts.group("Okonkwo's Confederacy"), "a possessive takes no article");
        assertEquals("the combined forces of Hara and Ito", Texts.group("Combined forces of Hara and Ito"));
        assertEquals("the Northern tribes", Texts.group("Northern tribes"));
    }

    @Test
    void wordingFollowsWhatTheRowSays() {
        assertEquals("About how many men did the Hara clan have at the Battle of Ise?",
                Items.roughly("How many men did the Hara clan have at the Battle of Ise?"));
        assertEquals("Date: May 2 – June 9, 1871",
                Evidence.clean("Date: May 2 (1871-05-02) – June 9, 1871 (1871-06-10)"));
    }

    @Test
    void aTitleNamingSeveralBattlesTakesAPluralVerb() {
        String text = MARROW_BAY.replace("Battle of Marrow Bay", "Battles of Marrow Bay and Tull");
        assertEquals("were", new Battle(new ArticleParser().parse(text), List.of()).was());
        assertEquals("was", new Battle(new ArticleParser().parse(MARROW_BAY), List.of()).was());
    }

    /** Where the column boundary was guessed, the label names the sure first belligerent; figures are the column's. */
    @Test
    void aColumnsFiguresNameItsWholeForce() {
        ParsedArticle a = new ArticleParser().parse(MARROW_BAY);
        java.util.function.Function<List<String>, org.battlequiz.article.Side> side = names -> new org.battlequiz.article.Side(
                names.stream().map(n -> new org.battlequiz.article.NamedEntry(n, null, 0.6)).toList(), List.of(),
                List.of(), a.sides().get(0).strength(), a.sides().get(0).casualties());
        ParsedArticle guessed = new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(),
                a.result(), 0, List.of(side.apply(List.of("Coastal League", "Harbor Guard")), side.apply(List.of("Vessia"))),
                a.bodyFacts(), a.fieldSources(), a.warnings());
        Battle battle = new Battle(guessed, List.of());
        assertEquals("the Coastal League", battle.sideInSentence(0).orElseThrow());
        assertEquals("the Coastal League and its allies", battle.forceInSentence(0).orElseThrow());
        assertEquals("Vessia", battle.forceInSentence(1).orElseThrow());
        ParsedArticle plural = new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(),
                a.result(), 0, List.of(side.apply(List.of("Vellish forces", "Harbor Guard")), side.apply(List.of("Vessia"))),
                a.bodyFacts(), a.fieldSources(), a.warnings());
        assertEquals("the Vellish forces and their allies", new Battle(plural, List.of()).forceInSentence(0).orElseThrow());
        ParsedArticle noted = new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(),
                a.result(), 0, List.of(side.apply(List.of("Northern States of Arland NSA (Union)")),
                side.apply(List.of("Vessian Empire (Province of Kell)"))), a.bodyFacts(), a.fieldSources(), a.warnings());
        Battle labelled = new Battle(noted, List.of());
        assertEquals("the Northern States of Arland", labelled.sideInSentence(0).orElseThrow());
        assertEquals("the Vessian Empire", labelled.sideInSentence(1).orElseThrow());
        assertEquals(List.of("Northern States of Arland"), Battle.belligerentNames(noted.sides().get(0)),
                "options and quoted rows use the same name");
        assertEquals("Roi Klenn (KIA), Ado Marr", Evidence.clean("Roi KlennKIA, Ado Marr"));
    }

    @Test
    void anOptionInsideAnotherIsNoRival() {
        List<String> wrong = Pools.pick(List.of("Arland civil war and Kell offensive", "Vessian war", "Marrow revolt"),
                List.of("Arland civil war"), 3, new java.util.Random(1));
        assertEquals(2, wrong.size(), wrong.toString());
        assertTrue(!wrong.contains("Arland civil war and Kell offensive"), wrong.toString());
    }

    @Test
    void aFalseWarIsOneOfTheSameRegionNotOnlyOfTheSameYears() {
        String text = String.join("\n", "Battle of Karu Bay", "Part of the Pacific War", "Date 25 August 1942",
                "Location Karu Bay, Papua", "Result Allied victory", "Belligerents", "Australia", "", "Japan",
                "Commanders and leaders", "Cyril Clowes", "", "Shōji Hayashi", "",
                "The Battle of Karu Bay was fought in Papua in August 1942 between Australian and Japanese forces.");
        ParsedArticle article = new ArticleParser().parse(text);
        Battle battle = new Battle(article, Corpus.bank());
        for (long seed = 1; seed <= 12; seed++) {
            for (Draft d : new SettingItems().drafts(battle, new java.util.Random(seed))) {
                assertTrue(!d.content().prompt().contains("Eastern Front"), d.content().prompt());
            }
        }
    }

    /** A mirror kept one lone name under Belligerents and lost the other column: its figures are not asked by it. */
    @Test
    void aLoneNameLeftByALostColumnDoesNotNameTheFigures() {
        ParsedArticle article = new ArticleParser().parse(MARROW_BAY);
        GenerationResult result = new QuestionGenerator().generate(article, List.of(), 3);
        for (QuestionContent q : result.questions()) {
            assertTrue(!q.prompt().contains("Vessia") && !q.explanation().contains("Vessia had"), q.prompt());
        }
        assertTrue(result.dropped().getOrDefault(QualityGates.LOW_CONFIDENCE, 0) >= 3, result.dropped().toString());
    }
}
