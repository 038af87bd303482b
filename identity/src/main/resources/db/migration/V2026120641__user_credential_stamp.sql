-- Open console sessions and remembered API Basic credentials carry the stamp they were made
-- with; it is raised when the password changes or the user is disabled, so both end at their
-- next request without a versioned write at every sign-in.
alter table user_account add column credential_stamp integer default 0 not null;
