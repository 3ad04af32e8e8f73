package org.battlequiz.authoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.battlequiz.BattleQuizConfig;
import org.battlequiz.account.Role;
import org.battlequiz.article.ArticleTooLargeException;
import org.battlequiz.article.NotABattleArticleException;
import org.battlequiz.article.fetch.ArticleFetchException;
import org.battlequiz.authoring.interchange.Format;
import org.battlequiz.authoring.interchange.ImportResult;
import org.battlequiz.authoring.interchange.Interchange;
import org.battlequiz.authoring.interchange.InterchangeException;
import org.battlequiz.authoring.interchange.SkippedItem;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.ItemNumbers;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.quiz.GradingMethod;
import org.battlequiz.quiz.QuizLayout;
import org.battlequiz.web.RateLimiter;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The teacher's sets: the list, starting a set, its page with options and status, and the facts read. */
@Path("/teach")
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class AuthoringResource {
    @Inject
    AuthoringService authoring;

    @Inject
    SetAccess access;

    @Inject
    UriInfo uri;

    @Inject
    RateLimiter limiter;

    @Inject
    BattleQuizConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    ImportService imports;

    @Inject
    WikipediaImport wikipedia;

    @Inject
    Validator validator;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<TeacherSet> sets);

        static native TemplateInstance newSet(String text, String articleTitle, String title, String address,
                                              List<String> errors, ArticleLimits limits);

        static native TemplateInstance set(TeacherSet set, SetOptions options, List<ItemView> items,
                                           List<ReviewTally> tallies, ReviewTally total, String joinLink,
                                           String notice, List<String> errors, List<GradingMethod> gradings,
                                           List<FeedbackTiming> timings, List<QuizLayout> layouts,
                                           List<Format> formats, List<org.battlequiz.generation.item.QuestionType> types,
                                           List<SkippedItem> giftLeftOut, String importLimits);

        static native TemplateInstance publish(TeacherSet set, List<ItemView> pending, int accepted);
    }

    @GET
    public TemplateInstance dashboard() {
        return Templates.dashboard(authoring.mySets());
    }

    /** The form; too-large says a request was refused unread for its size (see ArticleBodyLimitFilter). */
    @GET
    @Path("new")
    public TemplateInstance newSetForm(@RestQuery("too-large") String tooLarge) {
        ArticleLimits limits = ArticleLimits.of(config.articleForm());
        return Templates.newSet("", "", "", "", tooLarge == null ? List.of() : List.of(limits.unreadMessage()), limits);
    }

    /** Reads the pasted or uploaded article into a draft set; a refused form comes back filled in as sent. */
    @POST
    @Path("sets")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response create(ArticleForm form) {
        ArticleLimits limits = ArticleLimits.of(config.articleForm());
        List<String> errors = new ArrayList<>();
        validator.validate(form).forEach(violation -> errors.add(violation.getMessage()));
        String article = form.textOrEmpty();
        int status = 422;
        if (article.length() > limits.maxPasteChars()) {
            status = 413;
            errors.add(limits.pasteTooLong(article.length()));
        } else if (form.hasFile() && form.file.size() > limits.maxFileBytes()) {
            status = 413;
            errors.add(limits.fileTooLarge(form.file.size()));
        } else if (form.hasFile()) {
            article = readUpload(form.file, errors);
        }
        if (errors.isEmpty() && article.isBlank()) {
            errors.add("Paste the article text or choose a .txt file.");
        }
        BattleQuizConfig.TeacherImport rate = config.teacherImport();
        long wait = errors.isEmpty() ? limiter.acquire("teacher-import:" + identity.getPrincipal().getName(),
                rate.capacity(), rate.refillPerMinute()) : 0;
        if (wait > 0) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, wait).entity(articlePage(form, List.of(
                    "You sent many articles in a short time; wait " + wait + " s and send this one again."),
                    limits)).build();
        }
        if (errors.isEmpty()) {
            try {
                return Forms.seeOther("/teach/sets/" + authoring.createFromArticle(article, form.title) + "/review");
            } catch (NotABattleArticleException | ArticleTooLargeException e) {
                errors.add(e.getMessage());
            }
        }
        return Response.status(status).entity(articlePage(form, errors, limits)).build();
    }

    private static TemplateInstance articlePage(ArticleForm form, List<String> errors, ArticleLimits limits) {
        return Templates.newSet(form.textOrEmpty(), form.titleOrEmpty(), "", "", errors, limits);
    }

    @POST
    @Path("sets/from-address")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createFromAddress(@RestForm String address) {
        String kept = address == null ? "" : address.strip();
        BattleQuizConfig.TeacherImport rate = config.teacherImport();
        long wait = limiter.acquire("teacher-import:" + identity.getPrincipal().getName(), rate.capacity(),
                rate.refillPerMinute());
        if (wait > 0) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, wait).entity(Templates.newSet("", "", "", kept,
                    List.of("You sent many articles in a short time; wait " + wait + " s and send this one again."),
                    ArticleLimits.of(config.articleForm()))).build();
        }
        try {
            return Forms.seeOther("/teach/sets/" + authoring.createFromArticle(wikipedia.wikitext(kept), null) + "/review");
        } catch (ArticleFetchException | NotABattleArticleException | ArticleTooLargeException e) {
            return Response.status(422).entity(Templates.newSet("", "", "", kept, List.of(e.getMessage()),
                    ArticleLimits.of(config.articleForm()))).build();
        }
    }

    @POST
    @Path("sets/blank")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createBlank(@RestForm String title) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            return Response.status(422).entity(Templates.newSet("", "", title == null ? "" : title, "",
                    List.of("Give the new set a title of 1 to 200 characters."),
                    ArticleLimits.of(config.articleForm()))).build();
        }
        return Forms.seeOther("/teach/sets/" + authoring.createBlank(title.strip()));
    }

    @GET
    @Path("sets/{id}")
    @Transactional
    public TemplateInstance set(@RestPath long id, @RestQuery String done) {
        QuestionSet set = access.editable(id);
        return page(set, SetOptions.fromStored(set.options), notice(done), List.of());
    }

    @POST
    @Path("sets/{id}/options")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response saveOptions(@RestPath long id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Forms.single(form);
        List<String> errors = new ArrayList<>();
        SetOptions options = SetOptions.fromForm(values, errors);
        String title = values.getOrDefault("title", "");
        if (title.isBlank() || title.strip().length() > 200) {
            errors.add("The title must have 1 to 200 characters.");
        }
        if (values.getOrDefault("description", "").length() > 2_000) {
            errors.add("The description can have at most 2,000 characters.");
        }
        if (!errors.isEmpty()) {
            QuestionSet set = access.editable(id);
            return Response.status(422).entity(page(set, options, null, errors)).build();
        }
        authoring.saveOptions(id, title, values.get("description"), options);
        return Forms.seeOther("/teach/sets/" + id + "?done=options");
    }

    @POST
    @Path("sets/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response changeStatus(@RestPath long id, @RestForm String action, @RestForm String pending) {
        try {
            authoring.changeStatus(id, action, "accept".equals(pending));
        } catch (AuthoringException e) {
            QuestionSet set = access.editable(id);
            return Response.status(409).entity(page(set, SetOptions.fromStored(set.options), null,
                    List.of(e.getMessage()))).build();
        }
        return Forms.seeOther("/teach/sets/" + id + "?done=" + action);
    }

    /** Before publishing: what learners will see, and what to do with the items nobody has reviewed yet. */
    @GET
    @Path("sets/{id}/publish")
    @Transactional
    public TemplateInstance publishChoice(@RestPath long id) {
        QuestionSet set = access.editable(id);
        List<ItemView> pending = new ArrayList<>();
        int accepted = 0;
        List<Question> all = authoring.allItems(set);
        ItemNumbers numbers = ItemNumbers.of(all);
        for (Question question : all) {
            if (question.reviewStatus == org.battlequiz.question.ReviewStatus.PENDING) {
                pending.add(ItemView.of(question, numbers.number(question)));
            } else if (question.reviewStatus == org.battlequiz.question.ReviewStatus.ACCEPTED) {
                accepted++;
            }
        }
        return Templates.publish(TeacherSet.of(set), pending, accepted);
    }

    /** Keeps an uploaded GIFT or Moodle XML file pending and shows what it holds; nothing is imported yet. */
    @POST
    @Path("sets/{id}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestPath long id, @RestForm String format, @RestForm("file") FileUpload file) {
        List<String> errors = new ArrayList<>();
        int status = 422;
        try {
            Format chosen = Format.fromParam(format == null ? "" : format);
            long limit = config.interchange().maxFileBytes();
            if (file == null || file.size() == 0) {
                errors.add("Choose a GIFT (.txt, .gift) or Moodle XML (.xml) file to import.");
            } else if (file.size() > limit) {
                status = 413;
                errors.add(ImportService.tooLargeMessage(file.size(), limit));
            } else {
                long pending = imports.stage(id, chosen, file.fileName(), Files.readAllBytes(file.uploadedFile()));
                return Forms.seeOther("/teach/sets/" + id + "/import/" + pending);
            }
        } catch (ImportService.RefusedException e) {
            status = e.status();
            errors.add(e.getMessage());
        } catch (IllegalArgumentException e) {
            errors.add("Nothing was imported: " + e.getMessage());
        } catch (IOException e) {
            errors.add("Nothing was imported: the file could not be read.");
        }
        return Response.status(status).entity(errorPage(id, errors)).build();
    }

    private TemplateInstance errorPage(long id, List<String> errors) {
        QuestionSet set = access.editable(id);
        return page(set, SetOptions.fromStored(set.options), null, errors);
    }

    TemplateInstance page(QuestionSet set, SetOptions options, String notice, List<String> errors) {
        List<Question> all = authoring.allItems(set);
        ItemNumbers numbers = ItemNumbers.of(all);
        List<ItemView> items = new ArrayList<>();
        List<QuestionContent> contents = new ArrayList<>();
        for (Question question : all) {
            if (!question.reviewStatus.equals(org.battlequiz.question.ReviewStatus.REJECTED)) {
                items.add(ItemView.of(question, numbers.number(question)));
                contents.add(question.content());
            }
        }
        List<SkippedItem> giftLeftOut = Interchange.export(Format.GIFT, set.title, contents).skipped().stream()
                .map(left -> new SkippedItem(items.get(left.position() - 1).number(), left.type(), left.reason()))
                .toList();
        List<ReviewTally> tallies = ReviewTally.perVersion(all);
        String joinLink = set.joinCode == null ? null
                : uri.getBaseUriBuilder().path("join").path(set.joinCode).build().toString();
        return Templates.set(TeacherSet.of(set), options, items, tallies, ReviewTally.total(tallies), joinLink,
                notice, errors, SetOptions.GRADINGS, List.of(FeedbackTiming.values()), List.of(QuizLayout.values()),
                List.of(Format.values()), ItemForm.TYPES, giftLeftOut, importLimits());
    }

    private String importLimits() {
        BattleQuizConfig.Interchange limits = config.interchange();
        return ImportService.kilobytes(limits.maxFileBytes()) + " per file, " + limits.maxQuestions()
                + " questions per file and " + limits.maxAnswers() + " answers per question";
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "options" -> "Options saved.";
            case "publish" -> "Published. Learners can now join with the code below.";
            case "close" -> "Closed. Learners can no longer start attempts.";
            case "archive" -> "Archived.";
            case "imported" -> "Items imported.";
            case "import-discarded" -> "The file was not imported.";
            default -> null;
        };
    }

    private static String readUpload(FileUpload file, List<String> errors) {
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".txt") && !name.endsWith(".wiki")) {
            errors.add("Upload the article as a .txt file (plain-text export or wikitext).");
            return "";
        }
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            errors.add("The file could not be read as UTF-8 text.");
            return "";
        }
    }
}
