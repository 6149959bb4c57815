// Child process of the bench: a bare Fastify app (no logger, like the real one) answering one GET
// with the JSON it reads from stdin, so both servers send bodies of the same size.
import Fastify from 'fastify';
import { text } from 'node:stream/consumers';

const body: unknown = JSON.parse(await text(process.stdin));
const app = Fastify({ logger: false });
app.get('/bare', async () => body);
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
console.log(JSON.stringify({ port }));

process.once('SIGTERM', () => void app.close().finally(() => process.exit(0)));
