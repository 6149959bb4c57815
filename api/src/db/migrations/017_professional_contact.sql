-- Issue 10: a professional's work phone and hours are part of her profile, so members can call her.
alter table users add column work_phone text check (work_phone is null or length(work_phone) between 1 and 40);
alter table users add column work_hours text check (work_hours is null or length(work_hours) between 1 and 200);
