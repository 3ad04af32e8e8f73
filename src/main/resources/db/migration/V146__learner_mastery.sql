-- Each learner's answers and credit per fact kind, added up when an attempt closes, so the history page reads a
-- few rows instead of aggregating every answer the learner ever gave. Practice attempts are not counted.
create table learner_mastery (
    user_id   bigint           not null references app_user (id) on delete cascade,
    fact_kind varchar(40)      not null,
    answered  bigint           not null check (answered >= 0),
    credit    double precision not null check (credit >= 0),
    primary key (user_id, fact_kind)
);

insert into learner_mastery (user_id, fact_kind, answered, credit)
select a.user_id, coalesce(q.fact_kind, ''), count(*), sum(coalesce(aa.fraction, 0))
from attempt a
join attempt_answer aa on aa.attempt_id = a.id
join question q on q.id = aa.question_id
where a.state <> 'IN_PROGRESS' and not a.practice
group by a.user_id, coalesce(q.fact_kind, '');
