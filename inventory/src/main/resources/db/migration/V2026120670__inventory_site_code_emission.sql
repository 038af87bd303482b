-- What a site's owner edits beyond its name and tariff: a short code people write on labels and
-- reports (unique where given; sites registered before it have none) and the grid's emission
-- factor, kg CO2 per kWh, from which the energy figures become carbon figures.
alter table site add column code varchar(16);
alter table site add column grid_emission_kg_kwh numeric(6,4);
alter table site add constraint site_code_uk unique (code);

alter table site_aud add column code varchar(16);
alter table site_aud add column grid_emission_kg_kwh numeric(6,4);
