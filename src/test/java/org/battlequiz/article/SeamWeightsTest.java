package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The seam cue weights file and what its weights decide (invented names). */
class SeamWeightsTest {

    @Test
    void theShippedFileWeighsEveryCueAndNoOther() {
        List<String> names = Lexicon.lines(SeamWeights.FILE).stream().map(l -> l.split("\\s+")[0]).sorted().toList();
        List<String> cues = java.util.Arrays.stream(SeamCue.values()).map(Enum::name).sorted().toList();
        assertEquals(cues, names);
        SeamWeights.parse(Lexicon.lines(SeamWeights.FILE));
    }

    @Test
    void aMissingCueIsAnError() {
        List<String> lines = weightLines();
        lines.remove(0);
        assertThrows(IllegalStateException.class, () -> SeamWeights.parse(lines));
    }

    @Test
    void anUnknownCueIsAnError() {
        List<String> lines = weightLines();
        lines.add("MOON_PHASE 1");
        assertThrows(IllegalStateException.class, () -> SeamWeights.parse(lines));
    }

    @Test
    void aChangedWeightMovesTheSeam() {
        String[] lines = {"Aldo Brenn", "", "Cato Dusk", "Eda Finch", "Gil Hart"};
        assertEquals(List.of(List.of("Aldo Brenn"), List.of("Cato Dusk", "Eda Finch", "Gil Hart")),
                split(SeamWeights.shipped(), lines));
        double[] noBlankLines = SeamWeights.shipped().values();
        noBlankLines[SeamCue.BLANK_LINE.ordinal()] = 0;
        assertEquals(List.of(List.of("Aldo Brenn", "Cato Dusk"), List.of("Eda Finch", "Gil Hart")),
                split(SeamWeights.of(noBlankLines), lines));
    }

    private static List<String> weightLines() {
        List<String> lines = new ArrayList<>();
        for (SeamCue cue : SeamCue.values()) {
            lines.add(cue + " 1");
        }
        return lines;
    }

    private static List<List<String>> split(SeamWeights weights, String... lines) {
        List<TextLine> text = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            text.add(TextLine.of(i + 1, lines[i]));
        }
        ColumnSplitter.Split s = new ColumnSplitter(new SeamContext(""), weights).split(text, Section.COMMANDERS);
        return List.of(s.left().stream().map(Piece::clean).filter(t -> !t.isEmpty()).toList(),
                s.right().stream().map(Piece::clean).filter(t -> !t.isEmpty()).toList());
    }
}
