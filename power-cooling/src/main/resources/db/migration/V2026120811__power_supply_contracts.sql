-- Energy supply contracts of a site (issue 17): supplier, the days covered (both included) and how much is
-- renewable, as kWh over the period or as a share of what the site draws (exactly one of the two). The energy
-- report's renewable share comes from these. Audited by Envers (revinfo). Runs on H2 2.3 and PostgreSQL 15.
create sequence power_supply_contract_seq start with 1 increment by 50;

create table power_supply_contract (
    id                  bigint primary key,
    version             integer not null,
    site_id             bigint not null references site (id) on delete cascade,
    supplier            varchar(200) not null,
    valid_from          date not null,
    valid_to            date not null,
    renewable_kwh       bigint,
    renewable_share_pct numeric(5,2),
    constraint power_supply_contract_period_ck check (valid_to >= valid_from),
    constraint power_supply_contract_amount_ck check ((renewable_kwh is null and renewable_share_pct is not null)
                                                   or (renewable_kwh is not null and renewable_share_pct is null)),
    constraint power_supply_contract_kwh_ck check (renewable_kwh is null or renewable_kwh >= 0),
    constraint power_supply_contract_share_ck check (renewable_share_pct is null
                                                  or (renewable_share_pct >= 0 and renewable_share_pct <= 100))
);
create index power_supply_contract_site_ix on power_supply_contract (site_id, valid_from);

create table power_supply_contract_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    site_id bigint, supplier varchar(200), valid_from date, valid_to date, renewable_kwh bigint,
    renewable_share_pct numeric(5,2),
    primary key (id, rev)
);
create index power_supply_contract_aud_rev_ix on power_supply_contract_aud (rev);
