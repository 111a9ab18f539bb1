-- ys_require: a batched write (server/platform/db/writes.ts) runs several inserts and updates as one
-- statement; when a row it depends on is no longer as expected (a version moved on, an edition was
-- retired), this raises and the whole statement, every write in it, is undone.
CREATE FUNCTION ys_require(ok boolean, reason text) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
  IF ok IS NOT TRUE THEN
    RAISE EXCEPTION USING ERRCODE = 'YS409', MESSAGE = reason;
  END IF;
  RETURN true;
END
$$;
