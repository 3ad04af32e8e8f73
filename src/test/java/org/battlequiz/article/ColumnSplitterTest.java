package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The seam between two flattened infobox columns, found from general signals only (invented names). */
class ColumnSplitterTest {

    private static List<List<String>> split(Section kind, String body, String... lines) {
        List<TextLine> text = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            text.add(TextLine.of(i + 1, lines[i]));
        }
        ColumnSplitter.Split s = new ColumnSplitter(new SeamContext(body)).split(text, kind);
        return List.of(s.left().stream().map(Piece::clean).filter(t -> !t.isEmpty()).toList(),
                s.right().stream().map(Piece::clean).filter(t -> !t.isEmpty()).toList());
    }

    @Test
    void aFootnoteFollowedByAFigureEndsTheFirstColumn() {
        assertEquals(List.of(List.of("1,200 riders", "300 archers"), List.of("4,000 spearmen")),
                split(Section.STRENGTH, "", "1,200 riders", "300 archers[4] 4,000 spearmen"));
    }

    @Test
    void aDaggerEndsACommanderAndTheNextNameStartsTheSecondColumn() {
        assertEquals(List.of(List.of("Aldo Brenn", "Cato Dusk †"), List.of("Eda Finch", "Gil Hart")),
                split(Section.COMMANDERS, "", "Aldo Brenn", "Cato Dusk † Eda Finch", "Gil Hart"));
    }

    @Test
    void aRepeatedTitleWordMarksTheSecondName() {
        assertEquals(List.of(List.of("Duke Orm of Vell"), List.of("Duke Pax of Wyn")),
                split(Section.COMMANDERS, "", "Duke Orm of Vell Duke Pax of Wyn"));
    }

    @Test
    void namesTheBodyMentionsDecideWhereGluedNamesPart() {
        assertEquals(List.of(List.of("Marek Olan"), List.of("Earl of Tessford")),
                split(Section.COMMANDERS, "The army of the Earl of Tessford met the rebels at dawn.",
                        "Marek Olan Earl of Tessford"));
    }

    @Test
    void aLineThatRepeatsItselfIsSplitInTheMiddle() {
        assertEquals(List.of(List.of("See losses section"), List.of("See losses section")),
                split(Section.CASUALTIES, "", "See losses section See losses section"));
    }

    @Test
    void aRepeatedEstimateHeadingStartsTheSecondColumn() {
        assertEquals(List.of(List.of("Early:", "900 men"), List.of("Early:", "700 men")),
                split(Section.STRENGTH, "", "Early:", "900 men[1] Early:", "700 men"));
    }

    @Test
    void aFigureAfterALossWordStartsTheSecondColumn() {
        assertEquals(List.of(List.of("80 killed", "120 wounded"), List.of("60 killed", "90 wounded")),
                split(Section.CASUALTIES, "", "80 killed", "120 wounded 60 killed", "90 wounded"));
    }

    @Test
    void civilianRowsBelongToNeitherSide() {
        assertEquals(List.of(List.of("10 killed"), List.of("20 killed")),
                split(Section.CASUALTIES, "", "10 killed[1] 20 killed[2]", "35 civilians killed"));
    }

    @Test
    void anApproximateFigureAfterAWordStartsTheSecondColumn() {
        assertEquals(List.of(List.of("900 men", "3 field guns"), List.of("c. 12,000")),
                split(Section.STRENGTH, "", "900 men", "3 field guns c. 12,000"));
        assertEquals(List.of(List.of("40 killed", "2 guns lost"), List.of("c. 500–900 killed")),
                split(Section.CASUALTIES, "", "40 killed", "2 guns lost c. 500–900 killed[5]"));
    }

    @Test
    void aTwoWordNameWithADaggerIsNotTwoNames() {
        String body = "Ivo Tarn fell, and his brothers Ulf and Oda died beside Ivo Tarn.";
        assertEquals(List.of(List.of("Bran Kell", "Rhun, Lord of Vasse"), List.of("Ivo Tarn †", "Ulf Tarn †", "Oda Tarn †")),
                split(Section.COMMANDERS, body, "Bran Kell", "Rhun, Lord of Vasse Ivo Tarn †", "Ulf Tarn †", "Oda Tarn †"));
    }
}
