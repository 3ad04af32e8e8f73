-- failed logins and registrations per account and per client address, shared by every instance
create table login_throttle (
    key             varchar(200) primary key,
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    blocked_until   timestamptz  not null
);
