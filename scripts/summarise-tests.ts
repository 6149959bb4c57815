// Reads vitest's JSON report and closes with "N passed, N failed[, N skipped]" alone on the last line.
// Usage: node scripts/summarise-tests.ts .test-output/vitest.json [vitest exit code]
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string }[];
}

const [file = '.test-output/vitest.json', exitArg = '0'] = process.argv.slice(2);
const vitestCode = Number(exitArg);

if (!existsSync(file)) {
  console.log(`FAILED: vitest wrote no report to ${file} (exit code ${vitestCode}).`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
const passed = report.numPassedTests;
const failed = report.numFailedTests;
const skipped = report.numPendingTests + report.numTodoTests;

// A file that fails to load has no failed test of its own; say so, so a red run is never a mystery.
const failedFiles = report.testResults.filter((r) => r.status === 'failed');
if (failedFiles.length) console.log(`Failed test files:\n${failedFiles.map((r) => `  ${r.name}`).join('\n')}`);
if (passed + failed === 0) console.log('FAILED: no test ran.');
else if (vitestCode !== 0 && failed === 0) console.log(`FAILED: vitest exited with code ${vitestCode}.`);

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || vitestCode !== 0 || passed + failed === 0 ? 1 : 0);
