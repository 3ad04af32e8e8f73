package org.battlequiz.article.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches an article's wikitext through the MediaWiki API: one bounded request (redirects followed only to
 * allowed hosts, a total time limit, a size limit), then the page's main slot read from the JSON answer.
 */
public final class MediaWikiClient {
    /** Where to ask and within which bounds. */
    public record Settings(String apiUrl, List<String> allowedHosts, Duration timeout, int maxBytes, int maxRedirects) {
    }

    /** The wikitext of the page, under the title the wiki gave it (after any redirect between pages). */
    public record Fetched(String title, String wikitext) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Settings settings;
    private final HttpClient http;

    public MediaWikiClient(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
    }

    public Fetched wikitext(WikipediaAddress address) {
        URI uri = URI.create(settings.apiUrl().replace("{host}", address.host())
                + "?action=query&prop=revisions&rvprop=content&rvslots=main&format=json&formatversion=2"
                + "&redirects=1&titles=" + URLEncoder.encode(address.title(), StandardCharsets.UTF_8));
        Set<String> followable = new HashSet<>(settings.allowedHosts());
        followable.add(host(uri));
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = send(uri, deadline);
            if (REDIRECTS.contains(response.statusCode())) {
                if (hop >= settings.maxRedirects()) {
                    throw new ArticleFetchException("Wikipedia redirected the request too many times.");
                }
                uri = uri.resolve(response.headers().firstValue("Location").orElseThrow(() ->
                        new ArticleFetchException("Wikipedia answered with a redirect that leads nowhere.")));
                if (!followable.contains(host(uri))) {
                    throw new ArticleFetchException("Wikipedia redirected the request to " + host(uri)
                            + ", which is not an allowed host.");
                }
                continue;
            }
            if (response.statusCode() != 200) {
                throw new ArticleFetchException("Wikipedia answered with status " + response.statusCode()
                        + "; try again later, or paste the article's text.");
            }
            return read(response.body(), address);
        }
    }

    private HttpResponse<byte[]> send(URI uri, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut();
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left))
                .header("User-Agent", "BattleQuiz article import").header("Accept", "application/json").GET().build();
        try {
            return http.sendAsync(request, LimitedBody.handler(settings.maxBytes())).get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timedOut();
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LimitedBody.TooLarge) {
                throw new ArticleFetchException("The article is larger than " + settings.maxBytes() / 1024
                        + " KB, the most that can be fetched.");
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw timedOut();
            }
            throw new ArticleFetchException("Wikipedia could not be reached; try again later, or paste the "
                    + "article's text.");
        }
    }

    private ArticleFetchException timedOut() {
        return new ArticleFetchException("Wikipedia did not answer within " + settings.timeout().toSeconds()
                + " seconds; try again later, or paste the article's text.");
    }

    private static Fetched read(byte[] body, WikipediaAddress address) {
        JsonNode page;
        try {
            page = JSON.readTree(body).path("query").path("pages").path(0);
        } catch (IOException e) {
            throw new ArticleFetchException("Wikipedia's answer could not be read.");
        }
        if (page.path("missing").asBoolean(false) || page.path("invalid").asBoolean(false) || page.isMissingNode()) {
            throw new ArticleFetchException("Wikipedia has no article called “" + address.title() + "”.");
        }
        JsonNode content = page.path("revisions").path(0).path("slots").path("main").path("content");
        if (!content.isTextual() || content.asText().isBlank()) {
            throw new ArticleFetchException("Wikipedia gave no text for “" + address.title() + "”.");
        }
        return new Fetched(page.path("title").asText(address.title()), content.asText());
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }
}
