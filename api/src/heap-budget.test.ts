import { describe, expect, it } from 'vitest';
import { apiEnvironment, apiNodeOptions, defaultHeapMb } from './heap-budget.ts';

describe('the API process heap ceiling', () => {
  it('is API_HEAP_MB, or the default', () => {
    expect(apiNodeOptions({})).toEqual([`--max-old-space-size=${defaultHeapMb}`]);
    expect(apiNodeOptions({ API_HEAP_MB: '600' })).toEqual(['--max-old-space-size=600']);
  });

  it('refuses a ceiling too small to serve, or a snapshot cache that leaves no room for the work', () => {
    expect(() => apiNodeOptions({ API_HEAP_MB: 'veel' })).toThrow('API_HEAP_MB moet een heel getal van 1 of meer zijn, niet "veel".');
    expect(() => apiNodeOptions({ API_HEAP_MB: '100' })).toThrow('API_HEAP_MB moet minstens 160 zijn');
    expect(() => apiNodeOptions({ SNAPSHOT_CACHE_MB: '200' })).toThrow('SNAPSHOT_CACHE_MB (200) mag hoogstens de helft van API_HEAP_MB (320) zijn');
    expect(apiNodeOptions({ API_HEAP_MB: '400', SNAPSHOT_CACHE_MB: '200' })).toEqual(['--max-old-space-size=400']);
  });

  it('keeps malloc to two arenas unless MALLOC_ARENA_MAX says otherwise', () => {
    expect(apiEnvironment({})).toEqual({ MALLOC_ARENA_MAX: '2' });
    expect(apiEnvironment({ MALLOC_ARENA_MAX: '4' })).toEqual({ MALLOC_ARENA_MAX: '4' });
  });
});
