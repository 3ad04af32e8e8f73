package org.battlequiz.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Inputs built to make a careless parser or generator work quadratically, recurse deeply or backtrack. */
public final class PathologicalArticles {
    private static final Path EXPORT = Path.of("src/test/resources/articles/10_cannae.txt");
    private static final Path WIKITEXT = Path.of("src/test/resources/wikitext/10_cannae.wiki");

    private PathologicalArticles() {
    }

    /** Each under the API's 1 MiB body limit, by name. */
    public static Map<String, String> all() {
        String export = read(EXPORT);
        String wiki = read(WIKITEXT);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("19,999 digits under Strength", export.replace("Strength\n", "Strength\n" + "1".repeat(19_999) + "\n"));
        inputs.put("digit runs with commas under Strength", export.replace("Strength\n",
                "Strength\n" + "1,000 ".repeat(3_000) + "\n" + ("12345 and ".repeat(1_900)) + "\n"));
        inputs.put("19,000 spaces under Strength", export.replace("Strength\n",
                "Strength\n1" + " ".repeat(19_000) + "x\n" + "1,000 " + "\t ".repeat(9_000) + "and\n"));
        inputs.put("200,000 commander lines", export.replace("Commanders and leaders\n",
                "Commanders and leaders\n" + "Abc\n".repeat(200_000)));
        inputs.put("4,900 named commander lines", export.replace("Commanders and leaders\n",
                "Commanders and leaders\n" + "Gaius Terentius Varro †\n".repeat(4_900)));
        inputs.put("4,900 strength lines", export.replace("Strength\n", "Strength\n" + "1,0\n".repeat(4_900)));
        inputs.put("4,900 body lines", export + "Hannibal won at Cannae in 216 BC.\n".repeat(4_900));
        inputs.put("20,000 commander lines", export.replace("Commanders and leaders\n",
                "Commanders and leaders\n" + "Gaius Terentius Varro †\n".repeat(20_000)));
        inputs.put("200,000 strength lines", export.replace("Strength\n", "Strength\n" + "1,0\n".repeat(200_000)));
        inputs.put("100,000 [ in wikitext", wiki.replace("|commander1=", "|commander1=" + lines("[", 100_000)));
        inputs.put("50,000 unclosed [[ in wikitext", wiki.replace("|commander1=",
                "|commander1=" + lines("[[a|", 50_000)));
        inputs.put("40,000 nested links in wikitext", wiki.replace("|commander1=",
                "|commander1=" + lines("[[a|", 40_000) + lines("]]", 40_000)));
        inputs.put("100,000 | in wikitext", wiki.replace("|commander1=", "|commander1={{x" + lines("|", 100_000)
                + "}}"));
        inputs.put("deeply nested templates", wiki.replace("|commander1=",
                "|commander1=" + lines("{{a|", 40_000) + lines("}}", 40_000)));
        inputs.put("unclosed nested templates", wiki.replace("|commander1=",
                "|commander1=" + lines("{{plainlist|", 40_000)));
        inputs.put("100,000 [ and | in export", export.replace("Commanders and leaders\n",
                "Commanders and leaders\n" + lines("[", 100_000) + lines("|", 100_000) + lines("[|", 50_000)));
        return inputs;
    }

    /** count copies of the text in lines of at most 10,000 characters (the parser refuses longer lines) */
    private static String lines(String text, int count) {
        StringBuilder out = new StringBuilder();
        int perLine = Math.max(1, 10_000 / text.length());
        for (int done = 0; done < count; done += perLine) {
            out.append(text.repeat(Math.min(perLine, count - done))).append('\n');
        }
        return out.toString();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
