-- the server-side time limit, the page a learner resumes on, and answers locked by an immediate-feedback check
alter table attempt add column deadline timestamptz;
alter table attempt add column current_page integer not null default 1 check (current_page >= 1);
alter table attempt_answer add column checked boolean not null default false;
-- the overdue sweep reads only open attempts that have a deadline
create index attempt_open_deadline on attempt (deadline) where state = 'IN_PROGRESS' and deadline is not null;
