package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An old mirror that printed the infobox template's "key=value" lines as text. Invented battle. */
class KeyEqualsValueInfoboxTest {
    private final ParsedArticle parsed = new ArticleParser().parse(String.join("\n",
            "Battle of Varro Field",
            "",
            "Infobox Military Conflict",
            "conflict=Battle of Varro Field",
            "partof=Tessan War",
            "date=July 4, 1879",
            "place=Varro, Tessa",
            "result=Decisive Arvel Victory",
            "combatant1=Arvel",
            "combatant2=Tessan Kingdom",
            "commander1=Lord Hadran",
            "strength1=4200 Arvel soldiers",
            "strength2=12,000 to 15,000",
            "casualties1=10 killed 87 wounded",
            "",
            "The Battle of Varro Field took place on July 4, 1879 and broke the power of the Tessan Kingdom."));

    @Test
    void keyEqualsValueLinesAreReadAsTheInfoboxRows() {
        assertEquals("Tessan War", parsed.partOf());
        assertEquals("1879-07-04", parsed.dateStart());
        assertEquals(List.of("Tessan Kingdom"), parsed.sides().get(1).belligerents().stream().map(NamedEntry::name)
                .toList());
        assertEquals(List.of("Lord Hadran"), parsed.sides().get(0).commanders().stream().map(Commander::name).toList());
    }

    @Test
    void lossCategoriesAfterACommaStayWithTheirFigure() {
        assertEquals(List.of("3,000 Killed", "3,500 Wounded, Missing or Captured."),
                KeyValueInfobox.items("3,000 Killed, 3,500 Wounded, Missing or Captured."));
        assertEquals(List.of("Aldo Brenn", "Carl Vey"), KeyValueInfobox.items("Aldo Brenn, Carl Vey"));
    }

    @Test
    void flagTemplatesLeftWithoutBracesGiveTheNamesThePageShows() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Harl Wood", "", "Battle of Harl Wood",
                "", "Infobox Military Conflict", "conflict=Battle of Varro Field", "partof=Tessan War",
                "date=July 4, 1879", "place=coord|50|42|31|N|6|21|46|E|type:landmark|display=inline,title Harl-Varro border",
                "result= Arvel victory", "combatant1=flag|United States|1912", "combatant2=flag|Nazi Germany|name=Germany",
                "commander1=flagicon|United States|1912 Amos Tarr{First Arvel Army}", "flagicon|United States|1912 Piet Maas",
                "{V Corps (Arvel)}", "commander2=flagicon|Nazi Germany Ulf Harrow", "casualties1=ca 32,000", "",
                "The Battle of Harl Wood was fought in the Harl Wood in 1879."));
        assertEquals("Battle of Harl Wood", a.title());
        assertEquals("Harl-Varro border", a.location());
        assertEquals(List.of("United States"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Germany"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Amos Tarr", "Piet Maas"), a.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(List.of("Ulf Harrow"), a.sides().get(1).commanders().stream().map(Commander::name).toList());
    }

    @Test
    void aFlagsVariantIsNoPartOfTheName() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Harl Wood", "", "Battle of Harl Wood",
                "", "Infobox Military Conflict", "conflict=Battle of Harl Wood", "partof=the Tessan War",
                "date=23 May 1706", "place=Harl Wood", "result=Decisive Allied victory", "combatant1=Allied forces of:",
                "flagicon|Netherlands|pri Dutch Republic", "flagicon|Denmark Denmark",
                "combatant2=flagicon|France|royal Kingdom of France", "commander1=flagicon|Netherlands|pri Count Amos Tarr",
                "commander2=flagicon|France|royal Duc de Harl", "casualties1=1,066 dead,", "2,597 wounded",
                "casualties2=8,000–15,000 dead or wounded,", "7,000–15,000 captured"));
        assertEquals(List.of("Dutch Republic", "Denmark"),
                a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Kingdom of France"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Duc de Harl"), a.sides().get(1).commanders().stream().map(Commander::name).toList());
    }

    @Test
    void theBodyRightAfterTheLastRowIsNoPartOfThatRow() {
        String body = "On 23 May 1706 the armies of Arvel and Tessa met the Tessan king's men in the Harl Wood. The"
                + " fighting lasted from noon until dusk, and by nightfall the king's army was falling back towards"
                + " the river, leaving its guns and most of its baggage on the field behind it.";
        List<String> raw = List.of("Infobox Military Conflict", "conflict=Battle of Harl Wood", "date=23 May 1706",
                "combatant1=Arvel", "combatant2=Tessa", "casualties2=8,000–15,000 dead or wounded,",
                "7,000–15,000 captured", body);
        List<TextLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            lines.add(TextLine.of(i + 1, raw.get(i)));
        }
        List<TextLine> out = KeyValueInfobox.rewrite(lines).lines();
        int at = out.stream().map(TextLine::raw).toList().indexOf(body);
        assertTrue(at > 0 && out.get(at - 1).raw().isBlank(), () -> out.stream().map(TextLine::raw).toList().toString());
    }
}
