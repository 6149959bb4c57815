import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../test/harness.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const spectral = join(root, 'node_modules/.bin/spectral');
// The Dutch API Design Rules as Logius publishes them, vendored so the test needs no network.
const ruleset = join(root, 'api/openapi/adr-ruleset.yaml');

interface SpectralResult {
  code: string;
  message: string;
  path: string[];
  severity: 0 | 1 | 2 | 3;
}

/** Lints an OpenAPI document with the vendored ruleset; Spectral exits 1 when it finds errors, so its output is read either way. */
async function lint(document: unknown): Promise<SpectralResult[]> {
  const folder = await mkdtemp(join(tmpdir(), 'onsplan-openapi-'));
  try {
    const file = join(folder, 'openapi.json');
    await writeFile(file, JSON.stringify(document, null, 2));
    const output = await run(spectral, ['lint', '-r', ruleset, file, '-f', 'json', '--quiet'], { maxBuffer: 64 * 1024 * 1024 }).then(
      (done) => done.stdout,
      (failed: { stdout?: string }) => failed.stdout ?? '',
    );
    return JSON.parse(output || '[]') as SpectralResult[];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const describeResult = (r: SpectralResult) => `${r.code} at ${r.path.join(' > ')}: ${r.message}`;

let t: TestApp;
let results: SpectralResult[];
beforeAll(async () => {
  t = await testApp();
  const response = await t.anonymous().get('/api/v1/openapi.json');
  expect(response.statusCode).toBe(200);
  results = await lint(response.json());
}, 120_000);
afterAll(async () => t?.close());

describe('the OpenAPI document follows the Dutch API Design Rules (Logius ruleset)', () => {
  it('has no errors', () => {
    const errors = results.filter((r) => r.severity === 0).map(describeResult);
    expect(errors, errors.slice(0, 40).join('\n')).toEqual([]);
  });
});
