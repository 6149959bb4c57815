import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('settings', () => {
  it('NEUTRAL_SITE: a neutral default, any whole http(s) address, and a clear error for anything else', () => {
    expect(loadConfig({}).neutralSite).toBe('https://www.google.com/');
    expect(loadConfig({ NEUTRAL_SITE: 'https://www.nu.nl' }).neutralSite).toBe('https://www.nu.nl/');
    expect(() => loadConfig({ NEUTRAL_SITE: 'nu.nl' })).toThrow('NEUTRAL_SITE is geen webadres: "nu.nl". Gebruik een heel adres, bijvoorbeeld https://www.nu.nl/');
    expect(() => loadConfig({ NEUTRAL_SITE: 'javascript:alert(1)' })).toThrow('NEUTRAL_SITE moet met https:// of http:// beginnen');
  });
});
