-- A session that ends or is moved back in time, and any change to an account, signal the sessions channel when they
-- commit, so that every instance drops the sessions it keeps in memory. Recording a session's use does not signal.
create function notify_sessions_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('sessions_changed', '');
    return null;
end $$;

create trigger user_session_ends_signal_sessions after delete or truncate on user_session
    for each statement execute function notify_sessions_changed();
create trigger user_session_moved_back_signals_sessions after update on user_session
    for each row when (new.last_seen_at < old.last_seen_at or new.created_at <> old.created_at
                       or new.user_id <> old.user_id)
    execute function notify_sessions_changed();
create trigger app_user_changes_signal_sessions after update or delete or truncate on app_user
    for each statement execute function notify_sessions_changed();
