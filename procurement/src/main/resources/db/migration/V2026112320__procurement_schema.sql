-- Procurement: suppliers, purchase requests and their approval timeline, purchase orders,
-- goods receipts, fixed assets and outsourced compute contracts. Runs unchanged on H2 and
-- PostgreSQL. Same conventions as the inventory schema: per-table sequences stepping by 50,
-- money in NUMERIC to the fen with an explicit currency, instants as timestamps with time zone.
-- Inventory objects (sites, cabinets, models, devices) are referenced by id with foreign keys.

create sequence supplier_seq start with 1 increment by 50;
create sequence supplier_contact_seq start with 1 increment by 50;
create sequence purchase_request_seq start with 1 increment by 50;
create sequence purchase_request_line_seq start with 1 increment by 50;
create sequence purchase_request_timeline_seq start with 1 increment by 50;
create sequence purchase_order_seq start with 1 increment by 50;
create sequence purchase_order_line_seq start with 1 increment by 50;
create sequence goods_receipt_seq start with 1 increment by 50;
create sequence goods_receipt_unit_seq start with 1 increment by 50;
create sequence fixed_asset_seq start with 1 increment by 50;
create sequence fixed_asset_change_seq start with 1 increment by 50;
create sequence compute_contract_seq start with 1 increment by 50;

create table supplier (
    id              bigint primary key,
    version         integer not null,
    name            varchar(200) not null,
    name_key        varchar(200) not null,
    tax_id          varchar(32),
    lead_time_days  integer not null,
    notes           varchar(2000),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint supplier_name_uk unique (name_key),
    constraint supplier_lead_time_ck check (lead_time_days between 0 and 730)
);

create table supplier_contact (
    id              bigint primary key,
    supplier_id     bigint not null references supplier (id),
    position        integer not null,
    name            varchar(120) not null,
    email           varchar(200),
    phone           varchar(40)
);
create index supplier_contact_supplier_ix on supplier_contact (supplier_id);

create table purchase_request (
    id                      bigint primary key,
    version                 integer not null,
    title                   varchar(200) not null,
    requester               varchar(120) not null,
    justification           varchar(4000),
    kind                    varchar(24) not null,
    site_id                 bigint references site (id),
    cost_centre             varchar(40),
    preferred_supplier_id   bigint references supplier (id),
    expected_delivery       date,
    currency                varchar(3) not null,
    status                  varchar(24) not null,
    approval_round          integer not null,
    approvals_required      integer not null,
    net_total               numeric(16,2) not null,
    vat_total               numeric(16,2) not null,
    gross_total             numeric(16,2) not null,
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null
);
create index purchase_request_status_ix on purchase_request (status);
create index purchase_request_requester_ix on purchase_request (requester);
create index purchase_request_site_ix on purchase_request (site_id);

-- The cabinets a request means to fill (optional).
create table purchase_request_cabinet (
    request_id      bigint not null references purchase_request (id),
    cabinet_id      bigint not null references cabinet (id),
    primary key (request_id, cabinet_id)
);

create table purchase_request_line (
    id                  bigint primary key,
    request_id          bigint not null references purchase_request (id),
    line_no             integer not null,
    description         varchar(300),
    device_model_id     bigint references device_model (id),
    quantity            integer,
    unit_price          numeric(14,2),
    warranty_months     integer,
    gpu_model_id        bigint references gpu_model (id),
    gpu_count           integer,
    term_months         integer,
    monthly_price       numeric(14,2),
    vat_rate            numeric(5,4) not null,
    net_amount          numeric(16,2) not null,
    vat_amount          numeric(16,2) not null,
    gross_amount        numeric(16,2) not null,
    constraint purchase_request_line_qty_ck check (quantity is null or quantity > 0),
    constraint purchase_request_line_vat_ck check (vat_rate >= 0 and vat_rate < 1)
);
create index purchase_request_line_request_ix on purchase_request_line (request_id, line_no);

-- Who did what to a request and when: every decision and every step of ordering and receiving.
-- Written once, never changed. The round counts submissions, so approvals of an earlier round
-- (before the request was returned and resubmitted) do not count.
create table purchase_request_timeline (
    id              bigint primary key,
    request_id      bigint not null references purchase_request (id),
    approval_round  integer not null,
    action          varchar(16) not null,
    from_status     varchar(24),
    to_status       varchar(24) not null,
    actor           varchar(120) not null,
    occurred_at     timestamp(6) with time zone not null,
    comment         varchar(2000)
);
create index purchase_request_timeline_ix on purchase_request_timeline (request_id, occurred_at);

create table purchase_order (
    id              bigint primary key,
    version         integer not null,
    request_id      bigint not null references purchase_request (id),
    supplier_id     bigint not null references supplier (id),
    order_number    varchar(64) not null,
    order_number_key varchar(64) not null,
    order_date      date not null,
    status          varchar(24) not null,
    currency        varchar(3) not null,
    net_total       numeric(16,2) not null,
    vat_total       numeric(16,2) not null,
    gross_total     numeric(16,2) not null,
    invoice_number  varchar(64),
    invoice_date    date,
    invoice_amount  numeric(16,2),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint purchase_order_number_uk unique (order_number_key),
    constraint purchase_order_request_uk unique (request_id)
);
create index purchase_order_supplier_ix on purchase_order (supplier_id);
create index purchase_order_status_ix on purchase_order (status);

create table purchase_order_line (
    id                  bigint primary key,
    order_id            bigint not null references purchase_order (id),
    line_no             integer not null,
    request_line_id     bigint references purchase_request_line (id),
    description         varchar(300),
    device_model_id     bigint not null references device_model (id),
    quantity            integer not null,
    received_quantity   integer not null,
    unit_price          numeric(14,2) not null,
    vat_rate            numeric(5,4) not null,
    warranty_months     integer,
    net_amount          numeric(16,2) not null,
    vat_amount          numeric(16,2) not null,
    gross_amount        numeric(16,2) not null,
    constraint purchase_order_line_uk unique (order_id, line_no),
    constraint purchase_order_line_received_ck check (received_quantity between 0 and quantity)
);

-- What arrived, when, and which inventory device each unit became.
create table goods_receipt (
    id              bigint primary key,
    order_id        bigint not null references purchase_order (id),
    received_on     date not null,
    received_by     varchar(120) not null,
    recorded_at     timestamp(6) with time zone not null,
    note            varchar(500)
);
create index goods_receipt_order_ix on goods_receipt (order_id);

create table goods_receipt_unit (
    id              bigint primary key,
    receipt_id      bigint not null references goods_receipt (id),
    order_line_id   bigint not null references purchase_order_line (id),
    device_id       bigint not null references device (id),
    gpu_count       integer not null
);
create index goods_receipt_unit_receipt_ix on goods_receipt_unit (receipt_id);
create index goods_receipt_unit_line_ix on goods_receipt_unit (order_line_id);

create table fixed_asset (
    id                      bigint primary key,
    version                 integer not null,
    device_id               bigint references device (id),
    asset_tag               varchar(64) not null,
    asset_tag_key           varchar(64) not null,
    description             varchar(300),
    asset_class             varchar(24) not null,
    cost                    numeric(16,2) not null,
    residual_rate           numeric(5,4) not null,
    useful_life_months      integer not null,
    method                  varchar(32) not null,
    start_convention        varchar(16) not null,
    in_service_date         date not null,
    site_id                 bigint references site (id),
    cost_centre             varchar(40),
    order_line_id           bigint references purchase_order_line (id),
    supplier_id             bigint references supplier (id),
    warranty_end            date,
    support_supplier_id     bigint references supplier (id),
    support_start           date,
    support_term_months     integer,
    support_end             date,
    support_price           numeric(14,2),
    disposed_on             date,
    disposal_proceeds       numeric(16,2),
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null,
    constraint fixed_asset_tag_uk unique (asset_tag_key),
    constraint fixed_asset_device_uk unique (device_id),
    constraint fixed_asset_cost_ck check (cost > 0),
    constraint fixed_asset_residual_ck check (residual_rate >= 0 and residual_rate < 1)
);
create index fixed_asset_site_ix on fixed_asset (site_id, asset_class);
create index fixed_asset_class_ix on fixed_asset (asset_class);
create index fixed_asset_cost_centre_ix on fixed_asset (cost_centre);
create index fixed_asset_warranty_ix on fixed_asset (warranty_end);
create index fixed_asset_support_ix on fixed_asset (support_end);
create index fixed_asset_order_line_ix on fixed_asset (order_line_id);

-- Changes in accounting estimate (CAS 28), applied prospectively from their month on.
create table fixed_asset_change (
    id                  bigint primary key,
    asset_id            bigint not null references fixed_asset (id),
    effective_month     date not null,
    useful_life_months  integer,
    residual_rate       numeric(5,4),
    reason              varchar(500) not null,
    actor               varchar(120) not null,
    recorded_at         timestamp(6) with time zone not null,
    constraint fixed_asset_change_uk unique (asset_id, effective_month)
);

-- GPU capacity bought from third parties for a term: no asset, but capacity and a cost.
create table compute_contract (
    id                  bigint primary key,
    version             integer not null,
    request_id          bigint references purchase_request (id),
    request_line_id     bigint references purchase_request_line (id),
    contract_number     varchar(64) not null,
    contract_number_key varchar(64) not null,
    provider_id         bigint not null references supplier (id),
    description         varchar(300),
    gpu_model_id        bigint not null references gpu_model (id),
    gpu_count           integer not null,
    start_date          date not null,
    term_months         integer not null,
    end_date            date not null,
    monthly_cost        numeric(14,2) not null,
    vat_rate            numeric(5,4) not null,
    currency            varchar(3) not null,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    constraint compute_contract_number_uk unique (contract_number_key),
    constraint compute_contract_gpus_ck check (gpu_count > 0),
    constraint compute_contract_term_ck check (term_months > 0)
);
create index compute_contract_period_ix on compute_contract (start_date, end_date);

-- Change history (Hibernate Envers), as for the inventory: the revinfo table is the
-- inventory's; versions and timestamps are not audited. Timeline, receipts and estimate
-- changes are records written once and need no history of their own.
create table supplier_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    name varchar(200), name_key varchar(200), tax_id varchar(32), lead_time_days integer, notes varchar(2000),
    primary key (id, rev)
);

create table supplier_contact_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    supplier_id bigint, position integer, name varchar(120), email varchar(200), phone varchar(40),
    primary key (id, rev)
);

create table purchase_request_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    title varchar(200), requester varchar(120), justification varchar(4000), kind varchar(24), site_id bigint,
    cost_centre varchar(40), preferred_supplier_id bigint, expected_delivery date, currency varchar(3),
    status varchar(24), approval_round integer, approvals_required integer,
    net_total numeric(16,2), vat_total numeric(16,2), gross_total numeric(16,2),
    primary key (id, rev)
);
create index purchase_request_aud_rev_ix on purchase_request_aud (rev);

create table purchase_request_cabinet_aud (
    rev bigint not null references revinfo (id), revtype smallint,
    request_id bigint not null, cabinet_id bigint not null,
    primary key (rev, request_id, cabinet_id)
);

create table purchase_request_line_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    request_id bigint, line_no integer, description varchar(300), device_model_id bigint, quantity integer,
    unit_price numeric(14,2), warranty_months integer, gpu_model_id bigint, gpu_count integer, term_months integer,
    monthly_price numeric(14,2), vat_rate numeric(5,4),
    net_amount numeric(16,2), vat_amount numeric(16,2), gross_amount numeric(16,2),
    primary key (id, rev)
);

create table purchase_order_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    request_id bigint, supplier_id bigint, order_number varchar(64), order_number_key varchar(64), order_date date,
    status varchar(24), currency varchar(3), net_total numeric(16,2), vat_total numeric(16,2), gross_total numeric(16,2),
    invoice_number varchar(64), invoice_date date, invoice_amount numeric(16,2),
    primary key (id, rev)
);

create table purchase_order_line_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    order_id bigint, line_no integer, request_line_id bigint, description varchar(300), device_model_id bigint,
    quantity integer, received_quantity integer, unit_price numeric(14,2), vat_rate numeric(5,4),
    warranty_months integer, net_amount numeric(16,2), vat_amount numeric(16,2), gross_amount numeric(16,2),
    primary key (id, rev)
);

create table fixed_asset_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    device_id bigint, asset_tag varchar(64), asset_tag_key varchar(64), description varchar(300),
    asset_class varchar(24), cost numeric(16,2), residual_rate numeric(5,4), useful_life_months integer,
    method varchar(32), start_convention varchar(16), in_service_date date, site_id bigint, cost_centre varchar(40),
    order_line_id bigint, supplier_id bigint, warranty_end date, support_supplier_id bigint, support_start date,
    support_term_months integer, support_end date, support_price numeric(14,2), disposed_on date,
    disposal_proceeds numeric(16,2),
    primary key (id, rev)
);
create index fixed_asset_aud_rev_ix on fixed_asset_aud (rev);

create table compute_contract_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    request_id bigint, request_line_id bigint, contract_number varchar(64), contract_number_key varchar(64),
    provider_id bigint, description varchar(300), gpu_model_id bigint, gpu_count integer, start_date date,
    term_months integer, end_date date, monthly_cost numeric(14,2), vat_rate numeric(5,4), currency varchar(3),
    primary key (id, rev)
);
