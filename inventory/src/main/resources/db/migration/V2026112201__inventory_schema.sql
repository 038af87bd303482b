-- Inventory: the physical and asset truth. Runs unchanged on H2 and PostgreSQL.
-- Ids come from per-table sequences stepping by 50 (Hibernate's pooled optimizer), so that
-- inserts batch. Power is in watts, money in NUMERIC with an explicit currency.

create sequence site_seq start with 1 increment by 50;
create sequence room_seq start with 1 increment by 50;
create sequence cabinet_row_seq start with 1 increment by 50;
create sequence cabinet_seq start with 1 increment by 50;
create sequence gpu_model_seq start with 1 increment by 50;
create sequence device_model_seq start with 1 increment by 50;
create sequence tenant_seq start with 1 increment by 50;
create sequence device_seq start with 1 increment by 50;
create sequence gpu_seq start with 1 increment by 50;
create sequence power_override_seq start with 1 increment by 50;

create table site (
    id                      bigint primary key,
    version                 integer not null,
    name                    varchar(120) not null,
    provider                varchar(120),
    city                    varchar(80),
    time_zone               varchar(64) not null,
    electricity_price_kwh   numeric(10,4) not null,
    electricity_currency    varchar(3) not null,
    design_pue              numeric(4,2) not null,
    live_since              date,
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null,
    constraint site_name_uk unique (name)
);

create table room (
    id          bigint primary key,
    version     integer not null,
    site_id     bigint not null references site (id),
    name        varchar(80) not null,
    constraint room_name_uk unique (site_id, name)
);

create table cabinet_row (
    id          bigint primary key,
    version     integer not null,
    room_id     bigint not null references room (id),
    name        varchar(40) not null,
    position    integer not null,
    constraint cabinet_row_name_uk unique (room_id, name)
);

create table cabinet (
    id                  bigint primary key,
    version             integer not null,
    room_id             bigint not null references room (id),
    row_id              bigint not null references cabinet_row (id),
    name                varchar(40) not null,
    position            integer not null,
    height_u            integer not null,
    contracted_w        integer not null,
    lease_landlord      varchar(120),
    lease_monthly_fee   numeric(14,2),
    lease_currency      varchar(3),
    lease_start         date,
    lease_end           date,
    used_u              integer not null,
    typical_w           bigint not null,
    device_count        integer not null,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    constraint cabinet_name_uk unique (room_id, name),
    constraint cabinet_height_ck check (height_u between 42 and 52),
    constraint cabinet_contracted_ck check (contracted_w > 0)
);
create index cabinet_row_ix on cabinet (row_id, position);

create table gpu_model (
    id                  bigint primary key,
    version             integer not null,
    name                varchar(80) not null,
    vendor              varchar(80) not null,
    memory_gb           integer,
    tdp_w               integer not null,
    system_w_per_gpu    integer,
    peak_bf16_tflops    numeric(8,1),
    constraint gpu_model_name_uk unique (name)
);

create table device_model (
    id                      bigint primary key,
    version                 integer not null,
    manufacturer            varchar(80) not null,
    model                   varchar(120) not null,
    kind                    varchar(20) not null,
    height_u                integer not null,
    full_depth              boolean not null,
    rated_power_w           integer not null,
    typical_power_w         integer not null,
    gpu_slots               integer not null,
    default_gpu_model_id    bigint references gpu_model (id),
    constraint device_model_uk unique (manufacturer, model),
    constraint device_model_height_ck check (height_u between 0 and 52),
    constraint device_model_power_ck check (typical_power_w between 0 and rated_power_w)
);

create table tenant (
    id          bigint primary key,
    version     integer not null,
    name        varchar(120) not null,
    kind        varchar(24) not null,
    constraint tenant_name_uk unique (name)
);

create table device (
    id              bigint primary key,
    version         integer not null,
    asset_tag       varchar(64) not null,
    asset_tag_key   varchar(64) not null,
    serial          varchar(64) not null,
    serial_key      varchar(64) not null,
    name            varchar(120),
    model_id        bigint not null references device_model (id),
    room_id         bigint references room (id),
    cabinet_id      bigint references cabinet (id),
    position_u      integer,
    face            varchar(8),
    status          varchar(20) not null,
    tenant_id       bigint references tenant (id),
    notes           varchar(2000),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint device_asset_tag_uk unique (asset_tag_key),
    constraint device_serial_uk unique (serial_key)
);
create index device_cabinet_ix on device (cabinet_id);
create index device_room_ix on device (room_id);
create index device_model_ix on device (model_id);
create index device_status_ix on device (status);
create index device_tenant_ix on device (tenant_id);

create table gpu (
    id              bigint primary key,
    version         integer not null,
    serial          varchar(64) not null,
    serial_key      varchar(64) not null,
    gpu_model_id    bigint not null references gpu_model (id),
    device_id       bigint references device (id),
    slot_index      integer,
    status          varchar(20) not null,
    tenant_id       bigint references tenant (id),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint gpu_serial_uk unique (serial_key),
    constraint gpu_slot_uk unique (device_id, slot_index)
);
create index gpu_model_ix on gpu (gpu_model_id, status);
create index gpu_status_ix on gpu (status);
create index gpu_tenant_ix on gpu (tenant_id);

-- A cabinet loaded beyond its contracted power only by an explicit, recorded decision.
create table power_override (
    id              bigint primary key,
    cabinet_id      bigint not null references cabinet (id),
    device_id       bigint not null references device (id),
    typical_w_after bigint not null,
    contracted_w    integer not null,
    reason          varchar(500) not null,
    actor           varchar(120) not null,
    decided_at      timestamp(6) with time zone not null
);
create index power_override_cabinet_ix on power_override (cabinet_id);
