import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('settings', () => {
  it('NEUTRAL_SITE: a neutral default, any whole http(s) address, and a clear error for anything else', () => {
    expect(loadConfig({}).neutralSite).toBe('https://www.google.com/');
    expect(loadConfig({ NEUTRAL_SITE: 'https://www.nu.nl' }).neutralSite).toBe('https://www.nu.nl/');
    expect(() => loadConfig({ NEUTRAL_SITE: 'nu.nl' })).toThrow('NEUTRAL_SITE is geen webadres: "nu.nl". Gebruik een heel adres, bijvoorbeeld https://www.nu.nl/');
    expect(() => loadConfig({ NEUTRAL_SITE: 'javascript:alert(1)' })).toThrow('NEUTRAL_SITE moet met https:// of http:// beginnen');
  });

  it('COMPLAINTS_URL: unset by default, a whole https address, and a clear error for anything else', () => {
    expect(loadConfig({}).complaintsUrl).toBeUndefined();
    expect(loadConfig({ COMPLAINTS_URL: 'https://www.utrecht.nl/klachten' }).complaintsUrl).toBe('https://www.utrecht.nl/klachten');
    expect(() => loadConfig({ COMPLAINTS_URL: 'klachten' })).toThrow('COMPLAINTS_URL is geen webadres');
    expect(() => loadConfig({ COMPLAINTS_URL: 'javascript:alert(1)' })).toThrow('COMPLAINTS_URL moet met https:// beginnen');
  });

  it('cache sizes: whole numbers, with a clear error for anything else', () => {
    expect(loadConfig({}).snapshotCacheBytes).toBe(96 * 1024 * 1024);
    expect(loadConfig({ SNAPSHOT_CACHE_MB: '64' }).snapshotCacheBytes).toBe(64 * 1024 * 1024);
    expect(() => loadConfig({ SNAPSHOT_CACHE_MB: '64MB' })).toThrow('SNAPSHOT_CACHE_MB moet een heel getal van 1 of meer zijn, niet "64MB".');
    expect(() => loadConfig({ PRINCIPAL_CACHE_ENTRIES: '0' })).toThrow('PRINCIPAL_CACHE_ENTRIES moet een heel getal');
  });

  it('DATABASE_PREPARED_STATEMENTS: 500 by default, 0 for a pooler that cannot keep them, a clear error for anything else', () => {
    expect(loadConfig({}).preparedStatements).toBe(500);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: '0' }).preparedStatements).toBe(0);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: ' 200 ' }).preparedStatements).toBe(200);
    expect(() => loadConfig({ DATABASE_PREPARED_STATEMENTS: '-1' })).toThrow('DATABASE_PREPARED_STATEMENTS moet een heel getal van 0 of meer zijn, niet "-1".');
    expect(() => loadConfig({ DATABASE_PREPARED_STATEMENTS: 'geen' })).toThrow('DATABASE_PREPARED_STATEMENTS moet een heel getal van 0 of meer zijn');
  });
});
