import { describe, expect, it } from 'vitest';
import { runTwoInstanceDrill } from '../../../bench/drill-shared-postgres';

// Real server processes on a real PostgreSQL only: skipped without TEST_DATABASE_URL.
const postgresUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!postgresUrl)('two instances on one PostgreSQL, one killed with SIGKILL mid-load', { timeout: 240_000 }, () => {
  it('stores every acknowledged response exactly once, and the aggregates the API returns equal a recount from the rows', async () => {
    const report = await runTwoInstanceDrill({ postgresUrl: postgresUrl!, devices: 12, beforeKillMs: 4_000, downMs: 1_000, afterRecoveryMs: 4_000, backoffScale: 0.25 });
    console.log(
      `drill: ${report.sent} sent, ${report.acknowledged} acknowledged (${report.acknowledgedAsDuplicate} as duplicates), ${report.retried} retried (${JSON.stringify(report.retryReasons)}), ` +
        `recovery ${(report.recoveryMs / 1000).toFixed(1)} s, ${report.throughput.toFixed(0)} acknowledged/s, coding caught up in ${(report.codingCatchUpMs / 1000).toFixed(1)} s`,
    );
    expect(report.refused).toEqual([]);
    // The kill must have cost attempts, or the drill did not test recovery.
    expect(report.retried).toBeGreaterThan(0);
    expect(report.acknowledged).toBe(report.sent);
    expect(report.missing).toEqual([]);
    expect(report.unexpected).toEqual([]);
    expect(report.stored).toBe(report.acknowledged);
    expect(report.aggregates.api.total).toBe(report.acknowledged);
    expect(report.aggregates.api).toEqual(report.aggregates.recount);
  });
});
