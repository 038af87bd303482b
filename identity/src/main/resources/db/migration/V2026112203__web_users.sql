-- Console users, their roles and their API tokens. Passwords are bcrypt hashes; tokens are
-- stored only as SHA-256 digests (they are 256-bit random, so a slow hash adds nothing).
create sequence user_account_seq start with 1 increment by 50;
create sequence api_token_seq start with 1 increment by 50;

create table user_account (
    id                  bigint primary key,
    version             integer not null,
    username            varchar(64) not null,
    username_key        varchar(64) not null,
    display_name        varchar(120),
    password_hash       varchar(100) not null,
    roles               varchar(200) not null,
    enabled             boolean not null,
    failed_attempts     integer not null,
    locked_until        timestamp(6) with time zone,
    last_login_at       timestamp(6) with time zone,
    created_at          timestamp(6) with time zone not null,
    constraint user_account_username_uk unique (username_key)
);

create table api_token (
    id              bigint primary key,
    version         integer not null,
    user_id         bigint not null references user_account (id),
    name            varchar(80) not null,
    token_prefix    varchar(12) not null,
    token_digest    varchar(64) not null,
    created_at      timestamp(6) with time zone not null,
    last_used_at    timestamp(6) with time zone,
    revoked_at      timestamp(6) with time zone,
    constraint api_token_digest_uk unique (token_digest)
);
create index api_token_user_ix on api_token (user_id);
