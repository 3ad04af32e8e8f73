package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Wikitext quirks the blind round of wikitext articles revealed, on invented text: no names of real battles. */
class WikitextQuirksTest {
    private static final String ARTICLE = String.join("\n",
            "{{Short description|Invented battle}}", "{{Use dmy dates|date=May 2020}}",
            "{{Infobox military conflict", "| conflict = Battle of Sarn Ford", "| partof = the [[Marsh Wars]]",
            "| date = {{Start date|412|5|3|df=y}}", "| place = [[Sarn Ford]], [[Elmet]]",
            "| result = Varnish victory{{sfn|Orr|1999|p=4}}",
            "| combatant1 = [[Thessalian League]]<br />[[Thebra]]",
            "| combatant2 = {{flag|Ostrelid Empire}}", "* {{army|Ostrelid Empire}}",
            "| commander1 = [[Kallias]] {{KIA}}",
            "| commander2 = {{Collapsible list|title=Leaders", "| [[Orm the Tall|Orm]] †", "| [[Vessa Dun]]", "}}",
            "| strength1 = 3,000", "| strength2 = 5,000", "}}",
            "The '''Battle of Sarn Ford''' was fought in 412 between the [[Ostrelid Empire|Ostrelid Varnish Empire]]"
                    + " and the [[Thessalian League]] under [[Kallias]].",
            "", "== Background ==", "The Thessalian host camped by the ford, and the Varnish army crossed at dawn.",
            "", "== References ==", "{{reflist}}", "[[Category:Invented battles]]");

    private final ParsedArticle a = new ArticleParser().parse(ARTICLE);

    @Test
    void everyEntryOfACollapsibleListIsACommander() {
        assertEquals(List.of("Orm", "Vessa Dun"), a.sides().get(1).commanders().stream().map(Commander::name).toList());
        assertEquals("KIA", a.sides().get(1).commanders().get(0).note());
    }

    @Test
    void connectorsBesideTheResultWordDoNotVoteForASideWhoseNameTheyBegin() {
        assertEquals(1, a.winner());
    }

    @Test
    void anArmyTemplateIsTheArmyNotASecondCountry() {
        assertEquals(List.of("Ostrelid Empire", "Ostrelid Empire Army"),
                a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
    }

    @Test
    void conversionsAbbreviationsAndTextDatesKeepTheirValue() {
        assertEquals("some 12 mi north", WikiMarkup.render("some {{convert|12|mi|km}} north"));
        assertEquals("N/A", WikiMarkup.render("{{abbr|N/A|not available}}"));
        assertEquals("on 2 May 412", WikiMarkup.render("on {{date|2 May 412}}"));
        assertEquals("3 May 412", WikiMarkup.render("{{start date|412|5|3|df=y}}"));
        assertEquals("1,160 captured", WikiMarkup.render("{{formatnum:1,160}} captured"));
    }

    @Test
    void namesInInterlanguageShipAndSortTemplatesAreReadWhole() {
        assertEquals("Orm Dun", WikiMarkup.render("{{ill|Orm Dun|de|Orm Dün}}"));
        assertEquals("Vessa Dun", WikiMarkup.render("{{sortname|Vessa|Dun}}"));
        assertEquals("HMS Kestrel and Marsh carrier Tarn",
                WikiMarkup.render("{{HMS|Kestrel|1801}} and {{ship|Marsh carrier|Tarn}}"));
    }
}
