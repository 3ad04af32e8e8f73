package org.battlequiz.question;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.battlequiz.article.Article;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.generation.GenerationResult;
import org.battlequiz.generation.QuestionGenerator;

/** Question sets: listing public ones, finding published ones a viewer may see, and creating the system-owned set of an article. */
@ApplicationScoped
public class QuestionSetService {
    @Inject
    SetAudience audience;

    @Inject
    PublishedCatalog catalog;

    /** The sets listed on the home page, kept in memory until any set, question or article changes. */
    public List<SetSummary> publishedSets() {
        return catalog.get(QuestionSetService::queryPublishedSets);
    }

    private static List<SetSummary> queryPublishedSets() {
        return Panache.getEntityManager().createQuery("""
                select new org.battlequiz.question.SetSummary(s.id, s.title, s.description, a.title, count(q))
                from QuestionSet s left join s.article a left join Question q on q.questionSet = s
                where s.status = :status and (s.owner is null or s.listedPublicly = true)
                group by s.id, s.title, s.description, a.title
                order by s.title""", SetSummary.class)
                .setParameter("status", SetStatus.PUBLISHED)
                .getResultList();
    }

    /** @throws SetNotFoundException unless the set exists and is published */
    public QuestionSet findPublished(long id) {
        QuestionSet set = QuestionSet.findById(id);
        if (set == null || !set.isPublished()) {
            throw new SetNotFoundException(id);
        }
        return set;
    }

    /**
     * The published set, if the viewer (null when anonymous) may see it.
     * @throws SetNotFoundException otherwise, whether it is missing or hidden from them
     */
    public QuestionSet findVisible(long id, String username) {
        QuestionSet set = QuestionSet.findById(id);
        if (set == null || !set.isPublished() || !audience.maySee(set, username)) {
            throw new SetNotFoundException(id);
        }
        return set;
    }

    /** Archives the article's current system set, if any, and publishes a new one made of the generated items. */
    @Transactional(Transactional.TxType.MANDATORY)
    public QuestionSet replaceSystemSet(Article article, ParsedArticle parsed, GenerationResult generated,
                                        String sourceHash) {
        QuestionSet.findPublishedSystemSet(article).ifPresent(old -> {
            old.status = SetStatus.ARCHIVED;
            old.flush();
        });
        QuestionSet set = new QuestionSet();
        set.title = generated.title() == null || generated.title().isBlank() ? article.title : generated.title();
        set.description = describe(parsed);
        set.status = SetStatus.PUBLISHED;
        set.article = article;
        set.sourceHash = sourceHash;
        set.generatorVersion = QuestionGenerator.VERSION;
        set.persist();
        for (int i = 0; i < generated.questions().size(); i++) {
            Question.generated(set, i, generated).persist();
        }
        return set;
    }

    /** "Part of the war · 1415": what a learner wants to know before choosing a quiz. */
    static String describe(ParsedArticle parsed) {
        List<String> parts = new ArrayList<>();
        if (parsed.partOf() != null && !parsed.partOf().isBlank()) {
            parts.add("Part of " + parsed.partOf());
        }
        year(parsed.dateStart()).ifPresent(parts::add);
        return parts.isEmpty() ? null : String.join(" \u00b7 ", parts);
    }

    private static Optional<String> year(String isoDate) {
        if (isoDate == null || !isoDate.matches("-?\\d{1,4}(-.*)?")) {
            return Optional.empty();
        }
        boolean bc = isoDate.startsWith("-");
        String digits = (bc ? isoDate.substring(1) : isoDate).split("-")[0].replaceFirst("^0+(?=\\d)", "");
        return Optional.of(bc ? digits + " BC" : digits);
    }
}
