import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../test/db.ts';
import { testApp, type TestApp } from '../test/harness.ts';
import { enterFamily, type FamilyScope } from './family-scope.ts';
import { FamilyStore } from './family-store.ts';
import { PrincipalDirectory } from './principals.ts';

/**
 * "Bekijk als" hands the data layer a scope through a member's (or helper's) lens. Such a scope is
 * only a lens: it must not exist for anyone but the family's professional, and it must not act,
 * write or log, for whatever it did would carry the member's name ("namens Samira") or be a write
 * as that member.
 */
let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => t.world.families.flatMap((f) => f.members).find((m) => m.key === key)!.id;

async function scopeOf(person: string): Promise<FamilyScope> {
  const principal = (await new PrincipalDirectory(t.db).resolve(t.userIdOf(person)))!;
  const deps = { store: new FamilyStore(t.db), log: t.services.log, db: t.db, clock: t.clock };
  return enterFamily(deps, principal, null, t.clock.now(), jansen().id);
}

function code(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe(`a preview scope on ${testEngine()}`, () => {
  it('reads as the member, but cannot act, write or log as anyone', async () => {
    const fatima = await scopeOf('fatima');
    const asMark = fatima.throughMember(memberId('mark'));
    expect(asMark.isPreview).toBe(true);
    expect(asMark.selfMemberId).toBe(memberId('mark'));
    expect(code(() => asMark.memberActor())).toBe('niet-toegestaan');
    expect(code(() => asMark.authorize('reageren'))).toBe('niet-toegestaan');
    expect(code(() => asMark.professionalActor())).toBe('niet-toegestaan');
    await expect(asMark.write(async () => 1)).rejects.toMatchObject({ code: 'niet-toegestaan' });
    await expect(asMark.record('lezen', 'plan', [], [memberId('mark')])).rejects.toMatchObject({ code: 'niet-toegestaan' });
    // Nor can a preview be turned into another preview.
    expect(code(() => asMark.throughMember(memberId('samira')))).toBe('niet-toegestaan');
  });

  it('is for a professional only, and only for a member of her own family', async () => {
    const samira = await scopeOf('samira');
    expect(code(() => samira.throughMember(memberId('mark')))).toBe('niet-toegestaan');
    const ria = await scopeOf('ria');
    expect(code(() => ria.throughMember(memberId('mark')))).toBe('niet-toegestaan');
    const fatima = await scopeOf('fatima');
    const otherFamily = t.world.families.find((f) => f.key !== 'jansen')!.members[0]!.id;
    expect(code(() => fatima.throughMember(otherFamily))).toBe('niet-gevonden');
  });
});
