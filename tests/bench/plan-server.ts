// Child process of the bench: the real app on a seeded PGlite, signed in as Mark.
// Prints one JSON line {port, cookie, familyId} once it listens.
import { testApp } from '../../api/src/test/harness.ts';

const t = await testApp();
const mark = await t.as('mark');
const familyId = t.world.families[0]!.id;
await t.app.listen({ port: 0, host: '127.0.0.1' });
const { port } = t.app.server.address() as { port: number };
console.log(JSON.stringify({ port, cookie: mark.cookie, familyId }));

process.once('SIGTERM', () => void t.close().finally(() => process.exit(0)));
