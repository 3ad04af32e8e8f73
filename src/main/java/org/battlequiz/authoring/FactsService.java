package org.battlequiz.authoring;

import org.battlequiz.account.ViewerZone;
import org.battlequiz.account.TimeZones;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.battlequiz.BoundedWork;
import org.battlequiz.article.Article;
import org.battlequiz.article.ArticleService;
import org.battlequiz.article.CorrectedFacts;
import org.battlequiz.article.FactCorrection;
import org.battlequiz.article.FactCorrection.Action;
import org.battlequiz.article.FactCorrection.Kind;
import org.battlequiz.article.FactsJson;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.battlequiz.generation.GenerationResult;
import org.battlequiz.generation.QuestionGenerator;
import org.battlequiz.question.ArticleBank;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.RejectReason;
import org.battlequiz.question.ReviewStatus;
import org.battlequiz.quiz.AttemptAnswer;

/**
 * The facts of a set's article as its teacher corrected them: reading them (the parse with every correction
 * replayed), recording a correction with who made it and what it changed, and regenerating the set's items from
 * the corrected facts.
 */
@ApplicationScoped
public class FactsService {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private final QuestionGenerator generator = new QuestionGenerator();

    @Inject
    ArticleService articles;

    @Inject
    ArticleBank bank;

    @Inject
    SetAccess access;

    @Inject
    BoundedWork bounded;

    /** The parse of an article with its corrections replayed; unapplied holds the positions of those that no longer fit. */
    private record Corrected(ParsedArticle facts, List<FactRevision> revisions, List<Integer> unapplied) {
    }

    /** What regenerating did, for the notice on the facts page. */
    public record Regenerated(int added, int kept, int flagged, int removed) {
    }

    @Transactional
    public FactsPage page(long setId) {
        QuestionSet set = access.editable(setId);
        if (set.article == null) {
            return new FactsPage(TeacherSet.of(set), false, false, List.of(), List.of(), List.of(), null, List.of(),
                    List.of(), List.of(), FactForm.STATUSES);
        }
        Corrected corrected = corrected(set.article);
        ParsedArticle facts = corrected.facts();
        List<FactsPage.SideView> sides = new ArrayList<>();
        List<FactView> doubtful = new ArrayList<>();
        for (int i = 0; i < facts.sides().size(); i++) {
            Side side = facts.sides().get(i);
            List<FactView> views = FactView.ofSide(i, side);
            views.stream().filter(FactView::doubtful).forEach(doubtful::add);
            String names = String.join(", ", side.belligerents().stream().map(e -> e.name()).toList());
            sides.add(new FactsPage.SideView(i, i + 1, names, Integer.valueOf(i).equals(facts.winner()), views));
        }
        doubtful.sort(Comparator.comparingInt(FactView::sure));
        List<FactsPage.RevisionView> history = new ArrayList<>();
        List<FactsPage.RevisionView> unapplied = new ArrayList<>();
        for (int i = 0; i < corrected.revisions().size(); i++) {
            FactRevision r = corrected.revisions().get(i);
            FactsPage.RevisionView view = new FactsPage.RevisionView(r.id, r.author.username, TimeZones.format(r.createdAt, WHEN, ViewerZone.current()),
                    r.fact, r.before, r.after);
            history.add(view);
            if (corrected.unapplied().contains(i)) {
                unapplied.add(view);
            }
        }
        history.sort(Comparator.comparingLong(FactsPage.RevisionView::id).reversed());
        return new FactsPage(TeacherSet.of(set), true, set.owner != null, facts.warnings(), doubtful, sides,
                battle(facts), FactRow.body(facts), history, unapplied, FactForm.STATUSES);
    }

    private static FactsPage.BattleView battle(ParsedArticle facts) {
        return new FactsPage.BattleView(facts.title(), facts.partOf(),
                CorrectedFacts.dates(facts.dateStart(), facts.dateEnd()), nonNull(facts.dateStart()),
                facts.dateEnd() == null || facts.dateEnd().equals(facts.dateStart()) ? "" : facts.dateEnd(),
                nonNull(facts.location()), nonNull(facts.result()),
                facts.winner() == null ? -1 : facts.winner(), line(facts, "date"),
                line(facts, "location"), line(facts, "result"));
    }

    private static int line(ParsedArticle facts, String field) {
        return facts.sourceOf(field) == null ? 0 : facts.sourceOf(field).lineNumber();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /**
     * Records one correction and stores the corrected facts; the page anchor of the fact it changed is returned.
     * The same correction sent again at once (a double click, a reload) changes nothing.
     *
     * @throws FactCorrectionException naming every problem, when the form or the fact it names does not fit
     */
    @Transactional
    public String correct(long setId, Action action, FactForm form) {
        QuestionSet set = access.editable(setId);
        Article article = correctable(set);
        Corrected now = corrected(article);
        FactCorrection correction = correctionOf(action, form, now.facts(), article.sourceText);
        List<FactRevision> revisions = now.revisions();
        if (!revisions.isEmpty() && correction.equals(revisions.get(revisions.size() - 1).correction)) {
            return anchor(correction);
        }
        ParsedArticle next = CorrectedFacts.applyOne(now.facts(), correction);
        if (next == null) {
            throw new FactCorrectionException(List.of(stale(correction)));
        }
        if (action == Action.ADD && correction.kind().named() && listed(now.facts(), correction)) {
            throw new FactCorrectionException(List.of("Side " + (correction.side() + 1) + " already lists "
                    + correction.value("name") + "."));
        }
        CorrectedFacts.Change change = CorrectedFacts.describe(now.facts(), correction);
        FactRevision revision = new FactRevision();
        revision.article = article;
        revision.author = access.me();
        revision.correction = correction;
        revision.fact = change.fact();
        revision.before = change.before();
        revision.after = change.after();
        revision.persist();
        article.facts = FactsJson.toJson(next);
        article.updatedAt = Instant.now();
        set.updatedAt = Instant.now();
        return anchor(correction);
    }

    private static FactCorrection correctionOf(Action action, FactForm form, ParsedArticle facts, String text) {
        List<String> errors = new ArrayList<>();
        Kind kind = form.kindOrNull(errors);
        if (kind == null) {
            throw new FactCorrectionException(errors);
        }
        int sides = facts.sides().size();
        int side = kind.perSide() ? FactForm.sideIndex(form.side, sides, "the side", errors) : -1;
        String target = kind.named() && action != Action.ADD ? FactForm.trimmed(form.target) : null;
        int toSide = -1;
        if ((action == Action.MOVE || action == Action.CONFIRM) && !kind.perSide()) {
            errors.add("Only a side's belligerents, commanders and figures can be moved or confirmed; change the "
                    + kind.label().toLowerCase(Locale.ROOT) + " instead.");
        } else if (action == Action.MOVE) {
            toSide = FactForm.sideIndex(form.toSide, sides, "the side to move it to", errors);
            if (toSide >= 0 && toSide == side) {
                errors.add("It is already on side " + (side + 1) + ": choose the other side.");
            }
        }
        if (target != null && target.isEmpty()) {
            errors.add("Name the " + kind.label().toLowerCase(Locale.ROOT) + " to change.");
        }
        Map<String, String> values = action == Action.FIX || action == Action.ADD
                ? form.values(kind, sides, text.lines().toList(), errors) : Map.of();
        if (!errors.isEmpty()) {
            throw new FactCorrectionException(errors);
        }
        return new FactCorrection(action, kind, side, target, toSide, values);
    }

    private static boolean listed(ParsedArticle facts, FactCorrection c) {
        Side side = facts.sides().get(c.side());
        String name = c.value("name");
        return c.kind() == Kind.BELLIGERENT ? side.belligerents().stream().anyMatch(e -> e.name().equalsIgnoreCase(name))
                : side.commanders().stream().anyMatch(e -> e.name().equalsIgnoreCase(name));
    }

    private static String stale(FactCorrection c) {
        String what = c.kind().named() ? c.target() : "the " + c.kind().label().toLowerCase(Locale.ROOT) + " figure";
        return "Side " + (c.side() + 1) + " does not list " + what + " any more: the facts changed since this page "
                + "was shown. Look at them again below.";
    }

    /** The page anchor of the fact a correction leaves changed (or of its side, once the fact is removed). */
    static String anchor(FactCorrection c) {
        if (!c.kind().perSide()) {
            return FactView.anchor(c.kind(), -1, null);
        }
        if (c.action() == Action.REMOVE) {
            return "side-" + (c.side() + 1);
        }
        int side = c.action() == Action.MOVE ? c.toSide() : c.side();
        String name = !c.kind().named() ? null : c.value("name") != null ? c.value("name") : c.target();
        return FactView.anchor(c.kind(), side, name);
    }

    /**
     * Builds the set's items again from the corrected facts with the generator, for the article's own seed, and
     * settles each stored item as {@link RegenerationPlan} says.
     */
    @Transactional
    public Regenerated regenerate(long setId) {
        QuestionSet set = access.editable(setId);
        Article article = correctable(set);
        ParsedArticle facts = corrected(article).facts();
        List<ParsedArticle> others = bank.articles().stream()
                .filter(a -> !a.title().equalsIgnoreCase(facts.title())).toList();
        long seed = ArticleService.stableSeed(article.sourceText);
        GenerationResult result = bounded.call(() -> generator.generate(facts, others, seed));
        List<Question> items = Question.list("questionSet = ?1 order by position", set);
        List<RegenerationPlan.Existing> existing = items.stream().map(q -> new RegenerationPlan.Existing(q.id,
                q.reviewStatus, q.generatorVersion != null, q.factId, q.factPrint, q.reviewFlag, q.content())).toList();
        RegenerationPlan.Outcome plan = RegenerationPlan.plan(existing, result);
        int removed = 0;
        for (Question q : items) {
            RegenerationPlan.Flag flag = plan.flags().get(q.id);
            if (flag != null) {
                q.reviewStatus = ReviewStatus.PENDING;
                q.reviewFlag = flag.reason();
                q.factId = q.factId == null ? "" : q.factId;
                q.factPrint = flag.factPrint();
            } else if (plan.removed().contains(q.id)) {
                removed++;
                retire(q);
            }
        }
        Panache.getEntityManager().flush();
        int position = items.stream().mapToInt(q -> q.position).max().orElse(-1) + 1;
        for (int index : plan.added()) {
            Question question = Question.generated(set, position++, result, index);
            question.reviewStatus = ReviewStatus.PENDING;
            question.persist();
        }
        set.generatorVersion = QuestionGenerator.VERSION;
        set.updatedAt = Instant.now();
        return new Regenerated(plan.added().size(), plan.kept(), plan.flags().size(), removed);
    }

    /** An unreviewed item the new items replace; one somebody has answered is hidden instead, so results stay whole. */
    private static void retire(Question q) {
        boolean answered = AttemptAnswer.count("question", q) > 0 || ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from game_answer where question_id = ?1").setParameter(1, q.id)
                .getSingleResult()).longValue() > 0;
        if (answered) {
            q.reviewStatus = ReviewStatus.REJECTED;
            q.rejectReason = RejectReason.OTHER;
            q.rejectNote = "Replaced when the items were regenerated from the corrected facts";
        } else {
            q.delete();
        }
    }

    private Corrected corrected(Article article) {
        String text = article.sourceText;
        ParsedArticle parsed = bounded.call(() -> articles.parse(text));
        List<FactRevision> revisions = FactRevision.listFor(article);
        CorrectedFacts.Outcome outcome = CorrectedFacts.apply(parsed,
                revisions.stream().map(r -> r.correction).toList());
        return new Corrected(outcome.facts(), revisions, outcome.unapplied());
    }

    private static Article correctable(QuestionSet set) {
        if (set.article == null) {
            throw new FactCorrectionException(List.of("This set was not made from an article, so it has no facts to "
                    + "correct."));
        }
        if (set.owner == null) {
            throw new FactCorrectionException(List.of("A shipped set follows its article file; start your own set "
                    + "from the article to correct its facts."));
        }
        return set.article;
    }
}
