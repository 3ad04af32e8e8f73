package org.battlequiz.quiz;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.battlequiz.account.User;
import org.battlequiz.account.UserNotFoundException;
import org.battlequiz.classroom.AssignmentTerms;
import org.battlequiz.classroom.Assignments;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.PlayableQuestions;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.QuestionSetService;
import org.battlequiz.question.SetStatus;

/**
 * Starting, saving, submitting (exactly once) and reviewing a learner's attempts; only their owner sees them.
 * Every write locks the attempt's row, so saves, checks, submits and the overdue sweep never interleave.
 */
@ApplicationScoped
public class AttemptService {
    /** Answers that arrive this long after the deadline (the network's delay) still count. */
    static final Duration GRACE = Duration.ofSeconds(10);

    @Inject
    QuestionSetService sets;

    @Inject
    Assignments assignments;

    @Inject
    RetryService retries;

    @Inject
    AttemptSheets sheets;

    @Inject
    AnswerSaves saves;

    @Inject
    PlayableQuestions playable;

    /** Resumes the learner's open attempt at the set, or starts one; a double click never opens two. */
    public long start(String username, long setId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> openAttempt(username, setId));
        } catch (PersistenceException e) {
            return QuarkusTransaction.requiringNew().call(() -> openAttempt(username, setId));
        }
    }

    /**
     * A set assigned to the learner's class starts only between its open and close dates; the attempt ends at its
     * time limit (with the learner's extra time) or at the close, whichever comes first, and is late after the due
     * date that is the learner's.
     */
    private long openAttempt(String username, long setId) {
        QuestionSet set = sets.findVisible(setId, username);
        User user = User.findByUsername(username).orElseThrow(() -> new UserNotFoundException("No such user"));
        return Attempt.findOpen(user, set).orElseGet(() -> {
            Optional<AssignmentTerms> terms = assignments.startableAt(user, set, now());
            AttemptPlan.checkAttemptsLeft(user, set);
            Attempt attempt = new Attempt();
            attempt.user = user;
            attempt.questionSet = set;
            attempt.startedAt = now();
            Integer minutes = QuizSettings.of(set.options).timeLimitMinutes();
            attempt.deadline = minutes == null ? null : attempt.startedAt.plus(Duration.ofMinutes(minutes));
            terms.ifPresent(t -> {
                attempt.assignmentId = t.assignmentId();
                attempt.dueAt = t.dates().dueAt();
                attempt.deadline = t.deadline(attempt.startedAt, minutes);
            });
            attempt.persistAndFlush();
            AttemptPlan.draw(attempt);
            return attempt;
        }).id;
    }

    /**
     * The page to show, or empty once the attempt is closed (closing it first if it is due). Showing a page reads
     * only, in plain statements outside any transaction: no row lock, so a learner's page views never queue behind
     * their own autosaves.
     */
    public Optional<TakeView> openView(String username, long attemptId, Integer page, String notice) {
        return readOpen(username, attemptId).map(
                attempt -> TakePage.of(attempt, page == null ? attempt.currentPage() : page, now(), notice));
    }

    /** The summary shown before submitting, or empty once the attempt is closed; reads as {@link #openView}. */
    public Optional<SummaryView> summary(String username, long attemptId) {
        return readOpen(username, attemptId).map(attempt -> SummaryPage.of(attempt, now()));
    }

    private Optional<AttemptSheet> readOpen(String username, long attemptId) {
        AttemptSheet attempt = readOwn(username, attemptId);
        if (attempt.isOpen() && !attempt.due(now(), GRACE) && !attempt.reserved()) {
            QuarkusTransaction.requiringNew().run(() -> AttemptAnswers.rows(lock(attemptId)));
            attempt = readOwn(username, attemptId);
        }
        if (attempt.isOpen() && !attempt.due(now(), GRACE)) {
            return Optional.of(attempt);
        }
        if (attempt.isOpen()) {
            QuarkusTransaction.requiringNew().run(() -> closeIfDue(lock(attemptId)));
        }
        return Optional.empty();
    }

    private AttemptSheet readOwn(String username, long attemptId) {
        return sheets.read(attemptId).filter(attempt -> attempt.owner().equals(username))
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
    }

    /**
     * Saves the answers posted from a page and remembers the page to resume on; checkQuestion, if given, is graded
     * and locked for immediate feedback. Nothing is saved once the attempt is closed or past its deadline.
     */
    public SaveOutcome save(String username, long attemptId, MultivaluedMap<String, String> form, Integer page,
                            Long checkQuestion) {
        if (checkQuestion == null) {
            Optional<SaveOutcome> saved = saves.trySave(username, attemptId, form, page, now(), GRACE);
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> saveLocked(username, attemptId, form, page, checkQuestion));
    }

    /** As {@link #save}, with the attempt's entities: it may close the attempt, reserve its rows or check an answer. */
    private SaveOutcome saveLocked(String username, long attemptId, MultivaluedMap<String, String> form, Integer page,
                                   Long checkQuestion) {
        Attempt attempt = locked(username, attemptId);
        if (!attempt.isOpen() || closeIfDue(attempt)) {
            return SaveOutcome.CLOSED;
        }
        Map<Long, AttemptAnswer> rows = AttemptAnswers.rows(attempt);
        Map<Long, QuestionContent> questions = questionsOf(attempt, rows);
        boolean allKnown = AttemptAnswers.store(rows, questions, form, now());
        if (checkQuestion != null && QuizSettings.of(attempt.questionSet.options).feedbackImmediately()) {
            AttemptAnswers.check(rows, questions, checkQuestion);
        }
        if (page != null) {
            attempt.currentPage = Math.max(1, Math.min(page, questions.size()));
        }
        return allKnown ? SaveOutcome.SAVED : SaveOutcome.STALE;
    }

    /** Flags the question for review, or clears its flag; nothing changes once the attempt is closed. */
    @Transactional
    public SaveOutcome flag(String username, long attemptId, long questionId, boolean flagged) {
        Attempt attempt = locked(username, attemptId);
        if (!attempt.isOpen() || closeIfDue(attempt)) {
            return SaveOutcome.CLOSED;
        }
        AttemptAnswer row = AttemptAnswers.rows(attempt).get(questionId);
        if (row == null) {
            return SaveOutcome.STALE;
        }
        row.flagged = flagged;
        return SaveOutcome.SAVED;
    }

    /**
     * Saves the posted answers, grades and closes the attempt (as overdue when it arrives in the grace after the
     * deadline, as the page's timer sends it); an attempt already closed is left as it was.
     */
    @Transactional
    public SaveOutcome submit(String username, long attemptId, MultivaluedMap<String, String> form) {
        Attempt attempt = locked(username, attemptId);
        if (!attempt.isOpen() || closeIfDue(attempt)) {
            return SaveOutcome.CLOSED;
        }
        Map<Long, AttemptAnswer> rows = AttemptAnswers.rows(attempt);
        AttemptAnswers.store(rows, questionsOf(attempt, rows), form, now());
        boolean timeRanOut = attempt.deadline != null && !now().isBefore(attempt.deadline);
        AttemptAnswers.close(attempt, timeRanOut ? AttemptState.OVERDUE : AttemptState.SUBMITTED, now());
        return SaveOutcome.SAVED;
    }

    /**
     * The result page of a closed attempt, or empty while the attempt is open and in time. An attempt that is due to
     * close is closed first; otherwise the page only reads, in plain statements outside any transaction.
     */
    public Optional<ResultView> result(String username, long attemptId, String notice) {
        AttemptSheet attempt = readOwn(username, attemptId);
        if (attempt.isOpen() && attempt.due(now(), GRACE)) {
            QuarkusTransaction.requiringNew().run(() -> closeIfDue(lock(attemptId)));
            attempt = readOwn(username, attemptId);
        }
        if (attempt.isOpen()) {
            return Optional.empty();
        }
        AttemptOutcome outcome = sheets.outcome(attemptId);
        return Optional.of(ResultPage.of(attempt, outcome, notice, retries.refusal(attempt, outcome)));
    }

    /** Submits every open attempt that is due to close; each in its own transaction, so one failure stops no other. */
    public int closeAllDue() {
        List<Long> due = QuarkusTransaction.requiringNew().call(() ->
                Attempt.listDueToClose(now().minus(GRACE)).stream().map(a -> a.id).toList());
        int closed = 0;
        for (long id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> closeIfDue(lock(id)))) {
                closed++;
            }
        }
        return closed;
    }

    /** Submits the learner's attempts that are due to close before their history is read; each is loaded locked. */
    @Transactional
    public void closeDueOf(String username) {
        Attempt.listDueToClose(username, now().minus(GRACE)).forEach(id -> closeIfDue(lock(id)));
    }

    /** An open attempt closes when its time runs out (overdue) or when its set is closed or archived (submitted). */
    private boolean closeIfDue(Attempt attempt) {
        if (attempt == null || !attempt.isOpen() || !due(attempt)) {
            return false;
        }
        boolean overdue = attempt.deadline != null && attempt.deadline.plus(GRACE).isBefore(now());
        AttemptAnswers.close(attempt, overdue ? AttemptState.OVERDUE : AttemptState.SUBMITTED, now());
        return true;
    }

    /** Past its deadline and grace, or its set no longer published. */
    private boolean due(Attempt attempt) {
        return attempt.deadline != null && attempt.deadline.plus(GRACE).isBefore(now())
                || attempt.questionSet.status != SetStatus.PUBLISHED;
    }

    private Attempt locked(String username, long attemptId) {
        Attempt attempt = lock(attemptId);
        if (attempt == null || !attempt.belongsTo(username)) {
            throw new AttemptNotFoundException(attemptId);
        }
        return attempt;
    }

    /** The attempt with its learner and set, in one statement that locks the attempt's row only. */
    private static Attempt lock(long attemptId) {
        return Attempt.<Attempt>find("from Attempt a join fetch a.user join fetch a.questionSet where a.id = ?1",
                attemptId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The parsed content of the attempt's questions (those its rows reserve) by id, from memory while current. */
    private Map<Long, QuestionContent> questionsOf(Attempt attempt, Map<Long, AttemptAnswer> rows) {
        return playable.contentOf(attempt.questionSet.id, attempt.questionSet.questionsVersion, rows.keySet());
    }

    private static Instant now() {
        return Instant.now();
    }
}
