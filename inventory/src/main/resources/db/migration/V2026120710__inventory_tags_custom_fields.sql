-- Tags and custom fields on sites, cabinets, devices and GPUs.
-- One mechanism for the four kinds of object: an assignment names the object by its type and id
-- (no foreign key to four tables), so a tag, a filter and the history work the same on each.
-- Lists filter "has tag X" with an exists on the unique (object_type, object_id, tag_id) index;
-- "which objects carry tag X" (a tag's use count, its deletion) reads the (tag_id, ...) index.
create sequence tag_seq start with 1 increment by 50;

create table tag (
    id          bigint primary key,
    version     integer not null,
    name        varchar(60) not null,
    name_key    varchar(60) not null,
    slug        varchar(60) not null,
    colour      varchar(7) not null,
    description varchar(200)
);
create unique index tag_name_key_ux on tag (name_key);
create unique index tag_slug_ux on tag (slug);

create sequence tag_assignment_seq start with 1 increment by 50;

create table tag_assignment (
    id          bigint primary key,
    object_type varchar(12) not null,
    object_id   bigint not null,
    tag_id      bigint not null references tag (id)
);
create unique index tag_assignment_object_ux on tag_assignment (object_type, object_id, tag_id);
create index tag_assignment_tag_ix on tag_assignment (tag_id, object_type, object_id);

create sequence custom_field_seq start with 1 increment by 50;

create table custom_field (
    id          bigint primary key,
    version     integer not null,
    object_type varchar(12) not null,
    field_key   varchar(40) not null,
    label_en    varchar(80) not null,
    label_zh    varchar(80) not null,
    kind        varchar(8) not null,
    choices     varchar(2000),
    required    boolean not null,
    position    integer not null
);
create unique index custom_field_key_ux on custom_field (object_type, field_key);

-- A value in its canonical text (a number as plain decimal, a date as ISO yyyy-mm-dd, a choice as
-- defined), so that "?cf_key=value" is one indexed equality whatever the kind.
create sequence custom_field_value_seq start with 1 increment by 50;

create table custom_field_value (
    id          bigint primary key,
    field_id    bigint not null references custom_field (id),
    object_id   bigint not null,
    field_value varchar(500) not null
);
create unique index custom_field_value_object_ux on custom_field_value (field_id, object_id);
create index custom_field_value_ix on custom_field_value (field_id, field_value);

create table tag_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    name varchar(60), slug varchar(60), colour varchar(7), description varchar(200),
    primary key (id, rev)
);

create table tag_assignment_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    object_type varchar(12), object_id bigint, tag_id bigint,
    primary key (id, rev)
);

create table custom_field_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    object_type varchar(12), field_key varchar(40), label_en varchar(80), label_zh varchar(80), kind varchar(8),
    choices varchar(2000), required boolean, position integer,
    primary key (id, rev)
);

create table custom_field_value_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    field_id bigint, object_id bigint, field_value varchar(500),
    primary key (id, rev)
);
