package org.battlequiz.study;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;

/**
 * Keeps a set's stored cards in line with its items: new facts get cards, dropped ones are retired. Each set is
 * brought up to date in a short transaction of its own under a lock for that set, so two requests never insert
 * the same card and a request never holds one set's lock while waiting for another's.
 */
@ApplicationScoped
public class CardSync {
    private static final long LOCK_BASE = 0x5354_5544_0000_0000L;
    private final CardBuilder builder = new CardBuilder();

    /** @return the set's active cards in order, after bringing them up to date */
    public List<StudyCard> sync(QuestionSet set) {
        long setId = set.id;
        QuarkusTransaction.requiringNew().run(() -> refresh(setId));
        return StudyCard.list("questionSet.id = ?1 and active = true order by position", setId);
    }

    /** Brings the cards of every set holding one of the items up to date. */
    public void syncSetsOf(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return;
        }
        Panache.getEntityManager().createQuery(
                        "select distinct q.questionSet.id from Question q where q.id in :ids order by 1", Long.class)
                .setParameter("ids", questionIds).getResultList()
                .forEach(setId -> QuarkusTransaction.requiringNew().run(() -> refresh(setId)));
    }

    private void refresh(long setId) {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_BASE + setId).getSingleResult();
        QuestionSet set = QuestionSet.findById(setId);
        List<CardSource> items = Question.listPlayable(set).stream().map(q -> new CardSource(q.id, q.content())).toList();
        Map<String, StudyCard> stored = StudyCard.listOfSet(set).stream()
                .collect(Collectors.toMap(c -> c.factKey, Function.identity()));
        List<Flashcard> cards = builder.build(items);
        for (int i = 0; i < cards.size(); i++) {
            Flashcard card = cards.get(i);
            StudyCard row = stored.remove(card.factKey());
            if (row == null) {
                row = new StudyCard();
                row.questionSet = set;
                row.factKey = card.factKey();
            }
            row.show(card, i);
            row.persist();
        }
        stored.values().forEach(retired -> retired.active = false);
    }
}
