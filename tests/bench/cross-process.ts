// How soon a second API process follows the first (issue 12 point 5: "within a second"): Samira ends
// Ria's delegation through process A; process B, which has Ria, the delegation and the family in
// its caches, is asked until it refuses. Two apps on one PostgreSQL database, each with its own pool,
// caches and LISTEN connection (as tests/cluster/two-processes.int.test.ts). A figure, not a test.
// Run: node tests/bench/cross-process.ts [rounds] (TEST_DATABASE_URL, or a throwaway cluster).
import type { HelpersOverview } from '@onsplan/shared';
import { anotherProcess, testApp } from '../../api/src/test/harness.ts';
import { throwawayCluster } from './throwaway-pg.ts';

const rounds = Number(process.argv[2] ?? 5);
const cluster = process.env.TEST_DATABASE_URL ? undefined : await throwawayCluster();
if (cluster) process.env.TEST_DATABASE_URL = cluster.url;

/** Milliseconds from A's answer to B's first refusal. */
async function oneRound(): Promise<number> {
  const t = await testApp();
  const b = await anotherProcess(t);
  try {
    const jansen = t.world.families.find((f) => f.key === 'jansen')!.id;
    const riaOnA = await t.as('ria');
    const riaOnB = b.agent(riaOnA);
    const plan = `/api/v1/gezinnen/${jansen}/plan`;
    if ((await riaOnB.get(plan)).statusCode !== 200) throw new Error('B did not read the plan for Ria before the delegation ended');
    const samira = await t.as('samira');
    const helpers = `/api/v1/gezinnen/${jansen}/helpers`;
    const overview = (await samira.get(helpers)).json() as HelpersOverview;
    const delegation = overview.helpers.find((h) => h.helperName === 'Ria Bakker')!.delegationId;
    const ended = await samira.post(`${helpers}/${delegation}/beeindiging`, {});
    if (ended.statusCode !== 204) throw new Error(`ending the delegation answered ${ended.statusCode}`);
    const at = performance.now();
    while ((await riaOnB.get(plan)).statusCode === 200) {
      if (performance.now() - at > 10_000) throw new Error('B still answered after 10 s');
    }
    return performance.now() - at;
  } finally {
    await b.close();
    await t.close();
  }
}

try {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) times.push(await oneRound());
  times.sort((x, y) => x - y);
  const max = times.at(-1)!;
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`  delegation ended through process A, refused by process B after: median ${median.toFixed(0)} ms, slowest ${max.toFixed(0)} ms of ${rounds}  (target <= 1000 ms)  ${max <= 1000 ? 'OK' : 'MISS'}`);
} finally {
  await cluster?.stop();
}
process.exit(0);
