import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README must work as written from a fresh clone: every file it (or docs/) points to is in the
 * repository. It once sent readers to `../shared/DOMAIN.md`, a folder beside the clone that only the
 * machine it was written on has.
 */
const root = resolve(new URL('../../', import.meta.url).pathname);
const docs = ['README.md', ...readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];

/** Targets of Markdown links and images, and documents named as code (`docs/domein.md`). */
function references(markdown: string): string[] {
  const withoutCodeBlocks = markdown.replace(/```[\s\S]*?```/g, '');
  const links = [...withoutCodeBlocks.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const autolinks = [...withoutCodeBlocks.matchAll(/<([^>\s]+)>/g)].map((m) => m[1]!).filter((t) => /^[a-z][\w+.-]*:/i.test(t));
  // A document named as code is still one to open (`../shared/DOMAIN.md` was written so); source
  // paths as code are often relative to a workspace (`src/data/…` under api/) and stay out.
  const codePaths = [...withoutCodeBlocks.matchAll(/`([^`\s]+\.md)`/g)].map((m) => m[1]!);
  return [...links, ...autolinks, ...codePaths];
}

const isExternal = (target: string) => /^[a-z][\w+.-]*:/i.test(target);

describe('links in the README and docs/', () => {
  it('finds the documents and their links', () => {
    expect(docs).toContain('docs/domein.md');
    expect(references(readFileSync(join(root, 'README.md'), 'utf8'))).toContain('docs/domein.md');
  });

  it.each(docs)('%s points only to files inside the repository that exist', (doc) => {
    const broken = references(readFileSync(join(root, doc), 'utf8'))
      .filter((target) => !isExternal(target) && !target.startsWith('#'))
      .filter((target) => {
        const path = decodeURIComponent(target.split('#')[0]!);
        // Links are relative to the document; paths written as code are meant from the repository root.
        const candidates = [resolve(dirname(join(root, doc)), path), resolve(root, path)];
        return !candidates.some((file) => !relative(root, file).startsWith('..') && existsSync(file));
      });
    expect(broken).toEqual([]);
  });

  it('web addresses are only the ones a reader opens on this machine, or public ones', () => {
    const local = docs.flatMap((doc) => references(readFileSync(join(root, doc), 'utf8')).filter((t) => /^https?:\/\/(127\.|0\.0\.0\.0|\[::1\])/.test(t)));
    // The portal is opened as localhost: a passkey made on 127.0.0.1 does not work on localhost.
    expect(local).toEqual([]);
  });
});
