-- Rate limits and scheduled jobs shared by every instance on this database.

-- one token bucket per client address (or other key): tokens left when last refilled, and its size and refill
create table rate_bucket (
    bucket      varchar(300)     primary key,
    tokens      double precision not null,
    capacity    int              not null check (capacity > 0),
    per_minute  int              not null check (per_minute > 0),
    refilled_at timestamptz      not null
);
create index rate_bucket_refilled on rate_bucket (refilled_at);

-- the last run of each periodic job, claimed by one instance per period
create table scheduled_run (
    job         varchar(60) primary key,
    last_run_at timestamptz not null
);
