-- Connectivity (issue 13): port templates on device models, the ports a device gets from its
-- model, cables between ports and their ends. A cable end row per connected port makes "a port
-- holds one cable end" a unique key the database enforces, and lets a breakout cable have one
-- A end and two or four B ends (lanes). Patch-panel front ports point at the rear port (and
-- the position in it) they are wired to behind the panel, which is what a trace follows.
create sequence port_template_seq start with 1 increment by 50;
create sequence port_seq start with 1 increment by 50;
create sequence cable_seq start with 1 increment by 50;
create sequence cable_end_seq start with 1 increment by 50;

create table port_template (
    id                  bigint primary key,
    version             integer not null,
    device_model_id     bigint not null references device_model (id),
    name_prefix         varchar(40) not null,
    kind                varchar(24) not null,
    port_count          integer not null,
    breakout            boolean not null,
    maps_to_rear        boolean not null,
    position            integer not null,
    constraint port_template_uk unique (device_model_id, name_prefix),
    constraint port_template_count_ck check (port_count between 1 and 512)
);

create table port (
    id              bigint primary key,
    version         integer not null,
    device_id       bigint not null references device (id),
    name            varchar(48) not null,
    kind            varchar(24) not null,
    breakout        boolean not null,
    position        integer not null,
    rear_port_id    bigint references port (id),
    rear_position   integer,
    constraint port_name_uk unique (device_id, name)
);
create index port_rear_ix on port (rear_port_id, rear_position);

create table cable (
    id              bigint primary key,
    version         integer not null,
    site_id         bigint not null references site (id),
    label           varchar(64) not null,
    label_key       varchar(64) not null,
    cable_type      varchar(16) not null,
    lanes           integer not null,
    length_m        numeric(7,2),
    colour          varchar(24),
    status          varchar(16) not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint cable_label_uk unique (site_id, label_key),
    constraint cable_lanes_ck check (lanes in (1, 2, 4)),
    constraint cable_length_ck check (length_m is null or length_m > 0)
);
create index cable_status_ix on cable (site_id, status);
create index cable_type_ix on cable (site_id, cable_type);

create table cable_end (
    id          bigint primary key,
    version     integer not null,
    cable_id    bigint not null references cable (id),
    port_id     bigint not null references port (id),
    side        varchar(1) not null,
    lane        integer not null,
    constraint cable_end_port_uk unique (port_id),
    constraint cable_end_lane_uk unique (cable_id, side, lane),
    constraint cable_end_side_ck check (side in ('A', 'B'))
);

create table port_template_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    device_model_id bigint, name_prefix varchar(40), kind varchar(24), port_count integer, breakout boolean,
    maps_to_rear boolean, position integer,
    primary key (id, rev)
);

create table cable_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    site_id bigint, label varchar(64), label_key varchar(64), cable_type varchar(16), lanes integer,
    length_m numeric(7,2), colour varchar(24), status varchar(16),
    primary key (id, rev)
);
create index cable_aud_rev_ix on cable_aud (rev);

create table cable_end_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    cable_id bigint, port_id bigint, side varchar(1), lane integer,
    primary key (id, rev)
);
create index cable_end_aud_rev_ix on cable_end_aud (rev);
