package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RomanNamesAndPipeTablesTest {
    @Test
    void aPraenomenStartsEachRomanAndHisNomenAndCognomenStayWithHim() {
        Map<String, List<String>> runs = Map.of(
                "Aulus Vettius Quintus Marcius Rufo Quintus Tullius Gaius Sempronius Nepos",
                List.of("Aulus Vettius", "Quintus Marcius Rufo", "Quintus Tullius", "Gaius Sempronius Nepos"),
                "Gnaeus Octavius Magnus Sextus Octavius Titus Varro †",
                List.of("Gnaeus Octavius Magnus", "Sextus Octavius", "Titus Varro †"));
        runs.forEach((run, people) -> assertEquals(people, NameSegmenter.split(run), run));
    }

    @Test
    void anApproximateTotalAfterItsPartsIsTheStrength() {
        ParsedArticle article = new ArticleParser().parse("""
                Battle of Vessa
                Date3 June 61 BC
                LocationVessa
                ResultVessan victory
                Belligerents
                Vessans
                Orrians
                Commanders and leaders
                Aulus Vettius
                Sextus Octavius
                Strength
                6 legions, 3,000 cavalry, auxiliaries unknown Total: c. 30,000–34,000
                9 legions, cavalry and auxiliaries Total: c. 41,000
                """);
        Strength strength = article.sides().get(0).strength();
        assertEquals(List.of(30_000L, 34_000L), List.of(strength.min(), strength.max()));
        assertEquals(41_000L, article.sides().get(1).strength().min());
    }

    @Test
    void templateMarkupAfterAPipeTableIsNotPartOfIt() {
        ParsedArticle article = new ArticleParser().parse("""
                Battle of Vessa | |||||||
                ---|---|---|---|---|---|---|---|
                Part of the Salt War | |||||||
                Belligerents | |||||||
                Vessans | Orrians | ||||||
                Commanders and leaders | |||||||
                Aulus Vettius | Sextus Octavius | ||||||
                Casualties and losses | |||||||
                900 killed | 4,000 killed |
                The Battle of Vessa (3 June 61 BC) ended the Salt War with the defeat of the Orrians.
                Cite error: the page has <ref group=lower-alpha>
                notes or {{efn}}
                notes, and no list shows them until it has a {{reflist|group=lower-alpha}}
                list or {{notelist}}
                list (see the help page).
                """);
        assertEquals("-61-06-03", article.dateStart());
        assertEquals(4_000L, article.sides().get(1).casualties().killed());
    }
}
