-- A card's site is its server's site, kept on the card so that per-site GPU figures are
-- one scan of gpu instead of a join of every card to its server and room.
alter table gpu add column site_id bigint references site (id);
update gpu set site_id = (
    select r.site_id from device d join room r on r.id = d.room_id where d.id = gpu.device_id);
create index gpu_site_ix on gpu (site_id, status);
