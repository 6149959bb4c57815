import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { allAnswered, olderVersion, someOpen } from './InstemmingReminders.examples.ts';
import { InstemmingReminders } from './InstemmingReminders.tsx';

const render = (props: typeof someOpen) => renderToStaticMarkup(<InstemmingReminders {...props} onRemind={async () => ({ ok: true, names: [] })} />);

describe('InstemmingReminders', () => {
  it('lists who has not answered, with the day each was reminded, and one button for all', () => {
    const html = render(someOpen);
    expect(html).toContain('Mark: <span class="onsplan-meta">herinnerd op 30 november</span>');
    expect(html).toContain('Noor: <span class="onsplan-meta">nog niet herinnerd</span>');
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toMatch(/<button[^>]*type="button"[^>]*>Herinnering sturen<\/button>/);
  });

  it('has no button when everyone answered, and says so', () => {
    const html = render(allAnswered);
    expect(html).toContain('Iedereen heeft gereageerd op deze versie.');
    expect(html).not.toContain('<button');
  });

  it('has no button on an older version, which cannot be answered any more', () => {
    expect(render(olderVersion)).not.toContain('<button');
  });
});
