/**
 * Every committed write tells the API processes which districts it changed: a trigger on each
 * table sends `NOTIFY allot_changed, '<district id>'` (or '*' for a truncate), which PostgreSQL
 * delivers only at commit and only once per transaction. The API's response cache listens, so an
 * answer it keeps is dropped by the write that changes it, whatever wrote it (the API, the CLI, an
 * import, a hand-run SQL statement).
 */
export const CHANGE_CHANNEL = "allot_changed";

/**
 * Tables whose writes change no cached answer, so they notify nothing: what signing in, an API
 * token's use or a retried request writes, the audit trail (it is written beside the change it
 * records, which notifies) and the migration log. No cached read may read them.
 * A new table gets its triggers with `select allot_watch('<table>', 'district_id')` in its migration.
 */
export const UNWATCHED_TABLES = [
  "mikro_orm_migrations",
  "sign_in_throttle",
  "user_session",
  "api_token",
  "idempotency_key",
  "audit_event",
  "audit_checkpoint",
] as const;
