import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpI18n } from '../../i18n.ts';
import { Explained } from './Explained.tsx';
import { ExplainJargonContext, glossaryHintId } from './jargon-context.ts';

beforeAll(async () => {
  await setUpI18n();
});

const onMemberScreen = (text: string) =>
  renderToStaticMarkup(
    <ExplainJargonContext.Provider value={true}>
      <Explained text={text} />
    </ExplainJargonContext.Provider>,
  );
const words = (html: string) => html.replace(/<[^>]+>/g, '');

describe('"Wat betekent dit?" in a member text', () => {
  it('makes the first jargon word a closed disclosure button, pointing to the hint, and leaves the text as it was', () => {
    const text = 'Heeft iemand een contactverbod met u? Dan geldt het contactverbod ook hier.';
    const html = onMemberScreen(text);
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain(`<button type="button" class="onsplan-glossary__word" aria-expanded="false" aria-describedby="${glossaryHintId}">contactverbod</button>`);
    // Closed, the explanation is not in the page: not read aloud, not found by a search, not in the heading's text.
    expect(html).not.toContain('elkaar niet zien');
    expect(words(html)).toBe(text);
  });

  it('leaves a text without jargon as plain text', () => {
    expect(onMemberScreen('Mark komt niet bij het huis.')).toBe('Mark komt niet bij het huis.');
  });

  it('marks nothing in the professional workspace, where the same components show the plan', () => {
    expect(renderToStaticMarkup(<Explained text="Er is een contactverbod." />)).toBe('Er is een contactverbod.');
  });
});
