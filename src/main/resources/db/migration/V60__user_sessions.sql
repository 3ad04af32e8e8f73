-- server-side sessions: the login cookie holds a random token whose SHA-256 is the key here
create table user_session (
    token_hash   varchar(64) primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    created_at   timestamptz not null default now(),
    last_seen_at timestamptz not null default now()
);
create index user_session_user on user_session (user_id);

alter table app_user add column disabled_at timestamptz;
