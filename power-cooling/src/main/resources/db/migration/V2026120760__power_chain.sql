-- The power chain behind the cabinets: sources (utility, UPS, generator) feed panels, panels feed the
-- circuits (feeds) that serve cabinets, a feed may carry one metered rack PDU, and every device's power
-- supplies plug into feeds. What fails when a feed, a panel or a source fails is computed from these.
-- Runs unchanged on H2 2.3 and PostgreSQL 15. Inventory rows are referred to by id (the power module asks
-- the inventory's published queries about them); deleting a cabinet or device takes its chain rows along.

create sequence power_chain_seq start with 1 increment by 50;

create table power_source (
    id          bigint primary key,
    version     integer not null,
    site_id     bigint not null references site (id),
    name        varchar(120) not null,
    kind        varchar(12) not null,
    capacity_w  bigint not null,
    constraint power_source_name_uk unique (site_id, name),
    constraint power_source_kind_ck check (kind in ('UTILITY', 'UPS', 'GENERATOR')),
    constraint power_source_capacity_ck check (capacity_w > 0)
);

create table power_panel (
    id          bigint primary key,
    version     integer not null,
    source_id   bigint not null references power_source (id),
    name        varchar(120) not null,
    phases      integer not null,
    voltage_v   integer not null,
    rating_a    integer not null,
    constraint power_panel_name_uk unique (source_id, name),
    constraint power_panel_phases_ck check (phases in (1, 3)),
    constraint power_panel_voltage_ck check (voltage_v > 0),
    constraint power_panel_rating_ck check (rating_a > 0)
);
create index power_panel_source_ix on power_panel (source_id);

-- A circuit from a panel's breaker to one cabinet. Voltage is line to neutral for a single-phase feed and
-- line to line for a three-phase one (230 V, 400 V).
create table power_feed (
    id                  bigint primary key,
    version             integer not null,
    panel_id            bigint not null references power_panel (id),
    cabinet_id          bigint not null references cabinet (id) on delete cascade,
    name                varchar(120) not null,
    side                varchar(1) not null,
    phases              integer not null,
    voltage_v           integer not null,
    breaker_rating_a    integer not null,
    pdu_target_id       bigint references snmp_target (id) on delete set null,
    constraint power_feed_name_uk unique (panel_id, name),
    constraint power_feed_pdu_uk unique (pdu_target_id),
    constraint power_feed_side_ck check (side in ('A', 'B')),
    constraint power_feed_phases_ck check (phases in (1, 3)),
    constraint power_feed_voltage_ck check (voltage_v > 0),
    constraint power_feed_breaker_ck check (breaker_rating_a > 0)
);
create index power_feed_panel_ix on power_feed (panel_id);
create index power_feed_cabinet_ix on power_feed (cabinet_id);

-- How many supplies a catalog model has and how many it needs to run: 4+4 is 8 and 4, N+1 is N+1 and N.
-- A model without a row is single-corded (1 and 1).
create table power_supply_spec (
    id              bigint primary key,
    version         integer not null,
    device_model_id bigint not null references device_model (id) on delete cascade,
    supplies        integer not null,
    needed          integer not null,
    constraint power_supply_spec_model_uk unique (device_model_id),
    constraint power_supply_spec_needed_ck check (needed >= 1 and needed <= supplies and supplies <= 16)
);

-- Which feed each supply of a device is plugged into (through the feed's PDU).
create table power_device_supply (
    id              bigint primary key,
    version         integer not null,
    device_id       bigint not null references device (id) on delete cascade,
    supply_index    integer not null,
    feed_id         bigint not null references power_feed (id) on delete cascade,
    constraint power_device_supply_uk unique (device_id, supply_index),
    constraint power_device_supply_index_ck check (supply_index between 1 and 16)
);
create index power_device_supply_feed_ix on power_device_supply (feed_id);

-- Per site: the share of a breaker's rating continuous load is held to (80 % unless set).
create table power_chain_setting (
    site_id     bigint primary key references site (id) on delete cascade,
    version     integer not null,
    derate_pct  integer not null,
    constraint power_chain_setting_derate_ck check (derate_pct between 50 and 100)
);

create table power_source_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    site_id bigint, name varchar(120), kind varchar(12), capacity_w bigint,
    primary key (id, rev)
);
create table power_panel_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    source_id bigint, name varchar(120), phases integer, voltage_v integer, rating_a integer,
    primary key (id, rev)
);
create table power_feed_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    panel_id bigint, cabinet_id bigint, name varchar(120), side varchar(1), phases integer, voltage_v integer,
    breaker_rating_a integer, pdu_target_id bigint,
    primary key (id, rev)
);
create table power_supply_spec_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    device_model_id bigint, supplies integer, needed integer,
    primary key (id, rev)
);
create table power_device_supply_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    device_id bigint, supply_index integer, feed_id bigint,
    primary key (id, rev)
);
create table power_chain_setting_aud (
    site_id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    derate_pct integer,
    primary key (site_id, rev)
);
