-- What usage earns and what electricity costs (issue 14, unit economics): the list price of each GPU class,
-- tenants' contracts (a discount on the list) and prepaid packages of card-hours, and each site's electricity
-- tariff. Each holds from valid_from to valid_to, both days included (valid_to null: until further notice);
-- a month is priced at what is in force on its first day. Unit prices keep four decimals (0.2620 CNY/kWh);
-- amounts are rounded to the fen when they are computed.
create sequence economics_price_seq start with 1 increment by 50;

create table gpu_class_price (
    id                  bigint primary key,
    version             integer not null,
    gpu_class           varchar(24) not null,
    card_hour_price     numeric(12,4) not null,
    core_hour_price     numeric(12,4) not null,
    valid_from          date not null,
    valid_to            date,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    constraint gpu_class_price_card_ck check (card_hour_price >= 0),
    constraint gpu_class_price_core_ck check (core_hour_price >= 0)
);
create index gpu_class_price_class_ix on gpu_class_price (gpu_class, valid_from);

create table tenant_contract (
    id                  bigint primary key,
    version             integer not null,
    tenant_id           bigint not null references tenant (id),
    discount_percent    numeric(5,2) not null,
    valid_from          date not null,
    valid_to            date,
    note                varchar(500),
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    constraint tenant_contract_discount_ck check (discount_percent >= 0 and discount_percent <= 100)
);
create index tenant_contract_tenant_ix on tenant_contract (tenant_id, valid_from);

create table prepaid_package (
    id                  bigint primary key,
    version             integer not null,
    tenant_id           bigint not null references tenant (id),
    gpu_class           varchar(24) not null,
    card_hours          bigint not null,
    price               numeric(14,2) not null,
    valid_from          date not null,
    valid_to            date not null,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    constraint prepaid_package_hours_ck check (card_hours > 0),
    constraint prepaid_package_price_ck check (price >= 0)
);
create index prepaid_package_tenant_ix on prepaid_package (tenant_id, gpu_class, valid_from);

create table electricity_tariff (
    id                  bigint primary key,
    version             integer not null,
    site_id             bigint not null references site (id),
    cny_per_kwh         numeric(10,4) not null,
    valid_from          date not null,
    valid_to            date,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    constraint electricity_tariff_price_ck check (cny_per_kwh >= 0)
);
create index electricity_tariff_site_ix on electricity_tariff (site_id, valid_from);

create table gpu_class_price_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    gpu_class varchar(24), card_hour_price numeric(12,4), core_hour_price numeric(12,4), valid_from date, valid_to date,
    primary key (id, rev)
);
create table tenant_contract_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    tenant_id bigint, discount_percent numeric(5,2), valid_from date, valid_to date, note varchar(500),
    primary key (id, rev)
);
create table prepaid_package_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    tenant_id bigint, gpu_class varchar(24), card_hours bigint, price numeric(14,2), valid_from date, valid_to date,
    primary key (id, rev)
);
create table electricity_tariff_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    site_id bigint, cny_per_kwh numeric(10,4), valid_from date, valid_to date,
    primary key (id, rev)
);
