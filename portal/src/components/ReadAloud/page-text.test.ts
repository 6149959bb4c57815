import { describe, expect, it } from 'vitest';
import { pageSpeechParts, skipAttribute, type ReadableNode } from './page-text.ts';

/** A tiny stand-in for the DOM: what pageSpeechParts reads of an element and a text. */
const text = (value: string): ReadableNode => ({ nodeType: 3, nodeValue: value, childNodes: [] });
const el = (tagName: string, attributes: Record<string, string>, ...children: (ReadableNode | string)[]): ReadableNode => ({
  nodeType: 1,
  nodeValue: null,
  tagName,
  getAttribute: (name) => attributes[name] ?? null,
  childNodes: children.map((c) => (typeof c === 'string' ? text(c) : c)),
});
const hiddenBy = (attribute: string) => (node: ReadableNode) => (node.getAttribute?.(attribute) ?? null) !== null;
const read = (root: ReadableNode, lang = 'nl-NL') => pageSpeechParts(root, { lang, isHidden: hiddenBy('data-hidden'), speechTag: (l) => (l === 'nl' ? 'nl-NL' : l) });

describe('what "Lees deze pagina voor" says', () => {
  it('reads heading, text, form label and hint in the order of the page, each as a sentence', () => {
    const main = el(
      'main',
      {},
      el('h1', {}, 'Eigen verklaring schrijven'),
      el('p', {}, 'Schrijf op hoe u het ziet.'),
      el('div', { class: 'onsplan-field' }, el('label', { for: 'x' }, 'Uw verklaring'), el('p', { class: 'onsplan-field__hint' }, 'Gebruik uw eigen woorden.'), el('textarea', {}, 'wat de member typte')),
      el('ul', {}, el('li', {}, 'Eén'), el('li', {}, 'Twee')),
    );
    expect(read(main).map((p) => p.text)).toEqual(['Eigen verklaring schrijven.', 'Schrijf op hoe u het ziet.', 'Uw verklaring.', 'Gebruik uw eigen woorden.', 'Eén.', 'Twee.']);
  });

  it('keeps words inside a sentence together: links, bold text and a glossary word are part of their sentence', () => {
    const p = el('p', {}, 'Bel ', el('a', { href: 'tel:112' }, '112'), ' of geef ', el('button', { class: 'onsplan-glossary__word', 'aria-expanded': 'false' }, 'toestemming'), ' ', el('strong', {}, 'nu'), '.');
    expect(read(p)).toEqual([{ text: 'Bel 112 of geef toestemming nu.', lang: 'nl-NL' }]);
  });

  it('leaves out buttons, form values, hidden content and what is marked to skip (the read-aloud control, status lines)', () => {
    const main = el(
      'main',
      {},
      el('h1', {}, 'Plan'),
      el('p', { [skipAttribute]: '' }, el('button', {}, 'Lees deze pagina voor'), el('label', {}, 'Hoe snel?')),
      el('p', { 'data-hidden': '' }, 'Alleen voor de printer'),
      el('select', {}, el('option', {}, 'Normaal')),
      el('p', {}, el('button', {}, 'Lees voor')),
      el('p', {}, 'Zichtbaar'),
    );
    expect(read(main).map((p) => p.text)).toEqual(['Plan.', 'Zichtbaar.']);
  });

  it("gives each part the language it is written in: the plan's Dutch inside an Arabic screen", () => {
    const main = el('main', {}, el('p', {}, 'اتفاق'), el('h3', { lang: 'nl' }, 'Mark komt niet bij het huis.'), el('p', {}, 'من: ', el('span', { lang: 'nl' }, 'Mark')));
    expect(read(main, 'ar')).toEqual([
      { text: 'اتفاق.', lang: 'ar' },
      { text: 'Mark komt niet bij het huis.', lang: 'nl-NL' },
      { text: 'من:', lang: 'ar' },
      { text: 'Mark.', lang: 'nl-NL' },
    ]);
  });

  it('says an open "Wat betekent dit?" after its sentence, in the language it is written in', () => {
    const p = el(
      'p',
      { lang: 'nl' },
      'Dat mag alleen als u ',
      el('button', { class: 'onsplan-glossary__word' }, 'toestemming'),
      el('span', { class: 'onsplan-glossary__explanation', lang: 'en' }, el('strong', {}, 'What does this mean?'), ' Consent means: you say yes or no.'),
      ' geeft.',
    );
    expect(read(el('main', {}, p), 'en')).toEqual([
      { text: 'Dat mag alleen als u toestemming geeft.', lang: 'nl-NL' },
      { text: 'What does this mean? Consent means: you say yes or no.', lang: 'en' },
    ]);
  });

  it('says a fact as label and value: "Wie: Mark."', () => {
    const facts = el('dl', {}, el('div', {}, el('dt', {}, 'Wie'), el('dd', { lang: 'nl' }, 'Mark')), el('div', {}, el('dt', {}, 'Waar?'), el('dd', {}, 'Thuis')));
    expect(read(facts).map((p) => p.text)).toEqual(['Wie:', 'Mark.', 'Waar?', 'Thuis.']);
  });

  it('says nothing for an empty page', () => {
    expect(read(el('main', {}, el('div', {}, '  ')))).toEqual([]);
  });
});
