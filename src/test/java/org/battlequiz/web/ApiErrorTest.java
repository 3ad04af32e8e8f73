package org.battlequiz.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import org.battlequiz.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ApiErrorTest {
    private static final int ONE_MIB = 1024 * 1024;

    private static ValidatableResponse post(String endpoint, RequestSpecification request) {
        return request.post(endpoint).then().contentType(ContentType.JSON).body("error", notNullValue());
    }

    private static RequestSpecification text(Object body) {
        return ApiClient.fromFreshClient().contentType("text/plain; charset=UTF-8").body(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts", "/api/questions"})
    void anEmptyBodyIsNotABattleArticle(String endpoint) {
        post(endpoint, text("")).statusCode(422).body("error", containsString("expected a battle article"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts", "/api/questions"})
    void anHtmlPageIsNotABattleArticle(String endpoint) {
        post(endpoint, text("<!DOCTYPE html><html><body><p>Hello</p></body></html>")).statusCode(422)
                .body("error", containsString("HTML")).body("error", containsString("expected a battle article"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts", "/api/questions"})
    void binaryDataIsNotABattleArticle(String endpoint) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, (byte) 0xff, (byte) 0xfe};
        post(endpoint, ApiClient.fromFreshClient().contentType("text/plain").body(png)).statusCode(422)
                .body("error", containsString("binary")).body("error", containsString("expected a battle article"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts", "/api/questions"})
    void aBodyOverOneMebibyteIsTooLarge(String endpoint) {
        char[] body = new char[ONE_MIB + 1];
        Arrays.fill(body, 'a');
        post(endpoint, text(new String(body))).statusCode(413).body("error", containsString("too large"));
    }

    @Test
    void aBodyFarOverTheLimitIsTooLargeAsJsonToo() {
        char[] body = new char[3 * ONE_MIB];
        Arrays.fill(body, 'a');
        post("/api/facts", text(new String(body))).statusCode(413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts", "/api/questions"})
    void anotherContentTypeIsUnsupported(String endpoint) {
        post(endpoint, ApiClient.fromFreshClient().contentType(ContentType.JSON).body("{\"text\":\"x\"}"))
                .statusCode(415).body("error", containsString("text/plain"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts", "/api/questions"})
    void aFormPostIsUnsupportedToo(String endpoint) {
        post(endpoint, ApiClient.fromFreshClient().contentType(ContentType.URLENC).formParam("text", "x"))
                .statusCode(415);
    }

    @Test
    void anUnknownApiPathAnswersJson() {
        post("/api/nothing-here", text("x")).statusCode(404);
    }

    @Test
    void aClientOverItsRateIsToldToWait() {
        String address = ApiClient.freshAddress();
        int allowed = 0;
        while (allowed < 80 && given().header("X-Forwarded-For", address).contentType("text/plain")
                .body("").post("/api/facts").statusCode() == 422) {
            allowed++;
        }
        assertTrue(allowed >= 40 && allowed < 80, "requests allowed before 429: " + allowed);
        given().header("X-Forwarded-For", address).contentType("text/plain").body("")
                .post("/api/facts").then().statusCode(429).contentType(ContentType.JSON)
                .header("Retry-After", notNullValue()).body("error", containsString("Too many requests"));
        post("/api/facts", text("")).statusCode(422);
    }
}
