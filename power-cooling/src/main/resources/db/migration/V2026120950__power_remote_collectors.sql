-- Remote site collectors (issue 18): the same jar polling a site behind a firewall and pushing to the central API.
-- Runs unchanged on H2 2.3 and PostgreSQL 15.

-- One per remote site. The token is shown once and kept as a SHA-256 digest (its first characters shown to tell
-- tokens apart). whole_site: it polls every target of its site, also those added later; otherwise the targets
-- whose collector_id names it. The health columns are written by its pushes and heartbeats, never by the edit
-- form (they do not move the version): last contact, the newest reading it pushed (lag = now - that), what its
-- buffer holds and has dropped, the jar's version, and the stream of batches (stream id, last sequence stored)
-- that makes a replayed batch a no-op.
create table remote_collector (
    id                  bigint primary key,
    version             integer not null,
    name                varchar(120) not null,
    site_id             bigint not null references site (id),
    whole_site          boolean not null,
    token_prefix        varchar(16) not null,
    token_digest        varchar(64) not null,
    created_at          timestamp(6) with time zone not null,
    last_contact_at     timestamp(6) with time zone,
    newest_reading_at   timestamp(6) with time zone,
    buffer_batches      bigint default 0 not null,
    buffer_bytes        bigint default 0 not null,
    dropped_batches     bigint default 0 not null,
    agent_version       varchar(60),
    stream_id           varchar(64),
    last_sequence       bigint default 0 not null,
    batches_received    bigint default 0 not null,
    readings_received   bigint default 0 not null
);
create unique index remote_collector_name_uk on remote_collector (name);
create unique index remote_collector_token_uk on remote_collector (token_digest);
create index remote_collector_site_ix on remote_collector (site_id);
create sequence remote_collector_seq start with 1 increment by 50;

-- A target chosen for a collector (not one of a whole-site collector's, which follow from its site).
alter table snmp_target add column collector_id bigint references remote_collector (id);
create index snmp_target_collector_ix on snmp_target (collector_id);
