-- Alarm texts by message key and arguments, so that the console, the API and the mails word an alarm in their
-- reader's language. message and clear_reason keep being written in English: rows raised before this
-- migration have only them, and they are what the table says to someone reading it without the bundles.
-- The arguments are the values the pattern names ({1}, {2}…), separated by a bar; a bar or a backslash inside
-- one is escaped by a backslash.
-- Runs unchanged on H2 2.3 and PostgreSQL 15.
alter table power_alarm add column message_key varchar(80);
alter table power_alarm add column message_args varchar(1000);
alter table power_alarm add column clear_key varchar(80);
alter table power_alarm add column clear_args varchar(500);

alter table power_alarm_aud add column message_key varchar(80);
alter table power_alarm_aud add column message_args varchar(1000);
alter table power_alarm_aud add column clear_key varchar(80);
alter table power_alarm_aud add column clear_args varchar(500);
