package org.battlequiz.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.concurrent.atomic.AtomicInteger;

/** Requests to /api from a client address of their own, so that rate limits of one test never touch another. */
public final class ApiClient {
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private ApiClient() {
    }

    public static String freshAddress() {
        int n = NEXT.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    public static RequestSpecification fromFreshClient() {
        return given().header("X-Forwarded-For", freshAddress());
    }
}
