-- the history page's aggregates (best and last per set, chart, mastery) read only a learner's finished attempts
create index attempt_history_finished on attempt (user_id, submitted_at, id)
    include (set_id, score, max_score) where state <> 'IN_PROGRESS';
