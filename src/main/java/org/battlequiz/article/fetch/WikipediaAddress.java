package org.battlequiz.article.fetch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** An article address such as https://en.wikipedia.org/wiki/Battle_of_Hastings: its host and page title. */
public record WikipediaAddress(String host, String title) {
    private static final int MAX_LENGTH = 2_000;

    /** Reads the address, refusing what is not an article address on an allowed host. */
    public static WikipediaAddress parse(String address, List<String> allowedHosts) {
        if (address == null || address.isBlank()) {
            throw new ArticleFetchException("Paste the address of a Wikipedia article.");
        }
        if (address.length() > MAX_LENGTH) {
            throw new ArticleFetchException("That address is too long to be a Wikipedia article's address.");
        }
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw new ArticleFetchException("That is not a web address: " + shorten(address) + ".");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new ArticleFetchException("Use an address that starts with https://, such as "
                    + "https://en.wikipedia.org/wiki/Battle_of_Hastings.");
        }
        if (!allowedHosts.contains(host)) {
            throw new ArticleFetchException("Articles can only be fetched from " + String.join(", ", allowedHosts)
                    + "; " + (host.isEmpty() ? "this address has no host" : host + " is not one of them") + ".");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.startsWith("/wiki/") || path.length() == "/wiki/".length()) {
            throw new ArticleFetchException("That address does not name an article; it should look like https://"
                    + host + "/wiki/Battle_of_Hastings.");
        }
        String title = URLDecoder.decode(path.substring("/wiki/".length()), StandardCharsets.UTF_8).replace('_', ' ')
                .strip();
        if (title.isEmpty() || title.startsWith("Special:")) {
            throw new ArticleFetchException("That address does not name an article.");
        }
        return new WikipediaAddress(host, title);
    }

    private static String shorten(String s) {
        String one = s.strip();
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }
}
