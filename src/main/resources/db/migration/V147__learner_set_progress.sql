-- Each learner's finished attempts per set, with the best and the last score, kept when an attempt closes, so the
-- history page's totals and per-set table read one row per set however many attempts there were. Practice attempts
-- are not counted; "scored" counts the finished attempts that had questions to score.
create table learner_set_progress (
    user_id  bigint           not null references app_user (id) on delete cascade,
    set_id   bigint           not null references question_set (id) on delete cascade,
    finished bigint           not null check (finished >= 0),
    scored   bigint           not null check (scored >= 0),
    best     double precision,
    last     double precision,
    last_at  timestamptz,
    primary key (user_id, set_id)
);

insert into learner_set_progress (user_id, set_id, finished, scored, best, last, last_at)
select user_id, set_id, count(*), count(*) filter (where max_score > 0),
       max(100 * score / max_score) filter (where max_score > 0),
       (array_agg(100 * score / max_score order by submitted_at desc, id desc) filter (where max_score > 0))[1],
       max(submitted_at) filter (where max_score > 0)
from attempt
where state <> 'IN_PROGRESS' and not practice
group by user_id, set_id;
