-- Ports and cables are written in bulk (an imported switch brings 58 ports, a cable import
-- 100,000 cables with 200,000 ends): ids in blocks of 1,000 instead of 50 take one sequence
-- round trip per thousand rows. The entities' allocationSize says the same (Hibernate's pooled
-- optimizer reads each value as the top of its block, so no id handed out before is reused).
alter sequence port_seq increment by 1000;
alter sequence cable_seq increment by 1000;
alter sequence cable_end_seq increment by 1000;
