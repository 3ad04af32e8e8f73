package org.battlequiz;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Application settings under the "battlequiz" prefix. */
@ConfigMapping(prefix = "battlequiz")
public interface BattleQuizConfig {

    /** Folder scanned at startup for article *.txt files, each becoming a published system question set. */
    @WithDefault("questions")
    String questionsDir();

    RateLimit rateLimit();

    Api api();

    Study study();

    OverdueSweep overdueSweep();

    Session session();

    ArticleWork articleWork();

    Throttling throttling();

    Transport transport();

    Wikipedia wikipedia();

    Admin admin();

    Classes classes();

    /** Limits of the class pages' forms. */
    interface Classes {
        /** The longest class name, in characters. */
        @WithDefault("100")
        int maxNameChars();

        /** The most extra time a learner may get, as a percentage of a set's time limit. */
        @WithDefault("200")
        int maxExtraTimePercent();

        /** The most extra time a learner may get, in minutes. */
        @WithDefault("240")
        int maxExtraTimeMinutes();
    }

    /** The first admin account, created at start when both are set and no admin exists yet. */
    interface Admin {
        Optional<String> username();

        Optional<String> password();
    }

    /** Fetching an article's wikitext from a Wikipedia address a teacher pastes. */
    interface Wikipedia {
        /** The MediaWiki API to ask, with {host} standing for the address's host. */
        @WithDefault("https://{host}/w/api.php")
        String apiUrl();

        /** Hosts whose addresses are accepted and whose redirects are followed. */
        @WithDefault("en.wikipedia.org,simple.wikipedia.org")
        java.util.List<String> allowedHosts();

        /** The longest the whole fetch may take, redirects included. */
        @WithDefault("PT3S")
        Duration timeout();

        @WithDefault("2097152")
        int maxBytes();

        @WithDefault("3")
        int maxRedirects();
    }

    /** How the app is reached in production. */
    interface Transport {
        /** Send Strict-Transport-Security; only behind TLS. */
        @WithDefault("false")
        boolean hsts();

        /** e.g. https://quiz.example.org; redirects go there, otherwise they are relative. */
        Optional<String> publicUrl();
    }

    /** Growing delays after failed logins (per account and per address) and after registrations (per address). */
    interface Throttling {
        Delays loginAccount();

        Delays loginAddress();

        Delays registrationAddress();

        interface Delays {
            /** Failures allowed before the first delay. */
            int free();

            Duration base();

            Duration max();

            /** A quiet period after which the count starts again. */
            Duration forgetAfter();
        }
    }

    TeacherImport teacherImport();

    ArticleForm articleForm();

    /** Limits of the teacher's article form, stated beside its fields. */
    interface ArticleForm {
        /** The longest pasted article, in characters. */
        @WithDefault("1000000")
        int maxPasteChars();

        /** The largest article file, in bytes. */
        @WithDefault("1048576")
        long maxFileBytes();
    }

    Review review();

    /** Limits of the teacher's review queue. */
    interface Review {
        /** The most items one bulk accept or reject may name. */
        @WithDefault("200")
        int maxBulkItems();
    }

    Interchange interchange();

    /** Limits on a GIFT or Moodle XML file a teacher imports. */
    interface Interchange {
        /** The largest file accepted, in bytes. */
        @WithDefault("1048576")
        long maxFileBytes();

        /** The most questions one file may hold. */
        @WithDefault("500")
        int maxQuestions();

        /** The most answers (options, pairs or accepted answers) one question may have. */
        @WithDefault("50")
        int maxAnswers();

        /** How long an uploaded file waits for its preview to be confirmed before it is thrown away. */
        @WithDefault("PT24H")
        Duration pendingLifetime();
    }

    interface ArticleWork {
        /** The longest one request may spend parsing and generating from an article. */
        @WithDefault("PT3S")
        Duration timeout();

        @WithDefault("2")
        int threads();

        /** Requests that may wait for a thread; more are refused at once. */
        @WithDefault("8")
        int queue();
    }

    /** Per-teacher rate of the article form (paste or upload). */
    interface TeacherImport {
        @WithDefault("10")
        int capacity();

        @WithDefault("6")
        int refillPerMinute();
    }

    interface RateLimit {
        /** Requests a client may burst. */
        @WithDefault("60")
        int capacity();

        @WithDefault("60")
        int refillPerMinute();
    }

    interface Session {
        /** A session unused this long ends. */
        @WithDefault("PT1H")
        Duration idleTimeout();

        /** A session ends this long after its login, however busy. */
        @WithDefault("PT12H")
        Duration absoluteLifetime();

        /** Behind TLS, {@code __Host-battlequiz-session} with {@link #cookieSecure()} on. */
        @WithDefault("battlequiz-session")
        String cookieName();

        @WithDefault("false")
        boolean cookieSecure();
    }

    interface OverdueSweep {
        /** How often attempts whose time limit ran out are submitted, as read by the quiz's scheduled sweep. */
        @WithDefault("60s")
        String every();
    }

    interface Api {
        @WithDefault("1048576")
        int maxBodyBytes();
    }

    interface Study {
        /** New flashcards a learner is shown per day (UTC), across all decks. */
        @WithDefault("20")
        int newCardsPerDay();

        /** The most extra new cards a learner may add to a day at once with "study more". */
        @WithDefault("100")
        int maxExtraNewCards();
    }
}
