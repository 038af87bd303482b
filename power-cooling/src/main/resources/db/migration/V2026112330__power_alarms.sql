-- Power and cooling alarms: threshold overrides per site or cabinet, and the alarms themselves (raised,
-- changed, cleared, acknowledged), kept as history once cleared. Both audited by Envers (revinfo).
-- Runs unchanged on H2 2.3 and PostgreSQL 15.

create sequence power_threshold_seq start with 1 increment by 50;

-- Overrides the default levels of one kind for a site or for one cabinet (exactly one of the two).
-- A null level or margin inherits (cabinet -> site -> default).
create table power_threshold (
    id              bigint primary key,
    version         integer not null,
    kind            varchar(24) not null,
    site_id         bigint references site (id) on delete cascade,
    cabinet_id      bigint references cabinet (id) on delete cascade,
    warning_level   numeric(10,2),
    critical_level  numeric(10,2),
    clear_margin    numeric(10,2),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint power_threshold_scope_ck check ((site_id is null and cabinet_id is not null)
                                            or (site_id is not null and cabinet_id is null)),
    constraint power_threshold_kind_ck check (kind in ('CABINET_POWER', 'INLET_TEMP', 'TARGET_UNREACHABLE')),
    constraint power_threshold_site_uk unique (site_id, kind),
    constraint power_threshold_cabinet_uk unique (cabinet_id, kind)
);
create index power_threshold_cabinet_ix on power_threshold (cabinet_id);

create sequence power_alarm_seq start with 1 increment by 50;

-- One row per alarm from raise to clear and after. No foreign keys to what it is about: the history of an
-- alarm outlives a deleted target or cabinet; the names are kept for that. active_key is
-- 'SUBJECT_TYPE:id:KIND' while the alarm is active and null once cleared: its unique constraint allows one
-- active alarm per subject and kind (H2 has no partial indexes; both databases let nulls repeat).
create table power_alarm (
    id                  bigint primary key,
    version             integer not null,
    kind                varchar(24) not null,
    severity            varchar(8) not null,
    state               varchar(8) not null,
    active_key          varchar(80),
    subject_type        varchar(8) not null,
    subject_id          bigint not null,
    subject_name        varchar(200) not null,
    site_id             bigint not null,
    room_id             bigint,
    cabinet_id          bigint,
    target_id           bigint,
    raised_at           timestamp(6) with time zone not null,
    raised_value        double precision not null,
    level               numeric(10,2) not null,
    message             varchar(500) not null,
    severity_changed_at timestamp(6) with time zone not null,
    cleared_at          timestamp(6) with time zone,
    cleared_value       double precision,
    clear_reason        varchar(200),
    acked_at            timestamp(6) with time zone,
    acked_by            varchar(120),
    ack_comment         varchar(1000),
    constraint power_alarm_active_uk unique (active_key),
    constraint power_alarm_kind_ck check (kind in ('CABINET_POWER', 'INLET_TEMP', 'TARGET_UNREACHABLE')),
    constraint power_alarm_severity_ck check (severity in ('WARNING', 'CRITICAL')),
    constraint power_alarm_state_ck check (state in ('ACTIVE', 'CLEARED')),
    constraint power_alarm_subject_ck check (subject_type in ('CABINET', 'TARGET')),
    constraint power_alarm_cleared_ck check ((state = 'ACTIVE' and cleared_at is null and active_key is not null)
                                          or (state = 'CLEARED' and cleared_at is not null and active_key is null))
);
create index power_alarm_state_ix on power_alarm (state, site_id);
create index power_alarm_subject_ix on power_alarm (subject_type, subject_id, raised_at);
create index power_alarm_raised_ix on power_alarm (raised_at);

create table power_threshold_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    kind varchar(24), site_id bigint, cabinet_id bigint, warning_level numeric(10,2), critical_level numeric(10,2),
    clear_margin numeric(10,2),
    primary key (id, rev)
);

create table power_alarm_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    kind varchar(24), severity varchar(8), state varchar(8), active_key varchar(80), subject_type varchar(8),
    subject_id bigint, subject_name varchar(200), site_id bigint, room_id bigint, cabinet_id bigint,
    target_id bigint, raised_at timestamp(6) with time zone, raised_value double precision, level numeric(10,2),
    message varchar(500), severity_changed_at timestamp(6) with time zone, cleared_at timestamp(6) with time zone,
    cleared_value double precision, clear_reason varchar(200), acked_at timestamp(6) with time zone,
    acked_by varchar(120), ack_comment varchar(1000),
    primary key (id, rev)
);
create index power_alarm_aud_rev_ix on power_alarm_aud (rev);
