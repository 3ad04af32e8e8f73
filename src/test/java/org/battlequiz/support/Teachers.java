package org.battlequiz.support;


import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.util.Map;
import org.battlequiz.account.Role;
import org.battlequiz.account.User;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.ReviewStatus;
import org.battlequiz.question.SetStatus;

/** Teacher and admin sessions, teacher-owned fixture sets and multipart posts with the CSRF token. */
public final class Teachers {
    private Teachers() {
    }

    public record Account(String username, BrowserSession session) {
    }

    public static Account teacher(String prefix) {
        return registered(prefix, "teacher");
    }

    /** A logged-in learner whose username the test needs, e.g. to read their rows. */
    public static Account learner(String prefix) {
        return registered(prefix, "learner");
    }

    private static Account registered(String prefix, String role) {
        BrowserSession session = new BrowserSession();
        String username = BrowserSession.uniqueName(prefix);
        session.register(username, BrowserSession.PASSWORD, role).then().statusCode(303);
        if ("teacher".equals(role)) {
            approveTeacher(username);
        }
        session.login(username, BrowserSession.PASSWORD).then().statusCode(302);
        return new Account(username, session);
    }

    /** What an admin's approval does: the account that asked to teach becomes a teacher's. */
    public static void approveTeacher(String username) {
        QuarkusTransaction.requiringNew().run(() -> User.findByUsername(username).orElseThrow().role = "teacher");
    }

    /** A fresh invite code, as an admin issues it. */
    public static String inviteCode() {
        return QuarkusTransaction.requiringNew().call(() -> {
            org.battlequiz.account.TeacherInvite invite = new org.battlequiz.account.TeacherInvite();
            invite.code = "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
            invite.persist();
            return invite.code;
        });
    }

    public static Account admin(String prefix) {
        String username = BrowserSession.uniqueName(prefix);
        QuarkusTransaction.requiringNew().run(() -> User.create(username, BrowserSession.PASSWORD, Role.ADMIN));
        BrowserSession session = new BrowserSession();
        session.login(username, BrowserSession.PASSWORD).then().statusCode(302);
        return new Account(username, session);
    }

    /** A set owned by the teacher holding the {@link QuizFixtures#EVERY_TYPE} items, the first one pending. */
    public static long ownedSet(String owner, SetStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet set = new QuestionSet();
            set.title = "Owned set " + System.nanoTime();
            set.status = status;
            set.owner = User.findByUsername(owner).orElseThrow();
            set.joinCode = status == SetStatus.DRAFT ? null : "T" + Long.toString(System.nanoTime() % 60_466_176, 36)
                    .toUpperCase();
            set.persist();
            for (int i = 0; i < QuizFixtures.EVERY_TYPE.size(); i++) {
                Question question = Question.of(set, i, QuizFixtures.EVERY_TYPE.get(i));
                question.reviewStatus = i == 0 ? ReviewStatus.PENDING : ReviewStatus.ACCEPTED;
                question.persist();
            }
            return set.id;
        });
    }

    /**
     * The Edgehill article as a mirror with its line breaks moved prints it, and without the body sentence that
     * names Essex's army: the parser then reads the Earl of Essex, the Parliamentarians' commander, among the
     * Royalists (side 1), and nothing in the text says otherwise.
     */
    public static String misreadEdgehill() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("questions/articles/08_edgehill.txt"))
                    .replace("Jacob Astley Earl of Essex\nLord Feilding", "Jacob Astley\nEarl of Essex Lord Feilding")
                    .replace("the Parliamentarian army commanded by the Earl of Essex", "the Parliamentarian army");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Like {@link #ownedSet}, made from {@link #misreadEdgehill()}: the set has the article and its facts. */
    public static long ownedSetWithArticle(String owner, SetStatus status) {
        long setId = ownedSet(owner, status);
        String text = misreadEdgehill();
        QuarkusTransaction.requiringNew().run(() -> {
            org.battlequiz.article.Article article = new org.battlequiz.article.Article();
            article.slug = "teacher-" + java.util.UUID.randomUUID();
            article.setContent(new org.battlequiz.article.ArticleParser().parse(text), text,
                    org.battlequiz.article.ArticleService.contentHash(text));
            article.persist();
            QuestionSet.<QuestionSet>findById(setId).article = article;
        });
        return setId;
    }

    /** Posts multipart/form-data fields, plus a file when given, with the session's CSRF token. */
    public static Response postMultipart(BrowserSession session, String path, Map<String, String> fields,
                                         String fileField, String fileName, byte[] file) {
        if (session.cookie(BrowserSession.CSRF_FIELD) == null) {
            session.get("/register");
        }
        var request = session.request().multiPart(BrowserSession.CSRF_FIELD,
                session.cookie(BrowserSession.CSRF_FIELD));
        fields.forEach(request::multiPart);
        if (file != null) {
            request.multiPart(fileField, fileName, file, "text/plain");
        }
        return request.post(path);
    }

}
