// Test-only: a run killed at a chosen statement, so the crash tests can stop
// `upgrade` at every statement boundary without racing a `kill -9`. With the
// environment variable DB_MANAGE_TEST_KILL_AFTER_STATEMENT=K, the process
// sends itself SIGKILL right after the K-th statement an online run has
// executed (version-table statements included; BEGIN and COMMIT not).
// Compiled in only with the DBM_FAULT_INJECTION build option (developer and
// CI builds); otherwise after_statement() does nothing.
#pragma once

namespace dbm::runtime {

void after_statement();

}  // namespace dbm::runtime
