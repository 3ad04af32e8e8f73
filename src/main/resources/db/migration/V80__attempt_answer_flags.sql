-- a learner marks questions to look at again before submitting
alter table attempt_answer add column flagged boolean not null default false;
