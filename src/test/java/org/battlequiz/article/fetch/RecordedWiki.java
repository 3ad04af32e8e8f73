package org.battlequiz.article.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A local HTTP server that answers like the MediaWiki API with recorded answers, one per page title, served under
 * /{host}/w/api.php. Titles can also answer with a redirect, a delay or an oversized body.
 */
public final class RecordedWiki implements AutoCloseable {
    public static final String WIKITEXT = String.join("\n",
            "{{Infobox military conflict",
            "| conflict    = Battle of Harrow Fen",
            "| partof      = the [[Fenland Wars]]",
            "| date        = {{start date|1402|9|14}}",
            "| place       = Harrow Fen",
            "| result      = Decisive Fenland victory",
            "| combatant1  = [[Kingdom of Fenland]]",
            "| combatant2  = [[Marcher Lords]]",
            "| commander1  = [[Aldous Crane]]",
            "| commander2  = [[Wystan Hale]] {{KIA}}",
            "| strength1   = 6,000",
            "| strength2   = 9,000",
            "| casualties1 = 400 killed",
            "| casualties2 = 2,100 killed",
            "}}",
            "The '''Battle of Harrow Fen''' was fought on 14 September 1402 between the Kingdom of Fenland and the"
                    + " Marcher Lords. Aldous Crane held the causeway and Wystan Hale was killed in the marsh.",
            "",
            "== Aftermath ==",
            "The Marcher Lords sued for peace in 1403.");

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final Map<String, Long> delays = new ConcurrentHashMap<>();

    public RecordedWiki() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
        page("Battle of Harrow Fen", WIKITEXT);
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/{host}/w/api.php";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The page's recorded answer: its wikitext in the API's JSON. */
    public void page(String title, String wikitext) {
        answers.put(title, "{\"batchcomplete\":true,\"query\":{\"pages\":[{\"pageid\":1,\"ns\":0,\"title\":"
                + quote(title) + ",\"revisions\":[{\"slots\":{\"main\":{\"contentmodel\":\"wikitext\","
                + "\"contentformat\":\"text/x-wiki\",\"content\":" + quote(wikitext) + "}}}]}]}}");
    }

    public void rawAnswer(String title, String json) {
        answers.put(title, json);
    }

    public void redirect(String title, String location) {
        redirects.put(title, location);
    }

    public void delay(String title, long millis) {
        delays.put(title, millis);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String title = titleOf(exchange.getRequestURI().getRawQuery());
        try {
            Long delay = delays.get(title);
            if (delay != null) {
                Thread.sleep(delay);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String location = redirects.get(title);
        if (location != null && !exchange.getRequestURI().getRawQuery().contains("followed=1")) {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
        }
        String answer = answers.getOrDefault(title, "{\"batchcomplete\":true,\"query\":{\"pages\":[{\"ns\":0,"
                + "\"title\":" + quote(title) + ",\"missing\":true}]}}");
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String titleOf(String query) {
        for (String part : query == null ? new String[0] : query.split("&")) {
            if (part.startsWith("titles=")) {
                return URLDecoder.decode(part.substring("titles=".length()), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
