-- A change to any set, question or article signals the catalog channel when it commits, so that every instance
-- drops the list of published sets it keeps in memory.
create function notify_catalog_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('catalog_changed', '');
    return null;
end $$;

create trigger question_set_changes_signal_catalog after insert or update or delete on question_set
    for each statement execute function notify_catalog_changed();
create trigger question_changes_signal_catalog after insert or update or delete on question
    for each statement execute function notify_catalog_changed();
create trigger article_changes_signal_catalog after insert or update or delete on article
    for each statement execute function notify_catalog_changed();
