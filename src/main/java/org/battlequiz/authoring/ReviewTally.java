package org.battlequiz.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.battlequiz.question.Question;
import org.battlequiz.question.ReviewStatus;

/** Review outcomes of a set's items from one generator version ("manual" for hand-written ones). */
public record ReviewTally(String generatorVersion, int items, int pending, int accepted, int edited, int rejected) {

    /** Accepted unchanged, in percent of the items reviewed so far; null before any review. */
    public Integer acceptedUnchangedPercent() {
        int reviewed = items - pending;
        return reviewed == 0 ? null : (int) Math.round(100.0 * (reviewed - edited - rejected) / reviewed);
    }

    public static List<ReviewTally> perVersion(List<Question> questions) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Question q : questions) {
            int[] c = counts.computeIfAbsent(q.generatorVersion == null ? "manual" : q.generatorVersion,
                    v -> new int[5]);
            c[0]++;
            c[1] += q.reviewStatus == ReviewStatus.PENDING ? 1 : 0;
            c[2] += q.reviewStatus == ReviewStatus.ACCEPTED || q.reviewStatus == ReviewStatus.EDITED ? 1 : 0;
            c[3] += q.edited && q.reviewStatus != ReviewStatus.REJECTED ? 1 : 0;
            c[4] += q.reviewStatus == ReviewStatus.REJECTED ? 1 : 0;
        }
        List<ReviewTally> tallies = new ArrayList<>();
        counts.forEach((version, c) -> tallies.add(new ReviewTally(version, c[0], c[1], c[2], c[3], c[4])));
        return tallies;
    }

    public static ReviewTally total(List<ReviewTally> tallies) {
        return new ReviewTally("all", tallies.stream().mapToInt(ReviewTally::items).sum(),
                tallies.stream().mapToInt(ReviewTally::pending).sum(),
                tallies.stream().mapToInt(ReviewTally::accepted).sum(),
                tallies.stream().mapToInt(ReviewTally::edited).sum(),
                tallies.stream().mapToInt(ReviewTally::rejected).sum());
    }
}
