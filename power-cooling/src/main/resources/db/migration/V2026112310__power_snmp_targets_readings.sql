-- Power and cooling: the SNMP agents to poll, how each one's last poll went, and what they read.
-- Runs unchanged on H2 2.3 and PostgreSQL 15. Times are instants (timestamp with time zone, UTC).

create sequence snmp_target_seq start with 1 increment by 50;

-- One agent to poll. Secrets (community, v3 passphrases) exist only as AES-GCM ciphertext
-- (io.dcim.power.secret.CredentialCipher); the v3 user and protocols are not secret and stay readable.
create table snmp_target (
    id                      bigint primary key,
    version                 integer not null,
    name                    varchar(120) not null,
    host                    varchar(253) not null,
    port                    integer not null,
    snmp_version            varchar(3) not null,
    v3_user                 varchar(32),
    auth_protocol           varchar(8),
    priv_protocol           varchar(8),
    context_name            varchar(32),
    credentials_ciphertext  varchar(1024) not null,
    profile_id              varchar(64) not null,
    interval_s              integer default 30 not null,
    timeout_ms              integer not null,
    retries                 integer not null,
    enabled                 boolean not null,
    site_id                 bigint not null references site (id),
    room_id                 bigint references room (id),
    cabinet_id              bigint references cabinet (id),
    role                    varchar(8) not null,
    feed                    varchar(1),
    breaker_rating_a        integer,
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null,
    constraint snmp_target_name_uk unique (name),
    constraint snmp_target_port_ck check (port between 1 and 65535),
    constraint snmp_target_version_ck check (snmp_version in ('V1', 'V2C', 'V3')),
    constraint snmp_target_interval_ck check (interval_s >= 5),
    constraint snmp_target_retries_ck check (retries between 0 and 5),
    constraint snmp_target_role_ck check (role in ('PDU', 'UPS', 'COOLING', 'SENSOR', 'METER')),
    constraint snmp_target_feed_ck check (feed in ('A', 'B')),
    constraint snmp_target_breaker_ck check (breaker_rating_a > 0)
);
create index snmp_target_site_ix on snmp_target (site_id);
create index snmp_target_cabinet_ix on snmp_target (cabinet_id);

-- The last poll of each target; a row appears with the first poll and goes with its target.
create table poll_status (
    target_id               bigint primary key references snmp_target (id) on delete cascade,
    outcome                 varchar(16) not null,
    latency_ms              integer not null,
    polled_at               timestamp(6) with time zone not null,
    last_ok_at              timestamp(6) with time zone,
    consecutive_failures    integer not null,
    last_error              varchar(500)
);

-- Every value read. No foreign key to snmp_target: at 8,000 PDUs x 6 metrics every 30 s this
-- takes 1,600 rows a second, and the target service deletes a target's readings itself.
-- The (at) index serves the roll-ups and the purge, which cut across all targets by time.
create table reading_raw (
    target_id       bigint not null,
    metric          varchar(120) not null,
    at              timestamp(6) with time zone not null,
    measured_value  double precision not null
);
create index reading_raw_series_ix on reading_raw (target_id, metric, at);
create index reading_raw_at_ix on reading_raw (at);

-- Complete 5-minute and hourly buckets [bucket_start, bucket_start + length), aligned to the epoch (UTC).
-- The (bucket_start, ...) index serves roll-ups and purges, which cut across targets by time. It holds all
-- three key columns so that any index a planner picks for the roll-up's MERGE is an exact lookup: with
-- (bucket_start) alone, H2 planned that MERGE on the empty table (and kept the plan in its statement
-- cache) as a scan of every bucket with the same start, 8,000 rows per looked-up bucket.
create table reading_5m (
    target_id       bigint not null,
    metric          varchar(120) not null,
    bucket_start    timestamp(6) with time zone not null,
    min_value       double precision not null,
    avg_value       double precision not null,
    max_value       double precision not null,
    sample_count    integer not null,
    constraint reading_5m_pk primary key (target_id, metric, bucket_start)
);
create index reading_5m_bucket_ix on reading_5m (bucket_start, target_id, metric);

create table reading_1h (
    target_id       bigint not null,
    metric          varchar(120) not null,
    bucket_start    timestamp(6) with time zone not null,
    min_value       double precision not null,
    avg_value       double precision not null,
    max_value       double precision not null,
    sample_count    integer not null,
    constraint reading_1h_pk primary key (target_id, metric, bucket_start)
);
create index reading_1h_bucket_ix on reading_1h (bucket_start, target_id, metric);
