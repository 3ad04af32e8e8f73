package org.battlequiz.generation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a figure counts, as a question can name it: "men", "war elephants", "Okinawan conscripts". A label that is
 * not a short phrase ending in such a noun ("deployed to do battle", "YPG &amp; YPJ", "men 300 guns") names nothing
 * a learner could be asked about.
 */
final class ForceNouns {
    private static final Set<String> NOUNS = load("/lexicon/force-nouns.txt");
    private static final int LONGEST = 3;

    private ForceNouns() {
    }

    /** The noun phrase to ask with, or empty when the label is not one. */
    static Optional<String> of(String label) {
        String l = label == null ? "" : label.strip();
        if (l.isEmpty() || l.equalsIgnoreCase("total")) {
            return Optional.of("men");
        }
        String[] words = l.split("\\s+");
        if (words.length > LONGEST || !l.matches("[\\p{L}' -]+")) {
            return Optional.empty();
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (!NOUNS.contains(last)) {
            return Optional.empty();
        }
        return Optional.of(switch (l.toLowerCase(Locale.ROOT)) {
            case "foot" -> "foot soldiers";
            case "horse" -> "horsemen";
            default -> java.util.Arrays.stream(words).map(w -> NOUNS.contains(w.toLowerCase(Locale.ROOT))
                    ? w.toLowerCase(Locale.ROOT) : w).collect(java.util.stream.Collectors.joining(" "));
        });
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = ForceNouns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
