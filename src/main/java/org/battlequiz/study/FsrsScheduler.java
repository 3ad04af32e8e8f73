package org.battlequiz.study;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** FSRS-6 scheduling with learning and relearning steps, following the behaviour of py-fsrs 6. */
public final class FsrsScheduler {

    private final FsrsSettings settings;
    private final FsrsModel model;

    public FsrsScheduler(FsrsSettings settings) {
        this.settings = settings;
        this.model = new FsrsModel(settings.weights());
    }

    public static FsrsScheduler withDefaults() {
        return new FsrsScheduler(FsrsSettings.defaults());
    }

    public double retrievability(CardState card, Instant now) {
        if (card.lastReview() == null) {
            return 0;
        }
        return model.retrievability(elapsedDays(card, now), card.stability());
    }

    public SchedulingPreview preview(CardState card, Instant now) {
        Map<Rating, ReviewResult> outcomes = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            outcomes.put(rating, review(card, rating, now));
        }
        return new SchedulingPreview(outcomes);
    }

    public ReviewResult review(CardState card, Rating rating, Instant now) {
        double stability;
        double difficulty;
        if (card.state() == CardPhase.NEW || card.lastReview() == null) {
            stability = model.initialStability(rating);
            difficulty = model.initialDifficulty(rating);
        } else {
            long elapsed = elapsedDays(card, now);
            stability = elapsed < 1
                    ? model.shortTermStability(card.stability(), rating)
                    : model.nextStability(card.difficulty(), card.stability(), retrievability(card, now), rating);
            difficulty = model.nextDifficulty(card.difficulty(), rating);
        }
        Step next = switch (card.state()) {
            case NEW, LEARNING -> stepThrough(CardPhase.LEARNING, settings.learningSteps(), card.step(), rating, stability);
            case RELEARNING -> stepThrough(CardPhase.RELEARNING, settings.relearningSteps(), card.step(), rating, stability);
            case REVIEW -> fromReview(rating, stability);
        };
        Duration interval = next.interval();
        if (settings.fuzz() && next.state() == CardPhase.REVIEW) {
            long seed = settings.fuzzSeed() * 31 + now.toEpochMilli() * 17 + card.reps();
            interval = Duration.ofDays(IntervalFuzz.fuzz((int) interval.toDays(), settings.maximumIntervalDays(), seed));
        }
        int lapses = card.lapses() + (card.state() == CardPhase.REVIEW && rating == Rating.AGAIN ? 1 : 0);
        CardState updated = new CardState(next.state(), next.step(), stability, difficulty,
                now.plus(interval), now, card.reps() + 1, lapses);
        return new ReviewResult(rating, updated, now, interval);
    }

    private Step fromReview(Rating rating, double stability) {
        if (rating == Rating.AGAIN && !settings.relearningSteps().isEmpty()) {
            return new Step(CardPhase.RELEARNING, 0, settings.relearningSteps().get(0));
        }
        return graduate(stability);
    }

    private Step stepThrough(CardPhase phase, List<Duration> steps, int step, Rating rating, double stability) {
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
            return graduate(stability);
        }
        return switch (rating) {
            case AGAIN -> new Step(phase, 0, steps.get(0));
            case HARD -> new Step(phase, step, hardStep(steps, step));
            case GOOD -> step + 1 >= steps.size() ? graduate(stability) : new Step(phase, step + 1, steps.get(step + 1));
            case EASY -> graduate(stability);
        };
    }

    private static Duration hardStep(List<Duration> steps, int step) {
        if (step > 0) {
            return steps.get(step);
        }
        return steps.size() == 1 ? steps.get(0).multipliedBy(3).dividedBy(2) : steps.get(0).plus(steps.get(1)).dividedBy(2);
    }

    private Step graduate(double stability) {
        int days = model.intervalDays(stability, settings.desiredRetention(), settings.maximumIntervalDays());
        return new Step(CardPhase.REVIEW, 0, Duration.ofDays(days));
    }

    private static long elapsedDays(CardState card, Instant now) {
        return Math.max(0, Duration.between(card.lastReview(), now).toDays());
    }

    private record Step(CardPhase state, int step, Duration interval) {
    }
}
