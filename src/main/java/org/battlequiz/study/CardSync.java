package org.battlequiz.study;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;

/** Keeps a set's stored cards in line with its items: new facts get cards, dropped ones are retired. */
@ApplicationScoped
public class CardSync {
    private static final long LOCK_BASE = 0x5354_5544_0000_0000L;
    private final CardBuilder builder = new CardBuilder();

    /** @return the set's active cards in order, after bringing them up to date */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<StudyCard> sync(QuestionSet set) {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_BASE + set.id).getSingleResult();
        List<CardSource> items = Question.listInSet(set).stream().map(q -> new CardSource(q.id, q.content())).toList();
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
        return StudyCard.<StudyCard>list("questionSet = ?1 and active = true order by position", set);
    }

    /** Brings the cards of every set holding one of the items up to date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void syncSetsOf(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return;
        }
        Panache.getEntityManager().createQuery(
                        "select distinct q.questionSet from Question q where q.id in :ids", QuestionSet.class)
                .setParameter("ids", questionIds).getResultList().stream()
                .sorted(Comparator.comparing(s -> s.id)).forEach(this::sync);
    }
}
