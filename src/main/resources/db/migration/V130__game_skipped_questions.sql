-- the indexes of the questions the host skipped, so the report can say so
alter table game add column skipped_indexes jsonb not null default '[]'::jsonb;
