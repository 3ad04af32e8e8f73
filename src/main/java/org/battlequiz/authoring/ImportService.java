package org.battlequiz.authoring;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.battlequiz.BattleQuizConfig;
import org.battlequiz.authoring.interchange.Format;
import org.battlequiz.authoring.interchange.ImportResult;
import org.battlequiz.authoring.interchange.ImportedQuestion;
import org.battlequiz.authoring.interchange.Interchange;
import org.battlequiz.authoring.interchange.InterchangeException;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.QuestionSet;

/**
 * A question file in two steps: the upload is checked against the limits and kept pending, the teacher sees per
 * question what will be imported and what cannot, and only on confirmation do the importable items become items.
 */
@ApplicationScoped
public class ImportService {
    @Inject
    SetAccess access;

    @Inject
    AuthoringService authoring;

    @Inject
    BattleQuizConfig config;

    /** A pending file, what it holds and its set as the page header shows it (read while the transaction is open). */
    public record Preview(PendingImport pending, ImportResult result, TeacherSet set) {
    }

    /** A file refused as a whole, with the status and the message the teacher reads. */
    public static class RefusedException extends RuntimeException {
        private final int status;

        RefusedException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** Files whose preview was never confirmed nor discarded, once older than the configured lifetime. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void sweepAbandoned() {
        PendingImport.delete("createdAt < ?1", OffsetDateTime.now().minus(config.interchange().pendingLifetime()));
    }

    /** @throws RefusedException when the file is too large, not the format, or over a limit; then nothing is kept */
    @Transactional
    public long stage(long setId, Format format, String fileName, byte[] bytes) {
        QuestionSet set = access.editable(setId);
        BattleQuizConfig.Interchange limits = config.interchange();
        if (bytes.length > limits.maxFileBytes()) {
            throw new RefusedException(413, tooLargeMessage(bytes.length, limits.maxFileBytes()));
        }
        String text = Interchange.decode(bytes);
        checkLimits(read(format, text), limits);
        PendingImport pending = new PendingImport();
        pending.questionSet = set;
        pending.format = format.param();
        pending.fileName = fileName == null ? null : fileName.substring(0, Math.min(200, fileName.length()));
        pending.content = text;
        pending.persist();
        return pending.id;
    }

    public static String tooLargeMessage(long size, long limit) {
        return "The file is " + kilobytes(size) + "; at most " + kilobytes(limit) + " can be imported. "
                + "Split the questions into smaller files.";
    }

    public static String kilobytes(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : (bytes + 1023) / 1024 + " KB";
    }

    @Transactional
    public Optional<Preview> preview(long setId, long pendingId) {
        return pending(setId, pendingId).map(pending -> new Preview(pending, read(Format.fromParam(pending.format),
                pending.content), TeacherSet.of(pending.questionSet)));
    }

    /** Imports the importable items of the file once; a second confirmation finds nothing and imports nothing. */
    @Transactional
    public int confirm(long setId, long pendingId) {
        Optional<PendingImport> pending = pending(setId, pendingId);
        if (pending.isEmpty()) {
            return 0;
        }
        ImportResult result = read(Format.fromParam(pending.get().format), pending.get().content);
        int count = result.items().isEmpty() ? 0 : authoring.importInto(setId, result);
        pending.get().delete();
        return count;
    }

    @Transactional
    public void discard(long setId, long pendingId) {
        pending(setId, pendingId).ifPresent(PendingImport::delete);
    }

    private Optional<PendingImport> pending(long setId, long pendingId) {
        QuestionSet set = access.editable(setId);
        PendingImport pending = PendingImport.findById(pendingId);
        if (pending != null && !pending.questionSet.id.equals(set.id)) {
            throw new AuthoringNotFoundException("There is no such import for this set.");
        }
        return Optional.ofNullable(pending);
    }

    private static ImportResult read(Format format, String text) {
        try {
            return Interchange.importText(format, text);
        } catch (InterchangeException e) {
            throw new RefusedException(422, "Nothing was imported: " + e.getMessage());
        }
    }

    private static void checkLimits(ImportResult result, BattleQuizConfig.Interchange limits) {
        if (result.questions().size() > limits.maxQuestions()) {
            throw new RefusedException(422, "Nothing was imported: the file holds " + result.questions().size()
                    + " questions, and at most " + limits.maxQuestions() + " can be imported at once. "
                    + "Split it into smaller files.");
        }
        for (ImportedQuestion question : result.questions()) {
            int answers = question.importable() ? answerCount(question.item()) : 0;
            if (answers > limits.maxAnswers()) {
                throw new RefusedException(422, "Nothing was imported: " + question.where() + " has " + answers
                        + " answers, and a question may have at most " + limits.maxAnswers() + ".");
            }
        }
    }

    private static int answerCount(QuestionContent item) {
        return Math.max(Math.max(item.options().size(), item.stems().size()),
                Math.max(item.keys().size(), item.details().answers().size()));
    }
}
