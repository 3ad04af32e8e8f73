package org.battlequiz.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A cookie jar over RestAssured that behaves like one browser: keeps cookies and sends the CSRF token in forms. */
public class BrowserSession {
    public static final String CSRF_FIELD = "csrf-token";
    public static final String PASSWORD = "correct horse battery";

    private final Map<String, String> cookies;
    /** each browser its own client address, so login and registration throttling of one test never touch another */
    private final String address;
    /** the server asked, when not the application under test */
    private final String baseUri;

    public BrowserSession() {
        this(ApiClient.freshAddress());
    }

    /** A browser at the given client address (sent as X-Forwarded-For, which tests trust). */
    public BrowserSession(String address) {
        this(address, new ConcurrentHashMap<>(), null);
    }

    private BrowserSession(String address, Map<String, String> cookies, String baseUri) {
        this.address = address;
        this.cookies = cookies;
        this.baseUri = baseUri;
    }

    /** The same browser, its cookies shared, asking the server at baseUri (e.g. another instance of the app). */
    public BrowserSession on(String baseUri) {
        return new BrowserSession(address, cookies, baseUri);
    }

    public static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers and logs in a new learner. */
    public static BrowserSession learner(String prefix) {
        BrowserSession session = new BrowserSession();
        String username = uniqueName(prefix);
        session.register(username, PASSWORD, "learner").then().statusCode(303);
        session.login(username, PASSWORD).then().statusCode(302);
        return session;
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    /** Posts a form with this session's CSRF token, fetching a page first if no token was issued yet. */
    public Response postForm(String path, Map<String, ?> fields) {
        if (!cookies.containsKey(CSRF_FIELD)) {
            get("/register");
        }
        return keep(request().contentType(ContentType.URLENC).formParams(fields)
                .formParam(CSRF_FIELD, cookies.get(CSRF_FIELD)).post(path));
    }

    public Response register(String username, String password, String role) {
        return postForm("/register", Map.of("username", username, "password", password, "role", role));
    }

    public static final String SESSION_COOKIE = "battlequiz-session";

    public Response login(String username, String password) {
        return postForm("/login", Map.of("j_username", username, "j_password", password));
    }

    /** Takes a cookie as if the server had set it, e.g. one copied from another browser. */
    public void adopt(String name, String value) {
        cookies.put(name, value);
    }

    public String address() {
        return address;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public RequestSpecification request() {
        RequestSpecification request = given().redirects().follow(false).header("X-Forwarded-For", address)
                .cookies(cookies);
        return baseUri == null ? request : request.baseUri(baseUri);
    }

    private Response keep(Response response) {
        response.getDetailedCookies().asList().forEach(cookie -> {
            if (cookie.getValue() == null || cookie.getValue().isEmpty() || cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        return response;
    }
}
