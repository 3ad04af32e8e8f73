-- why a teacher rejected an item; kept with the item so acceptance rates can be counted per generator version
alter table question add column reject_reason varchar(20)
    check (reject_reason in ('WRONG_FACT', 'BAD_DISTRACTOR', 'TOO_EASY', 'UNCLEAR', 'OTHER'));
alter table question add column reject_note text;
alter table question add constraint question_reason_only_when_rejected
    check (reject_reason is null or review_status = 'REJECTED');
-- an edited item keeps the review outcome EDITED even if accepted again, so edits can be counted
alter table question add column edited boolean not null default false;

create index question_set_owner on question_set (owner_id);
create index attempt_set on attempt (set_id, state);
