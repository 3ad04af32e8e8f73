-- an item a teacher set aside for a second look in the review queue; reviewing it (accept, edit, reject) clears it
alter table question add column flagged boolean not null default false;
