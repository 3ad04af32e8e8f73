package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The generator depends on the parser and its own item package only; the item package on nothing of the app. */
class PackageDependencyTest {
    private static final Path GENERATION = Path.of("src/main/java/org/battlequiz/generation");

    private static List<String> importsMatching(Path dir, String regex) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import ") && line.matches(regex)) {
                        found.add(f.getFileName() + ": " + line);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void theGeneratorImportsNoFeatureThatUsesIt() throws IOException {
        assertEquals(List.of(), importsMatching(GENERATION,
                "import org\\.battlequiz\\.(question|quiz|study|authoring|history|web|account)\\..*"));
    }

    @Test
    void theItemPackageIsALeaf() throws IOException {
        assertEquals(List.of(), importsMatching(GENERATION.resolve("item"), "import (static )?org\\.battlequiz\\..*"));
    }

    @Test
    void theGeneratorUsesNoFramework() throws IOException {
        assertEquals(List.of(), importsMatching(GENERATION, "import (jakarta|io\\.quarkus|org\\.hibernate)\\..*"));
    }
}
