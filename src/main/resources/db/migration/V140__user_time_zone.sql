-- The time zone a user chose for the times pages show; null until chosen (the browser's guess or UTC then).
alter table app_user add column time_zone varchar(64);
