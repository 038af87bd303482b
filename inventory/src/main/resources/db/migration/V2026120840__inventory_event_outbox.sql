-- The transactional outbox: domain events written in the transaction of the change they report
-- (device created, moved, status changed; alarms; purchase decisions; reservations about to expire).
-- Delivery (webhooks) reads the rows not yet fanned out in id order, so that index serves it.
create sequence event_outbox_seq start with 1 increment by 50;

create table event_outbox (
    id          bigint primary key,
    type        varchar(40) not null,
    subject     varchar(200) not null,
    subject_id  bigint,
    site_id     bigint,
    payload     varchar(4000) not null,
    occurred_at timestamp(6) with time zone not null,
    fanned_out  boolean not null
);
create index event_outbox_pending_ix on event_outbox (fanned_out, id);
