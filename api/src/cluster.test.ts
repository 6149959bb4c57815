import { describe, expect, it } from 'vitest';
import { workerPlan } from './cluster.ts';
import { loadConfig } from './config.ts';

describe('WORKERS: how many API processes npm start runs', () => {
  it('one by default, and one with the embedded database however many are asked, saying why', () => {
    expect(workerPlan(loadConfig({}))).toEqual({ workers: 1 });
    const embedded = workerPlan(loadConfig({ WORKERS: '4' }));
    expect(embedded.workers).toBe(1);
    expect(embedded.note).toContain('de ingebouwde database (PGlite) werkt met één proces');
    expect(embedded.note).toContain('DATABASE_URL');
  });

  it('N on PostgreSQL, naming the connections they take together: N × (pool + 1)', () => {
    const plan = workerPlan(loadConfig({ WORKERS: '3', DATABASE_URL: 'postgresql://localhost/onsplan', DATABASE_POOL_SIZE: '8' }));
    expect(plan.workers).toBe(3);
    expect(plan.note).toContain('elk met 8 + 1 verbindingen');
    expect(plan.note).toContain('samen 27 van max_connections');
  });

  it('a typo in WORKERS or DATABASE_POOL_SIZE stops the start with a clear line', () => {
    expect(() => loadConfig({ WORKERS: 'twee' })).toThrow('WORKERS moet een heel getal van 1 of meer zijn, niet "twee".');
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow('DATABASE_POOL_SIZE moet een heel getal van 1 of meer zijn');
  });
});
