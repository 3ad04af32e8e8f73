package org.battlequiz.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The cases of an authorization matrix: every route against every caller. */
public final class RouteMatrix {
    private RouteMatrix() {
    }

    public static <R, C> Stream<Arguments> of(List<R> routes, C[] callers) {
        List<Arguments> cases = new ArrayList<>();
        for (R route : routes) {
            for (C caller : callers) {
                cases.add(Arguments.of(route, caller));
            }
        }
        return cases.stream();
    }
}
