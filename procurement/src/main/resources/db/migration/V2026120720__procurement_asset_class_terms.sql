-- The terms each asset class gives the assets put on the books from now on (method, useful life,
-- residual rate, start convention), kept by finance instead of being fixed in the code. A class has
-- a row from its first edit on; until then it gives the code's defaults (AssetClass), so nothing
-- changes until someone edits them.
create table asset_class_terms (
    asset_class         varchar(24) primary key,
    version             integer not null,
    method              varchar(32) not null,
    useful_life_months  integer not null,
    residual_rate       numeric(5,4) not null,
    start_convention    varchar(16) not null,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    constraint asset_class_terms_life_ck check (useful_life_months between 12 and 1200),
    constraint asset_class_terms_residual_ck check (residual_rate >= 0 and residual_rate < 1)
);

create table asset_class_terms_aud (
    asset_class varchar(24) not null, rev bigint not null references revinfo (id), revtype smallint,
    method varchar(32), useful_life_months integer, residual_rate numeric(5,4), start_convention varchar(16),
    primary key (asset_class, rev)
);
