import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No citizen sentence on a professional screen (issue 10): the workspace speaks from its own
 * namespace `werk`. The member namespace (`translation`) is written to a citizen ("U krijgt antwoord
 * uiterlijk op …"), so a workspace module may read from it only words the member reads too, each
 * prefix here with its reason. Anything else is a workspace word and belongs in werk.nl.json.
 */
const allowedMemberWords: Record<string, string> = {
  'problem.': 'the error catalogue: one general text per code where the workspace has no words of its own',
  'invitationLetter.': 'the invitation letter is printed for the member and read by her',
  'plan.section.': '"Bekijk als" shows the plan exactly as the member will read it',
  'plan.empty': '"Bekijk als" says what the member\'s own plan page says when nothing is for her',
};

/**
 * Shared components a workspace module imports that take some words from the member namespace
 * themselves. Each is here because those words are the member's on purpose, or are not sentences.
 */
const allowedMemberComponents: Record<string, string> = {
  'components/PlanItem/PlanItem.tsx': '"Bekijk als" renders the item as the member will read it',
  'components/Readers/Readers.tsx': '"Bekijk als" shows "Wie ziet dit?" under each item as the member will read it, in her "je" or "u"',
  'components/ConfirmStep/ConfirmStep.tsx': 'only its busy word and a default "Nee"; the workspace passes its own answers',
  'components/FamilyPage/FamilyPage.tsx': 'only BackLink is imported, and it takes its label as a prop',
};

const portal = resolve(new URL('../../portal/src', import.meta.url).pathname);
const workDir = join(portal, 'work');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [join(dir, e.name)] : [],
  );
}

/** The keys a module reads from the member namespace: through a default-namespace `t`, or with `ns: 'translation'`. */
function memberKeys(source: string): string[] {
  const names = [...source.matchAll(/const \{([^}]*)\} = useTranslation\(\s*\)/g)].flatMap((m) =>
    m[1]!
      .split(',')
      .map((part) => /^\s*t\s*(?::\s*(\w+))?\s*$/.exec(part))
      .filter((found) => found !== null)
      .map((found) => found[1] ?? 't'),
  );
  const keys = names.flatMap((name) => [...source.matchAll(new RegExp(`\\b${name}\\(\\s*['\`]([^'\`]+)['\`]`, 'g'))].map((m) => m[1]!));
  const withNs = [...source.matchAll(/\bt\(\s*['`]([^'`]+)['`][^)]*ns:\s*'translation'/g)].map((m) => m[1]!);
  const prefixed = [...source.matchAll(/['`]translation:([^'`]+)['`]/g)].map((m) => m[1]!);
  return [...keys, ...withNs, ...prefixed];
}

const speaksMember = (source: string) => /useTranslation\(\s*\)/.test(source);

describe('words on professional screens', () => {
  const files = sourceFiles(workDir);

  it('finds the workspace modules', () => expect(files.length).toBeGreaterThan(20));

  it('recognises a member word however it is read', () => {
    const source = `const { t } = useTranslation('werk'); const { i18n, t: m } = useTranslation();\nm('correction.deadline.left'); t('problem.x', { ns: 'translation' }); t('translation:instemming.title')`;
    expect(memberKeys(source)).toEqual(['correction.deadline.left', 'problem.x', 'instemming.title']);
    expect(memberKeys(`const { t } = useTranslation('werk'); t('today.title')`)).toEqual([]);
  });

  it.each(files.map((f) => [relative(portal, f), f]))('%s reads from the member namespace only words the member reads too', (_name, file) => {
    const keys = memberKeys(readFileSync(file, 'utf8'));
    const stray = keys.filter((key) => !Object.keys(allowedMemberWords).some((prefix) => key.startsWith(prefix)));
    expect(stray).toEqual([]);
  });

  it('imports no shared component that speaks to the member, except the reviewed ones', () => {
    const imported = new Set(
      files.flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from\s+'(\.[^']+)'/g)]
          .map((m) => resolve(dirname(file), m[1]!))
          .filter((target) => !target.startsWith(workDir) && existsSync(target)),
      ),
    );
    const speaking = [...imported].filter((target) => speaksMember(readFileSync(target, 'utf8'))).map((target) => relative(portal, target));
    expect(speaking.sort()).toEqual(Object.keys(allowedMemberComponents).sort());
  });
});
