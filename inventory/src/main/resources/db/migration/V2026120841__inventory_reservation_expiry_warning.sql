-- When the "reservation about to expire" event was recorded: the scheduled check warns once per reservation.
alter table reservation add column expiry_warned_at timestamp(6) with time zone;
