package org.battlequiz.study;

import org.battlequiz.account.ViewerZone;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.battlequiz.BattleQuizConfig;
import org.battlequiz.account.User;
import org.battlequiz.account.UserNotFoundException;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.QuestionSetService;
import org.battlequiz.question.SetAudience;
import org.battlequiz.quiz.AnswerRelease;
import org.battlequiz.study.StudyViews.CardView;
import org.battlequiz.study.StudyViews.DeckSummary;
import org.battlequiz.study.StudyViews.GradeOption;
import org.battlequiz.study.StudyViews.Overview;
import org.battlequiz.study.StudyViews.Session;
import org.battlequiz.study.StudyViews.StudyMore;

/**
 * Study sessions over FSRS: today's queue per deck, revealing a card, grading it exactly once, and studying more
 * than today's queue (extra new cards, or every card of a deck once) when the learner chooses to.
 */
@ApplicationScoped
public class StudyService {
    private static final String MISTAKES_TITLE = "My mistakes";
    private static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
    private final FsrsScheduler scheduler = FsrsScheduler.withDefaults();

    @Inject
    CardSync cardSync;

    @Inject
    QuestionSetService sets;

    @Inject
    SetAudience audience;

    @Inject
    BattleQuizConfig config;

    @Inject
    AttemptDeck attemptDeck;

    @Transactional
    public Overview overview(String username) {
        User user = user(username);
        Instant now = Instant.now();
        int newLeft = newCardsLeft(user, now);
        Map<Long, DeckCard> everyCard = new LinkedHashMap<>();
        List<DeckSummary> decks = new ArrayList<>();
        for (QuestionSet set : QuestionSet.listPublished()) {
            if (!audience.listedFor(set, username) || AnswerRelease.heldFrom(user, set)) {
                continue;
            }
            List<DeckCard> cards = deckCards(user, cardSync.sync(set));
            if (!cards.isEmpty()) {
                cards.forEach(c -> everyCard.putIfAbsent(c.cardId(), c));
                decks.add(summary(Deck.ofSet(set.id), set.title, set.description, cards, now, newLeft));
            }
        }
        List<DeckCard> mistakes = deckCards(user, mistakeCards(user));
        mistakes.forEach(c -> everyCard.putIfAbsent(c.cardId(), c));
        DeckSummary mistakesDeck = summary(Deck.parse(Deck.MISTAKES), MISTAKES_TITLE,
                "Cards for the items you got wrong in your quizzes and live games.", mistakes, now, newLeft);
        DueCounts total = DailyQueue.build(List.copyOf(everyCard.values()), now, newLeft).counts();
        return new Overview(total, mistakesDeck, decks, config.study().newCardsPerDay(), extraToday(user, now));
    }

    /**
     * The deck's next card, or with {@code revealCardId} that card with its answer and the four grades. With
     * {@code againSince} (epoch milliseconds) the session goes through every card of the deck not graded since then.
     */
    @Transactional
    public Session session(String username, String deckPath, String againSince, Long revealCardId) {
        Deck deck = Deck.parse(deckPath);
        User user = user(username);
        DeckContent content = content(user, deck);
        boolean again = againSince != null && !againSince.isBlank();
        Instant since = again ? StudyInput.since(againSince) : content.goneThroughSince();
        Instant now = Instant.now();
        List<StudyCard> cards = content.cards();
        Map<Long, StudySchedule> schedules = schedulesOf(user, cards);
        List<DeckCard> deckCards = deckCards(cards, schedules);
        int newLeft = newCardsLeft(user, now);
        DailyQueue queue = since == null ? todaysQueue(deckCards, now, newLeft)
                : DailyQueue.goneThrough(deckCards, StudyReview.cardsGradedSince(user, since));
        String againMillis = again ? String.valueOf(since.toEpochMilli()) : null;
        StudyMore more = since != null ? null : new StudyMore(newLeft, config.study().newCardsPerDay(),
                extraToday(user, now), config.study().maxExtraNewCards(),
                (int) deckCards.stream().filter(c -> c.state().state() == CardPhase.NEW).count(), cards.size());
        StudyCard shown = revealCardId != null ? find(cards, revealCardId)
                : queue.isEmpty() ? null : find(cards, queue.cards().get(0).cardId());
        String nextDueIn = queue.nextDue() == null ? null : IntervalLabel.of(Duration.between(now, queue.nextDue()));
        if (shown == null) {
            return new Session(deck.path(), againMillis, content.title(), content.setId(), queue.counts(), null,
                    List.of(), nextDueIn, more);
        }
        StudySchedule schedule = schedules.get(shown.id);
        CardState state = schedule == null ? CardState.newCard(now) : schedule.state();
        List<GradeOption> grades = revealCardId == null ? List.of() : grades(scheduler.preview(state, now));
        CardView view = new CardView(shown.id, shown.front, shown.cues, shown.answer, shown.note, shown.source,
                state.reps());
        return new Session(deck.path(), againMillis, content.title(), content.setId(), queue.counts(), view, grades,
                nextDueIn, more);
    }

    /**
     * "Study more": raises today's new-card limit by {@code countText} cards. {@code baseText} is today's extra as the
     * form showed it; a form sent again (double click, reload) no longer matches and adds nothing.
     */
    @Transactional
    public void studyMore(String username, String deckPath, String countText, String baseText) {
        int max = config.study().maxExtraNewCards();
        int count = StudyInput.number(countText, 1, max, "Choose how many extra new cards to study: a whole number"
                + " from 1 to " + max + ".");
        int base = StudyInput.number(baseText, 0, Integer.MAX_VALUE, "This form came without today's extra cards."
                + " Open the deck again and choose there.");
        User user = Panache.getEntityManager().find(User.class, user(username).id, LockModeType.PESSIMISTIC_WRITE);
        content(user, Deck.parse(deckPath));
        StudyExtraNew extra = StudyExtraNew.of(user, today(Instant.now()));
        if (extra.extra == base) {
            extra.extra = base + count;
            extra.persist();
        }
    }

    /** Checks that the learner may study the deck again from now on, and gives the session's path. */
    @Transactional
    public String studyAgain(String username, String deckPath) {
        Deck deck = Deck.parse(deckPath);
        content(user(username), deck);
        return StudyInput.againPath(deck, String.valueOf(Instant.now().toEpochMilli()));
    }

    /**
     * Schedules the card with FSRS and logs the review. {@code review} is the number of grades the card had when
     * it was shown; a grade sent again (double click, resend, stale page) no longer matches and changes nothing.
     */
    @Transactional
    public void grade(String username, String deckPath, long cardId, String ratingText, String reviewText) {
        Rating rating = rating(ratingText);
        int review = reviewNumber(reviewText);
        Deck deck = Deck.parse(deckPath);
        User user = Panache.getEntityManager().find(User.class, user(username).id, LockModeType.PESSIMISTIC_WRITE);
        StudyCard card = find(content(user, deck).cards(), cardId);
        StudySchedule schedule = StudySchedule.lockFor(user, card).orElseGet(() -> newSchedule(user, card));
        if (schedule.reps != review) {
            return;
        }
        CardPhase before = schedule.phase;
        ReviewResult result = scheduler.review(schedule.state(), rating, Instant.now());
        schedule.apply(result.card());
        schedule.persist();
        StudyReview.of(schedule, before, result).persist();
    }

    /** As Anki's learn-ahead limit: with nothing else left, a card due within minutes is shown now. */
    private static DailyQueue todaysQueue(List<DeckCard> cards, Instant now, int newLeft) {
        DailyQueue queue = DailyQueue.build(cards, now, newLeft);
        if (queue.isEmpty() && queue.nextDue() != null && queue.nextDue().isBefore(now.plus(LEARN_AHEAD))) {
            return DailyQueue.build(cards, now.plus(LEARN_AHEAD), newLeft);
        }
        return queue;
    }

    private DeckContent content(User user, Deck deck) {
        if (deck.isAttempt()) {
            return attemptDeck.content(user, deck);
        }
        if (deck.isMistakes()) {
            return new DeckContent(MISTAKES_TITLE, null, mistakeCards(user), null);
        }
        QuestionSet set = sets.findVisible(deck.setId(), user.username);
        if (AnswerRelease.heldFrom(user, set)) {
            throw new AnswersHiddenException("The answers of this set are not shown yet: finish your attempt, or wait"
                    + " until your teacher closes the quiz.");
        }
        return new DeckContent(set.title, set.id, cardSync.sync(set), null);
    }

    private List<StudyCard> mistakeCards(User user) {
        List<Long> wrong = Panache.getEntityManager().createQuery("""
                        select distinct aa.question.id from AttemptAnswer aa
                        where aa.attempt.user = :user and aa.fraction < 1
                          and aa.attempt.state <> org.battlequiz.quiz.AttemptState.IN_PROGRESS""", Long.class)
                .setParameter("user", user).getResultList();
        wrong = java.util.stream.Stream.concat(wrong.stream(), wrongInLiveGames(user).stream()).distinct().toList();
        if (wrong.isEmpty()) {
            return List.of();
        }
        cardSync.syncSetsOf(wrong);
        return Panache.getEntityManager().createQuery("""
                        select distinct c from StudyCard c join c.questionIds q
                        where c.active = true and q in :wrong""", StudyCard.class)
                .setParameter("wrong", wrong).getResultList().stream()
                .filter(c -> !AnswerRelease.heldFrom(user, c.questionSet))
                .sorted((a, b) -> a.questionSet.id.equals(b.questionSet.id) ? Integer.compare(a.position, b.position)
                        : Long.compare(a.questionSet.id, b.questionSet.id))
                .toList();
    }

    /** Items the user got wrong, or partly wrong, in live games that have ended. */
    @SuppressWarnings("unchecked")
    private static List<Long> wrongInLiveGames(User user) {
        List<Number> ids = Panache.getEntityManager().createNativeQuery("""
                        select distinct a.question_id from game_answer a
                        join game_player p on p.id = a.player_id
                        join game g on g.id = a.game_id
                        where p.user_id = ?1 and a.fraction < 1 and g.state = 'ENDED'""")
                .setParameter(1, user.id).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private List<DeckCard> deckCards(User user, List<StudyCard> cards) {
        return deckCards(cards, schedulesOf(user, cards));
    }

    private static List<DeckCard> deckCards(List<StudyCard> cards, Map<Long, StudySchedule> schedules) {
        List<DeckCard> deck = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            StudySchedule schedule = schedules.get(cards.get(i).id);
            CardState state = schedule == null ? CardState.newCard(Instant.EPOCH.plusSeconds(i)) : schedule.state();
            deck.add(new DeckCard(cards.get(i).id, state));
        }
        return deck;
    }

    private static Map<Long, StudySchedule> schedulesOf(User user, List<StudyCard> cards) {
        if (cards.isEmpty()) {
            return Map.of();
        }
        return StudySchedule.<StudySchedule>list("user = ?1 and card in ?2", user, cards).stream()
                .collect(Collectors.toMap(s -> s.card.id, Function.identity()));
    }

    private DeckSummary summary(Deck deck, String title, String description, List<DeckCard> cards, Instant now,
                                int newLeft) {
        return new DeckSummary(deck.path(), title, description, DailyQueue.build(cards, now, newLeft).counts(),
                cards.size());
    }

    private int newCardsLeft(User user, Instant now) {
        Instant startOfDay = today(now).atStartOfDay(ViewerZone.current()).toInstant();
        long allowed = (long) config.study().newCardsPerDay() + extraToday(user, now);
        return (int) Math.max(0, allowed - StudyReview.newCardsSince(user, startOfDay));
    }

    private static int extraToday(User user, Instant now) {
        return StudyExtraNew.on(user, today(now));
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ViewerZone.current());
    }

    private static List<GradeOption> grades(SchedulingPreview preview) {
        List<GradeOption> grades = new ArrayList<>();
        for (Rating rating : Rating.values()) {
            String label = rating.name().charAt(0) + rating.name().substring(1).toLowerCase(Locale.ROOT);
            grades.add(new GradeOption(rating.name(), label, preview.intervalLabel(rating)));
        }
        return grades;
    }

    private static StudySchedule newSchedule(User user, StudyCard card) {
        StudySchedule schedule = new StudySchedule();
        schedule.user = user;
        schedule.card = card;
        schedule.due = Instant.now();
        return schedule;
    }

    private static StudyCard find(List<StudyCard> cards, long cardId) {
        return cards.stream().filter(c -> c.id == cardId).findFirst()
                .orElseThrow(() -> new CardNotFoundException(cardId));
    }

    private static Rating rating(String text) {
        try {
            return Rating.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new GradeRefusedException("Choose how well you remembered the card: Again, Hard, Good or Easy.");
        }
    }

    private static int reviewNumber(String text) {
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            throw new GradeRefusedException("This grade came without the card's review number. "
                    + "Open the card again and grade it there.");
        }
        return Integer.parseInt(text.strip());
    }

    private static User user(String username) {
        return User.findByUsername(username).orElseThrow(() -> new UserNotFoundException("No such user"));
    }
}
