-- The shipped catalog entries (catalog/*.csv) this database has been given once. Since people edit and
-- delete models, a shipped model missing by its shipped name is one they renamed or deleted, not one to
-- add again at the next start; only entries a new release ships for the first time are added.
create table catalog_shipped (
    entry_key   varchar(220) primary key
);
insert into catalog_shipped (entry_key) select 'gpu:' || name from gpu_model;
insert into catalog_shipped (entry_key) select 'device:' || manufacturer || '|' || model from device_model;
