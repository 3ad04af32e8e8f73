-- a practice attempt retries the questions another attempt of the same learner got wrong; it never counts as a
-- graded attempt (scores, history, class results, attempts allowed)
alter table attempt add column practice boolean not null default false;
alter table attempt add column retry_of bigint references attempt (id) on delete cascade;
alter table attempt add constraint attempt_practice_retries check (practice = (retry_of is not null));
-- deleting attempts checks this reference through it
create index attempt_retry_of on attempt (retry_of) where retry_of is not null;

drop index attempt_one_open_per_user_set;
create unique index attempt_one_open_per_user_set on attempt (user_id, set_id)
    where state = 'IN_PROGRESS' and not practice;
-- a repeated "Retry" resumes the open practice attempt instead of starting another
create unique index attempt_one_open_retry on attempt (retry_of) where state = 'IN_PROGRESS';

-- the history page reads only graded finished attempts
drop index attempt_history_finished;
create index attempt_history_finished on attempt (user_id, submitted_at, id)
    include (set_id, score, max_score) where state <> 'IN_PROGRESS' and not practice;
