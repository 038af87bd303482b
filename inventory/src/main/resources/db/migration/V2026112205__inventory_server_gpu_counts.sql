-- Each server keeps the count of its cards (all, in service, allocated), kept by the GPU
-- service, so that per-site GPU figures read the devices instead of every card.
alter table device add column gpu_count integer default 0 not null;
alter table device add column gpus_in_service integer default 0 not null;
alter table device add column gpus_allocated integer default 0 not null;
update device set
    gpu_count = (select count(*) from gpu g where g.device_id = device.id),
    gpus_in_service = (select count(*) from gpu g where g.device_id = device.id and g.status = 'IN_SERVICE'),
    gpus_allocated = (select count(*) from gpu g where g.device_id = device.id and g.tenant_id is not null);
