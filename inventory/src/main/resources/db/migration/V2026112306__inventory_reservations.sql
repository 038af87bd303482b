-- Reservations hold cabinet space (a unit range on one face or both, or a whole cabinet) for a
-- tenant or a planned purchase until they expire or are released. Reserved units count as used
-- in the cabinet's occupancy (used_u), and reserved_u says how many of those are reservations.
create sequence reservation_seq start with 1 increment by 50;

create table reservation (
    id              bigint primary key,
    version         integer not null,
    cabinet_id      bigint not null references cabinet (id),
    scope           varchar(12) not null,
    position_u      integer,
    height_u        integer,
    tenant_id       bigint references tenant (id),
    purpose         varchar(200) not null,
    expires_on      date not null,
    created_by      varchar(120),
    created_at      timestamp(6) with time zone not null,
    released_at     timestamp(6) with time zone,
    released_by     varchar(120),
    constraint reservation_range_ck check (
        (scope = 'CABINET' and position_u is null and height_u is null)
        or (scope <> 'CABINET' and position_u >= 1 and height_u >= 1))
);
create index reservation_cabinet_ix on reservation (cabinet_id, released_at);
create index reservation_expiry_ix on reservation (expires_on, released_at);

alter table cabinet add column reserved_u integer default 0 not null;

create table reservation_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    cabinet_id bigint, scope varchar(12), position_u integer, height_u integer, tenant_id bigint,
    purpose varchar(200), expires_on date, released_at timestamp(6) with time zone, released_by varchar(120),
    primary key (id, rev)
);
