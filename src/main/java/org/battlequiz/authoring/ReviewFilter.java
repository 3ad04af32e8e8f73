package org.battlequiz.authoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.Question;
import org.battlequiz.question.ReviewStatus;

/**
 * What the review queue shows and in which order: a status (pending, accepted, rejected, flagged), an item type and
 * a fact kind, each empty for all, and a sort. Unknown values read as "all" and the default order.
 */
public record ReviewFilter(String status, String type, String kind, String sort) {
    public static final List<String> STATUSES = List.of("pending", "accepted", "rejected", "flagged");
    /** Sort values with their names: the queue (pending first), the generator's score either way, item number. */
    public static final Map<String, String> SORTS = Map.of("queue", "Pending first", "score-low",
            "Lowest quality score first", "score-high", "Highest quality score first", "number", "Item number");
    public static final List<String> SORT_ORDER = List.of("queue", "score-low", "score-high", "number");
    private static final int MAX_QUERY = 400;
    public static final ReviewFilter ALL = new ReviewFilter("", "", "", "queue");

    public ReviewFilter {
        status = status != null && STATUSES.contains(status) ? status : "";
        type = known(type) ? type : "";
        kind = kind == null || kind.length() > 100 ? "" : kind.strip();
        sort = sort != null && SORTS.containsKey(sort) ? sort : "queue";
    }

    public static ReviewFilter of(Map<String, String> form) {
        return new ReviewFilter(form.get("status"), form.get("type"), form.get("kind"), form.get("sort"));
    }

    public boolean matches(Question item) {
        return switch (status) {
            case "pending" -> item.reviewStatus == ReviewStatus.PENDING;
            case "accepted" -> item.reviewStatus == ReviewStatus.ACCEPTED || item.reviewStatus == ReviewStatus.EDITED;
            case "rejected" -> item.reviewStatus == ReviewStatus.REJECTED;
            case "flagged" -> item.reviewFlag != null;
            default -> true;
        } && (type.isEmpty() || item.type.apiName().equals(type))
                && (kind.isEmpty() || kind.equals(item.factKind == null ? "manual" : item.factKind));
    }

    /** The items this filter keeps, in its order; items arrive in their set order. */
    public List<Question> apply(List<Question> inOrder) {
        List<Question> kept = new ArrayList<>(inOrder.stream().filter(this::matches).toList());
        Comparator<Question> unscoredLast = Comparator.comparing(q -> q.quality == null);
        switch (sort) {
            case "queue" -> kept.sort(Comparator.comparing((Question q) -> q.reviewStatus != ReviewStatus.PENDING)
                    .thenComparing(q -> q.reviewStatus == ReviewStatus.REJECTED));
            case "score-low" -> kept.sort(unscoredLast.thenComparing(q -> q.quality == null ? 0 : q.quality));
            case "score-high" -> kept.sort(unscoredLast.thenComparing(q -> q.quality == null ? 0 : -q.quality));
            default -> {
            }
        }
        return kept;
    }

    public boolean filtered() {
        return !status.isEmpty() || !type.isEmpty() || !kind.isEmpty();
    }

    /** The filter as a query string, without "?", empty for the default queue. */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "status", status);
        add(parts, "type", type);
        add(parts, "kind", kind);
        if (!"queue".equals(sort)) {
            add(parts, "sort", sort);
        }
        return String.join("&", parts);
    }

    /** The review queue's address with this filter, for redirects and links. */
    public String reviewPath(long setId) {
        return "/teach/sets/" + setId + "/review" + (query().isEmpty() ? "" : "?" + query());
    }

    /** The filter a form carried back as its query string (the "queue" field); anything unknown is dropped. */
    public static ReviewFilter fromQuery(String query) {
        Map<String, String> values = new java.util.HashMap<>();
        if (query != null && query.length() <= MAX_QUERY) {
            for (String part : query.split("&")) {
                int eq = part.indexOf('=');
                try {
                    if (eq > 0) {
                        values.putIfAbsent(part.substring(0, eq),
                                java.net.URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                } catch (IllegalArgumentException e) {
                    // a malformed value is dropped like an unknown one
                }
            }
        }
        return of(values);
    }

    /** {@link #query()} encoded as one query parameter's value, for links that carry the filter along. */
    public String queryParam() {
        return URLEncoder.encode(query(), StandardCharsets.UTF_8);
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static boolean known(String type) {
        if (type == null || type.isEmpty()) {
            return false;
        }
        for (QuestionType t : QuestionType.values()) {
            if (t.apiName().equals(type)) {
                return true;
            }
        }
        return false;
    }
}
