-- Rate limits in the database (issue 12 point 5): kept in each process's memory, a restart reset
-- them and N API processes allowed N times as many attempts. One row per key (a route or limit
-- plus an IP, an account or an invitation code) with the end of its window; one upsert per request.
create table rate_limits (
  key text primary key,
  window_ends_at timestamptz not null,
  hits integer not null
);
-- Ended windows are cleared now and then; this finds them without reading every key.
create index rate_limits_window_ends_at on rate_limits (window_ends_at);
