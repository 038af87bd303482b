-- The language a user chose for the console ("en", "zh-CN"); null follows the browser's
-- Accept-Language. Set by the user for their own account, never by the sign-in.
alter table user_account add column language varchar(16);
