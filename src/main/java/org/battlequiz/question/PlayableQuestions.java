package org.battlequiz.question;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.battlequiz.generation.item.QuestionContent;

/**
 * The accepted questions of each set, in order, parsed once and kept in memory under the set's questions_version.
 * The database bumps that version on every change to a set's questions (a trigger), and callers pass the version
 * they read, so a kept list is used only while it is current, on every instance.
 */
@ApplicationScoped
public class PlayableQuestions {
    private static final int SETS_KEPT = 1_000;

    private final Map<Long, Kept> bySet = new ConcurrentHashMap<>();

    private record Kept(long version, List<PlayableQuestion> questions) {
    }

    /** The set's accepted questions as of questionsVersion (or a later version, read meanwhile). */
    public List<PlayableQuestion> of(long setId, long questionsVersion) {
        Kept kept = bySet.get(setId);
        if (kept != null && kept.version() >= questionsVersion) {
            return kept.questions();
        }
        Kept loaded = QuarkusTransaction.requiringNew().call(() -> load(setId));
        if (bySet.size() >= SETS_KEPT) {
            bySet.clear();
        }
        bySet.merge(setId, loaded, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        return loaded.questions();
    }

    /** The content of those of the set's accepted questions whose ids are given, by id; see {@link #of}. */
    public Map<Long, QuestionContent> contentOf(long setId, long questionsVersion, Set<Long> ids) {
        Map<Long, QuestionContent> content = new HashMap<>();
        for (PlayableQuestion question : of(setId, questionsVersion)) {
            if (ids.contains(question.id())) {
                content.put(question.id(), question.content());
            }
        }
        return content;
    }

    /** The version is read before the questions: a change committed in between only makes the next read reload. */
    private static Kept load(long setId) {
        Number version = (Number) Question.getEntityManager()
                .createNativeQuery("select questions_version from question_set where id = ?1")
                .setParameter(1, setId).getSingleResult();
        List<PlayableQuestion> questions = Question.<Question>list(
                "questionSet.id = ?1 and reviewStatus = ?2 order by position", setId, ReviewStatus.ACCEPTED)
                .stream().map(PlayableQuestion::of).toList();
        return new Kept(version.longValue(), questions);
    }
}
