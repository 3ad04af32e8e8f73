-- Every change to a set's questions bumps the set's questions_version, whatever writes it, so an instance may keep
-- the parsed questions of a set in memory for as long as the version it read with them is current.
alter table question_set add column questions_version bigint not null default 0;

create function bump_questions_version() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        update question_set set questions_version = questions_version + 1 where id = old.set_id;
    end if;
    if tg_op = 'INSERT' or new.set_id <> old.set_id then
        update question_set set questions_version = questions_version + 1 where id = new.set_id;
    end if;
    return null;
end $$;

create trigger question_changes_bump_set_version after insert or update or delete on question
    for each row execute function bump_questions_version();
