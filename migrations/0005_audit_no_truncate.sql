-- TRUNCATE fires no row trigger: without this one it would empty the append-only audit trail, and an
-- empty chain verifies as intact. Restoring a backup with --force lifts it for its own transaction.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
