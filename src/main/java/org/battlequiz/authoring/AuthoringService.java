package org.battlequiz.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.battlequiz.BattleQuizConfig;
import org.battlequiz.BoundedWork;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.battlequiz.account.User;
import org.battlequiz.article.Article;
import org.battlequiz.article.ArticleService;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.authoring.interchange.ImportResult;
import org.battlequiz.generation.GenerationResult;
import org.battlequiz.generation.QuestionGenerator;
import org.battlequiz.question.ArticleBank;
import org.battlequiz.question.ItemNumbers;
import org.battlequiz.question.Question;
import org.battlequiz.generation.item.ItemDetails;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.RejectReason;
import org.battlequiz.question.ReviewStatus;
import org.battlequiz.question.SetStatus;
import org.battlequiz.quiz.AttemptAnswer;

/** A teacher's sets: create from an article or blank, review and edit items, options, publish, import. */
@ApplicationScoped
public class AuthoringService {
    static final int MAX_REJECT_NOTE = 500;
    private final QuestionGenerator generator = new QuestionGenerator();

    @Inject
    ArticleService articles;

    @Inject
    ArticleBank bank;

    @Inject
    SetAccess access;

    @Inject
    BoundedWork bounded;

    @Inject
    BattleQuizConfig config;

    public List<TeacherSet> mySets() {
        User me = access.me();
        List<QuestionSet> sets = access.isAdmin()
                ? QuestionSet.list("owner is not null order by updatedAt desc")
                : QuestionSet.list("owner = ?1 order by updatedAt desc", me);
        return sets.stream().map(TeacherSet::of).toList();
    }

    /**
     * Makes a DRAFT set holding every generated item as PENDING, titled as given or else after the battle; the same
     * text sent again within a minute (a double click, a reload) opens the draft already made.
     */
    @Transactional
    public long createFromArticle(String text, String title) {
        ParsedArticle parsed = bounded.call(() -> articles.parse(text));
        QuestionSet recent = QuestionSet.<QuestionSet>find(
                "owner = ?1 and sourceHash = ?2 and status = ?3 and createdAt > ?4 order by id desc", access.me(),
                ArticleService.contentHash(text), SetStatus.DRAFT, java.time.Instant.now().minusSeconds(60))
                .firstResult();
        if (recent != null) {
            return recent.id;
        }
        List<ParsedArticle> others = bank.articles().stream()
                .filter(a -> !a.title().equalsIgnoreCase(parsed.title())).toList();
        GenerationResult generated = bounded.call(() -> generator.generate(parsed, others,
                ArticleService.stableSeed(text)));
        Article article = articles.store("teacher-" + UUID.randomUUID(), text, parsed);
        String battle = generated.title() == null || generated.title().isBlank() ? parsed.title() : generated.title();
        QuestionSet set = newSet(title == null || title.isBlank() ? battle : title.strip());
        set.article = article;
        set.sourceHash = ArticleService.contentHash(text);
        set.generatorVersion = QuestionGenerator.VERSION;
        set.persist();
        for (int i = 0; i < generated.questions().size(); i++) {
            Question question = Question.generated(set, i, generated);
            question.reviewStatus = ReviewStatus.PENDING;
            question.persist();
        }
        return set.id;
    }

    @Transactional
    public long createBlank(String title) {
        QuestionSet set = newSet(title);
        set.persist();
        return set.id;
    }

    private QuestionSet newSet(String title) {
        QuestionSet set = new QuestionSet();
        set.title = title;
        set.owner = access.me();
        set.status = SetStatus.DRAFT;
        set.options = new java.util.HashMap<>(SetOptions.DEFAULTS.toStored());
        return set;
    }

    public List<Question> allItems(QuestionSet set) {
        return Question.list("questionSet = ?1 order by position", set);
    }

    /** The review queue under a filter: the items it keeps, numbered as on every teacher page, and its choices. */
    public ReviewQueue reviewQueue(QuestionSet set, ReviewFilter filter) {
        List<Question> all = allItems(set);
        ItemNumbers numbers = ItemNumbers.of(all);
        List<ItemView> items = filter.apply(all).stream().map(q -> ItemView.of(q, numbers.number(q))).toList();
        return ReviewQueue.of(all, items, filter);
    }

    /**
     * The item the teacher meets after this one in the queue as filtered, so the page can return there once the
     * item is reviewed; the one before it when it is the last, null when it is alone or not in the queue.
     */
    public Long nextInQueue(long setId, long itemId, ReviewFilter filter) {
        List<Long> ids = filter.apply(allItems(access.editable(setId))).stream().map(q -> q.id).toList();
        int at = ids.indexOf(itemId);
        if (at < 0 || ids.size() == 1) {
            return null;
        }
        return at + 1 < ids.size() ? ids.get(at + 1) : ids.get(at - 1);
    }

    @Transactional
    public void accept(long setId, long itemId) {
        accept(item(setId, itemId));
    }

    private static void accept(Question item) {
        item.reviewStatus = item.edited ? ReviewStatus.EDITED : ReviewStatus.ACCEPTED;
        item.rejectReason = null;
        item.rejectNote = null;
        item.reviewFlag = null;
    }

    @Transactional
    public void reject(long setId, long itemId, RejectReason reason, String note) {
        if (note != null && note.strip().length() > MAX_REJECT_NOTE) {
            throw new AuthoringException("A rejection note can have at most " + MAX_REJECT_NOTE + " characters.");
        }
        reject(item(setId, itemId), reason, note == null || note.isBlank() ? null : note.strip());
    }

    private static void reject(Question item, RejectReason reason, String note) {
        item.reviewStatus = ReviewStatus.REJECTED;
        item.rejectReason = reason;
        item.rejectNote = note == null || note.isBlank() ? null : note.strip();
        item.reviewFlag = null;
    }

    /**
     * Accepts, or rejects for the reason, every item named, all or none: an item of another set, or more items than
     * the limit, refuses the whole request. Items already so reviewed are counted again, so a repeat changes nothing.
     *
     * @return how many items were accepted or rejected
     */
    @Transactional
    public int reviewMany(long setId, List<Long> itemIds, boolean accept, RejectReason reason) {
        QuestionSet set = access.editable(setId);
        List<Long> ids = itemIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            throw new AuthoringException("Select at least one item: tick the box beside each item to "
                    + (accept ? "accept" : "reject") + ".");
        }
        if (ids.size() > config.review().maxBulkItems()) {
            throw new AuthoringException("Select at most " + config.review().maxBulkItems() + " items at once.");
        }
        List<Question> items = Question.list("questionSet = ?1 and id in ?2", set, ids);
        if (items.size() != ids.size()) {
            throw new AuthoringException("Some selected items are not in this set any more; reload the page and "
                    + "select again.");
        }
        for (Question item : items) {
            if (accept) {
                accept(item);
            } else {
                reject(item, reason, null);
            }
        }
        touch(set);
        return items.size();
    }

    /** The flag of an item the teacher set aside in the review queue. */
    static final String SET_ASIDE = "Set aside for a second look.";

    /** Sets the item aside for a second look, or takes it back. */
    @Transactional
    public void flag(long setId, long itemId, boolean flagged) {
        item(setId, itemId).reviewFlag = flagged ? SET_ASIDE : null;
    }

    /** Saves the teacher's version; a generated item changed in any way counts as edited. */
    @Transactional
    public void update(long setId, long itemId, QuestionContent content) {
        Question item = item(setId, itemId);
        boolean changed = !sameContent(item.content(), content);
        item.details = detailsAfterEdit(item.content(), content);
        item.type = content.type();
        item.prompt = content.prompt();
        item.stems = new ArrayList<>(content.stems());
        item.options = new ArrayList<>(content.options());
        item.keys = new ArrayList<>(content.keys());
        item.tolerance = content.tolerance();
        item.explanation = content.explanation();
        item.source = content.source();
        item.edited = item.edited || changed;
        item.reviewStatus = item.edited ? ReviewStatus.EDITED : ReviewStatus.ACCEPTED;
        item.rejectReason = null;
        item.rejectNote = null;
        item.reviewFlag = null;
    }

    /** An imported item keeps its name and tags when edited, and its per-answer credit while its answers stay. */
    private static ItemDetails detailsAfterEdit(QuestionContent before, QuestionContent after) {
        boolean sameAnswers = before.type() == after.type() && before.options().equals(after.options())
                && before.keys().equals(after.keys()) && java.util.Objects.equals(before.tolerance(), after.tolerance());
        ItemDetails details = sameAnswers ? before.details() : before.details().withAnswers(List.of());
        return details.none() ? null : details;
    }

    @Transactional
    public long add(long setId, QuestionContent content) {
        QuestionSet set = access.editable(setId);
        Question question = Question.of(set, nextPosition(set), content);
        question.reviewStatus = ReviewStatus.ACCEPTED;
        question.persist();
        touch(set);
        return question.id;
    }

    /** Swaps the item with its neighbour; at either end nothing moves. */
    @Transactional
    public void move(long setId, long itemId, boolean up) {
        Question item = item(setId, itemId);
        Question neighbour = Question.<Question>find(up
                        ? "questionSet = ?1 and position < ?2 order by position desc"
                        : "questionSet = ?1 and position > ?2 order by position",
                item.questionSet, item.position).firstResult();
        if (neighbour != null) {
            int position = item.position;
            item.position = neighbour.position;
            neighbour.position = position;
        }
    }

    /** Deletes the item; one learners have answered is hidden as rejected instead, so their attempts stay whole. */
    @Transactional
    public void remove(long setId, long itemId) {
        Question item = item(setId, itemId);
        if (AttemptAnswer.count("question", item) > 0) {
            item.reviewStatus = ReviewStatus.REJECTED;
            item.rejectReason = RejectReason.OTHER;
            item.rejectNote = "Removed by the teacher";
        } else {
            item.delete();
        }
    }

    @Transactional
    public void saveOptions(long setId, String title, String description, SetOptions options) {
        QuestionSet set = access.editable(setId);
        set.title = title.strip();
        set.description = description == null || description.isBlank() ? null : description.strip();
        set.options = new java.util.HashMap<>(options.toStored());
        touch(set);
    }

    /**
     * Publishing gives the set a join code the first time. Learners see only accepted items: the items still
     * pending stay in the review queue unless the teacher chose to accept them with the publication.
     */
    @Transactional
    public void changeStatus(long setId, String action, boolean acceptPending) {
        QuestionSet set = access.editable(setId);
        switch (action == null ? "" : action) {
            case "publish" -> publish(set, acceptPending);
            case "close" -> {
                if (set.status != SetStatus.PUBLISHED && set.status != SetStatus.CLOSED) {
                    throw new AuthoringException("Only a published set can be closed.");
                }
                set.status = SetStatus.CLOSED;
            }
            case "archive" -> set.status = SetStatus.ARCHIVED;
            default -> throw new AuthoringException("Unknown action: choose publish, close or archive.");
        }
        touch(set);
    }

    private void publish(QuestionSet set, boolean acceptPending) {
        if (set.status == SetStatus.PUBLISHED) {
            return;
        }
        if (set.owner == null) {
            throw new AuthoringException("Shipped sets are published by the system.");
        }
        List<Question> items = Question.listInSet(set);
        if (acceptPending) {
            items.stream().filter(q -> q.reviewStatus == ReviewStatus.PENDING)
                    .forEach(q -> q.reviewStatus = ReviewStatus.ACCEPTED);
        }
        if (items.stream().noneMatch(q -> q.reviewStatus == ReviewStatus.ACCEPTED)) {
            throw new AuthoringException("Accept at least one item before publishing: learners see only accepted items.");
        }
        if (set.joinCode == null) {
            String code;
            do {
                code = JoinCodes.next();
            } while (QuestionSet.count("joinCode", code) > 0);
            set.joinCode = code;
        }
        set.status = SetStatus.PUBLISHED;
    }

    /** Appends every imported item, in one transaction: a failure leaves the set as it was. */
    @Transactional
    public int importInto(long setId, ImportResult imported) {
        QuestionSet set = access.editable(setId);
        int position = nextPosition(set);
        for (QuestionContent content : imported.items()) {
            Question question = Question.of(set, position++, content);
            question.reviewStatus = ReviewStatus.ACCEPTED;
            question.persist();
        }
        touch(set);
        return imported.items().size();
    }

    private Question item(long setId, long itemId) {
        QuestionSet set = access.editable(setId);
        Question item = Question.findById(itemId);
        if (item == null || !item.questionSet.id.equals(set.id)) {
            throw new AuthoringNotFoundException("There is no item " + itemId + " in this set.");
        }
        touch(set);
        return item;
    }

    private static int nextPosition(QuestionSet set) {
        Integer max = io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createQuery("select max(q.position) from Question q where q.questionSet = :set", Integer.class)
                .setParameter("set", set).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    private static void touch(QuestionSet set) {
        set.updatedAt = java.time.Instant.now();
    }

    private static boolean sameContent(QuestionContent a, QuestionContent b) {
        return a.type() == b.type() && a.prompt().equals(b.prompt()) && a.stems().equals(b.stems())
                && a.options().equals(b.options()) && a.keys().equals(b.keys())
                && java.util.Objects.equals(a.tolerance(), b.tolerance())
                && java.util.Objects.equals(a.explanation(), b.explanation())
                && java.util.Objects.equals(a.source(), b.source());
    }
}
