package org.battlequiz.game;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cleans a nickname and says why one cannot be used. The words refused (game/refused-nicknames.txt) are matched as
 * whole words or as the whole name, never inside other words, so that real names containing them pass.
 */
public final class Nicknames {
    public static final int SHORTEST = 2;
    public static final int LONGEST = 20;
    private static final Set<String> REFUSED = load();

    private Nicknames() {
    }

    /** Trimmed, inner spaces collapsed, in Unicode's composed form. */
    public static String clean(String typed) {
        return Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** Why the cleaned nickname is refused, or empty when it is fine. */
    public static Optional<String> problem(String nickname) {
        if (nickname.length() < SHORTEST || nickname.length() > LONGEST) {
            return Optional.of("A nickname has " + SHORTEST + " to " + LONGEST + " characters.");
        }
        if (!nickname.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ._'-]*")) {
            return Optional.of("A nickname starts with a letter or digit and uses letters, digits, spaces, "
                    + "dots, dashes, underscores and apostrophes only.");
        }
        boolean refused = REFUSED.contains(fold(nickname))
                || Arrays.stream(nickname.split("[ ._'-]+")).map(Nicknames::fold).anyMatch(REFUSED::contains);
        if (refused) {
            return Optional.of("Please choose another nickname: this one is not suitable for class.");
        }
        return Optional.empty();
    }

    /** Lower case letters only, accents and look-alike digits undone, so "B.4-d W0rd" reads "badword". */
    static String fold(String nickname) {
        String plain = Normalizer.normalize(nickname.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replace('0', 'o').replace('1', 'i').replace('3', 'e').replace('4', 'a').replace('5', 's')
                .replace('7', 't').replace('@', 'a').replaceAll("[^a-z]", "");
    }

    private static Set<String> load() {
        try (InputStream in = Nicknames.class.getResourceAsStream("/game/refused-nicknames.txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).filter(word -> !word.isEmpty() && !word.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("game/refused-nicknames.txt is missing", e);
        }
    }
}
