-- Change history (Hibernate Envers): one revinfo row per committed change set with who made
-- it, and for each audited entity a table of its states by revision (revtype 0 add, 1 modify,
-- 2 delete). Versions, timestamps and the cabinets' derived occupancy are not audited.
create sequence revinfo_seq start with 1 increment by 50;

create table revinfo (
    id              bigint primary key,
    changed_at_ms   bigint not null,
    actor           varchar(120)
);

create table site_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    name varchar(120), provider varchar(120), city varchar(80), time_zone varchar(64),
    electricity_price_kwh numeric(10,4), electricity_currency varchar(3), design_pue numeric(4,2), live_since date,
    primary key (id, rev)
);

create table room_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    site_id bigint, name varchar(80),
    primary key (id, rev)
);

create table cabinet_row_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    room_id bigint, name varchar(40), position integer,
    primary key (id, rev)
);

create table cabinet_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    room_id bigint, row_id bigint, name varchar(40), position integer, height_u integer, contracted_w integer,
    lease_landlord varchar(120), lease_monthly_fee numeric(14,2), lease_currency varchar(3),
    lease_start date, lease_end date,
    primary key (id, rev)
);

create table gpu_model_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    name varchar(80), vendor varchar(80), memory_gb integer, tdp_w integer, system_w_per_gpu integer,
    peak_bf16_tflops numeric(8,1),
    primary key (id, rev)
);

create table device_model_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    manufacturer varchar(80), model varchar(120), kind varchar(20), height_u integer, full_depth boolean,
    rated_power_w integer, typical_power_w integer, gpu_slots integer, default_gpu_model_id bigint,
    primary key (id, rev)
);

create table tenant_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    name varchar(120), kind varchar(24),
    primary key (id, rev)
);

create table device_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    asset_tag varchar(64), asset_tag_key varchar(64), serial varchar(64), serial_key varchar(64), name varchar(120),
    model_id bigint, room_id bigint, cabinet_id bigint, position_u integer, face varchar(8), status varchar(20),
    tenant_id bigint, notes varchar(2000),
    primary key (id, rev)
);
create index device_aud_rev_ix on device_aud (rev);

create table gpu_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    serial varchar(64), serial_key varchar(64), gpu_model_id bigint, device_id bigint, site_id bigint,
    slot_index integer, status varchar(20), tenant_id bigint,
    primary key (id, rev)
);
create index gpu_aud_rev_ix on gpu_aud (rev);
