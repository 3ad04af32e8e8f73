package org.battlequiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only resources and the error mappers speak HTTP errors; services and their helpers throw domain exceptions. */
class DomainExceptionsArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/battlequiz");
    private static final Pattern JAX_RS_EXCEPTION = Pattern.compile("jakarta\\.ws\\.rs\\.(\\w*Exception\\b|\\*)");

    static List<String> offenders(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(DomainExceptionsArchitectureTest::mayNotSpeakHttp).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (JAX_RS_EXCEPTION.matcher(lines.get(i)).find()) {
                        found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }

    private static boolean mayNotSpeakHttp(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") && !name.endsWith("Resource.java") && !name.equals("ErrorMappers.java");
    }

    @Test
    void noClassButResourcesAndErrorMappersUsesJaxRsExceptions() throws IOException {
        assertEquals(List.of(), offenders(SOURCES));
    }

    @Test
    void theScanFindsAJaxRsExceptionInAService(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("SomeService.java"), "package x;\nimport jakarta.ws.rs.NotFoundException;\n");
        Files.writeString(dir.resolve("Other.java"), "class Other { Object e = new jakarta.ws.rs.WebApplicationException(); }\n");
        Files.writeString(dir.resolve("SomeResource.java"), "import jakarta.ws.rs.NotFoundException;\n");
        Files.writeString(dir.resolve("Plain.java"), "import jakarta.ws.rs.core.Response;\n");
        List<String> found = offenders(dir);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Other.java:1"), found.toString());
        assertTrue(found.get(1).startsWith("SomeService.java:2"), found.toString());
    }
}
