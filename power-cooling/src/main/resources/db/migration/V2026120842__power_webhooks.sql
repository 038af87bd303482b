-- Event rules and webhooks: which outbox events go to which destination (plain JSON signed with HMAC, or the
-- DingTalk, WeCom and Feishu group robots), and one delivery row per (event, rule) with its state, so that each
-- event reaches each rule once, retries survive restarts and dead letters stay visible.
create sequence webhook_rule_seq start with 1 increment by 50;

create table webhook_rule (
    id            bigint primary key,
    version       integer not null,
    name          varchar(80) not null,
    format        varchar(10) not null,
    url_sealed    varchar(2000) not null,
    url_shown     varchar(300) not null,
    secret_sealed varchar(600),
    event_types   varchar(400) not null,
    site_id       bigint,
    language      varchar(6) not null,
    enabled       boolean not null
);
create unique index webhook_rule_name_ux on webhook_rule (name);

create table webhook_rule_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    name varchar(80), format varchar(10), url_shown varchar(300), event_types varchar(400), site_id bigint,
    language varchar(6), enabled boolean,
    primary key (id, rev)
);

create sequence webhook_delivery_seq start with 1 increment by 50;

create table webhook_delivery (
    id              bigint primary key,
    version         integer not null,
    event_id        bigint not null references event_outbox (id),
    rule_id         bigint not null references webhook_rule (id),
    state           varchar(10) not null,
    attempts        integer not null,
    next_attempt_at timestamp(6) with time zone not null,
    last_attempt_at timestamp(6) with time zone,
    last_status     integer,
    last_error      varchar(300),
    delivered_at    timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null
);
create unique index webhook_delivery_once_ux on webhook_delivery (event_id, rule_id);
create index webhook_delivery_due_ix on webhook_delivery (state, next_attempt_at);
create index webhook_delivery_rule_ix on webhook_delivery (rule_id, state);
