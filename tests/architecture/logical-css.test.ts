import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Member screens also show in Arabic, right to left: a physical left or right in their CSS stays on
 * the same side and breaks the mirrored layout. Logical properties (inline-start/end) turn with `dir`.
 * The workspace is Dutch only and keeps its own CSS.
 */
const portal = new URL('../../portal/src/', import.meta.url).pathname;
const workspaceOnly = (path: string) => path.startsWith('work/') || path.startsWith('components/WorkLayout/');

const physical = [
  /\b(margin|padding|border|scroll-margin|scroll-padding)-(left|right)\b/,
  /(^|[\s;{])(left|right)\s*:/,
  /\b(text-align|float|clear)\s*:\s*(left|right)\b/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
];
// The same mistakes in a style prop of a component (only inside style={{…}}: `left` is also a word in texts).
const physicalStyle = /\b(marginLeft|marginRight|paddingLeft|paddingRight|borderLeft\w*|borderRight\w*|left|right)\s*:|textAlign\s*:\s*['"](left|right)/;
const physicalInline = { test: (tsx: string) => [...tsx.matchAll(/style=\{\{([^}]*)\}\}/g)].some((m) => physicalStyle.test(m[1]!)) };

/** The lines of a stylesheet that place something on a physical side. */
function physicalLines(css: string, pattern: RegExp[] = physical): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return withoutComments.split('\n').filter((line) => pattern.some((p) => p.test(line)));
}

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), ending) : ending.test(e.name) ? [join(dir, e.name)] : []));
}

const memberFiles = (ending: RegExp) => files(portal, ending).filter((f) => !workspaceOnly(relative(portal, f)));

describe('member CSS is written in logical properties', () => {
  it('finds the physical ones it looks for', () => {
    expect(physicalLines('a { margin-left: 1rem; }\n/* right: 0 */\nb { inset-inline-start: 0; right: 0 }\nc { text-align: right; border-top-left-radius: 2px }')).toEqual([
      'a { margin-left: 1rem; }',
      'b { inset-inline-start: 0; right: 0 }',
      'c { text-align: right; border-top-left-radius: 2px }',
    ]);
    expect(physicalLines('a { padding-inline-end: 1rem; text-align: start; inset-inline-start: 0 }')).toEqual([]);
    expect(physicalInline.test('style={{ marginLeft: 4 }}')).toBe(true);
    expect(physicalInline.test('style={{ inlineSize: "10%" }}')).toBe(false);
    expect(physicalInline.test("t('documents.room', { left: size })")).toBe(false);
  });

  it('has no margin, padding, border, position or alignment on a physical side in any member stylesheet', () => {
    const stylesheets = memberFiles(/\.css$/);
    expect(stylesheets.map((f) => relative(portal, f))).toContain('styles/app.css');
    const found = stylesheets.flatMap((f) => physicalLines(readFileSync(f, 'utf8')).map((line) => `${relative(portal, f)}: ${line.trim()}`));
    expect(found).toEqual([]);
  });

  it('has none in a style prop of a member component either', () => {
    const found = memberFiles(/\.tsx$/).filter((f) => physicalInline.test(readFileSync(f, 'utf8')));
    expect(found.map((f) => relative(portal, f))).toEqual([]);
  });
});
