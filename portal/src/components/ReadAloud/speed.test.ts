import { describe, expect, it } from 'vitest';
import { readSpeeds, speedStorageKey, storedSpeed, storeSpeed } from './speed.ts';

const memoryStorage = () => {
  const values = new Map<string, string>();
  return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
};

describe('the reading speed on this device', () => {
  it('is normal until the member chooses, then the speed she chose', () => {
    const storage = memoryStorage();
    expect(storedSpeed(storage)).toBe('normal');
    storeSpeed('slow', storage);
    expect(storedSpeed(storage)).toBe('slow');
    expect(readSpeeds[storedSpeed(storage)]).toBeLessThan(readSpeeds.normal);
  });

  it('is normal for a stored value it does not know, and when storage cannot be used', () => {
    expect(storedSpeed({ getItem: (k) => (k === speedStorageKey ? 'toString' : null) })).toBe('normal');
    expect(storedSpeed({ getItem: () => { throw new Error('private mode'); } })).toBe('normal');
    expect(() => storeSpeed('fast', { setItem: () => { throw new Error('full'); } })).not.toThrow();
    expect(storedSpeed(undefined)).toBe('normal');
  });
});
