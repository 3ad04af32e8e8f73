package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerResourcesTest {
    private static final Set<String> REGIONS = Set.of("britain", "france", "iberia", "lowcountries", "italy", "germany",
            "scandinavia", "poland-baltic", "russia", "balkans", "anatolia", "levant", "mesopotamia-persia",
            "egypt-north-africa", "west-africa", "east-africa", "southern-africa", "central-asia", "india", "china",
            "japan-korea", "southeast-asia", "pacific", "north-america", "mexico-central-america", "south-america",
            "caribbean", "atlantic");

    @ParameterizedTest
    @ValueSource(strings = {"commanders.tsv", "polities.tsv", "wars.tsv", "places.tsv"})
    void everyLineHasItsFieldsInOrderAndKnownRegions(String file) {
        List<String> lines = Gazetteer.read(file).stream().filter(l -> !l.startsWith("#")).toList();
        assertTrue(lines.size() >= 50, file + " has " + lines.size() + " entries");
        int fields = file.equals("places.tsv") ? 2 : 4;
        for (String line : lines) {
            String[] f = line.split("\t");
            assertTrue(f.length == fields, file + ": " + line);
            if (fields == 4) {
                assertTrue(Integer.parseInt(f[1]) <= Integer.parseInt(f[2]), file + ": " + line);
            }
            assertTrue(REGIONS.containsAll(List.of(f[fields - 1].split(","))), file + ": " + line);
        }
    }

    @org.junit.jupiter.api.Test
    void everyDeathYearIsOfAKnownCommanderAndNotBeforeTheirLastCommand() {
        java.util.Map<String, Integer> lastCommand = new java.util.HashMap<>();
        for (String line : Gazetteer.read("commanders.tsv")) {
            String[] f = line.split("\t");
            if (!line.startsWith("#")) {
                lastCommand.put(f[0], Integer.parseInt(f[2]));
            }
        }
        List<String> deaths = Gazetteer.read("deaths.tsv").stream().filter(l -> !l.startsWith("#")).toList();
        assertTrue(deaths.size() >= 1000, "deaths.tsv has " + deaths.size() + " entries");
        for (String line : deaths) {
            String[] f = line.split("\t");
            assertTrue(f.length == 2 && lastCommand.containsKey(f[0]), line);
            assertTrue(Integer.parseInt(f[1]) >= lastCommand.get(f[0]), line);
        }
    }
}
