package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionCalibrationTest {

    @Test
    void eachNameTheTruthPutsOnOneSideCountsAsRightOrWrong(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path truth = Files.createDirectories(dir.resolve("truth"));
        Files.writeString(articles.resolve("01_mere.txt"), String.join("\n", "Battle of Mere", "", "Battle of Mere",
                "Date3 May 1620", "LocationMere", "Result Ostran victory", "Belligerents", "", "Reed Republic", "",
                "Ostran March", "Commanders and leaders", "Ivo Pell Mara Stock", "", "The Battle of Mere was fought on"
                        + " 3 May 1620 when Ivo Pell led the Reed Republic against Mara Stock and the Ostran March."));
        Files.writeString(truth.resolve("01_mere.json"), """
                {"title": "Battle of Mere", "sides": [
                  {"belligerents": ["Reed Republic"], "commanders": [{"name": "Mara Stock", "note": null}]},
                  {"belligerents": ["Ostran March"], "commanders": [{"name": "Ivo Pell", "note": null}]}]}
                """);
        List<AttributionCalibration.Attribution> all = AttributionCalibration.attributions(articles, truth);
        assertEquals(4, all.size());
        assertEquals(2, all.stream().filter(AttributionCalibration.Attribution::right).count(),
                "the belligerents agree with the truth, the swapped commanders do not");
    }

    @Test
    void namesMatchByTheirCommonWords() {
        assertEquals(1.0, AttributionCalibration.tokenF1("Mara Stock", "mara  stock"));
        assertEquals(0.8, AttributionCalibration.tokenF1("Sir Mara Stock", "Mara Stock"), 1e-9);
        assertEquals(0.0, AttributionCalibration.tokenF1("Ivo Pell", "Mara Stock"));
    }
}
