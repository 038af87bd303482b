-- The last cabling check of each site (issue 13): when the switches (or an ibnetdiscover file) were read,
-- what was compared and the findings, so the console pages through them in the database and the alarms
-- and the installers' work list read the same result. A site keeps only its latest run: a new check
-- replaces it. Written by the check, never edited by people, so no version column and no history.
create sequence cabling_check_run_seq start with 1 increment by 50;
create sequence cabling_check_finding_seq start with 1 increment by 1000;

create table cabling_check_run (
    id              bigint primary key,
    site_id         bigint not null references site (id),
    checked_at      timestamp(6) with time zone not null,
    source          varchar(16) not null,
    devices_read    integer not null,
    silent          varchar(4000),
    ok_count        bigint not null,
    missing_count   bigint not null,
    miswired_count  bigint not null,
    unexpected_count bigint not null,
    constraint cabling_check_run_site_uk unique (site_id)
);

create table cabling_check_finding (
    id              bigint primary key,
    run_id          bigint not null references cabling_check_run (id) on delete cascade,
    outcome         varchar(16) not null,
    device          varchar(128) not null,
    port            varchar(128) not null,
    cable_id        bigint,
    cable_label     varchar(64),
    expected_device varchar(128),
    expected_port   varchar(128),
    seen_device     varchar(255),
    seen_port       varchar(255),
    port_id         bigint
);
create index cabling_check_finding_run_ix on cabling_check_finding (run_id, outcome, device, port);
