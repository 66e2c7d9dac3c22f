-- Applied after every migration run; idempotent. SQL functions that set-based statements need.

-- A UUIDv7 (RFC 9562) made in SQL, for rows a set-based statement creates in unknown number (the
-- per-SKU rollup): the random bytes of gen_random_uuid() with the first 48 bits replaced by the Unix
-- time in milliseconds and the version nibble set to 7. Postgres 18 has uuidv7(); the server is 15.
create or replace function footprint_uuidv7() returns uuid
language sql volatile parallel safe as $$
  select encode(
    set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
      placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
      from 1 for 6), 52, 1), 53, 1),
    'hex')::uuid
$$;
grant execute on function footprint_uuidv7() to footprint_app;
