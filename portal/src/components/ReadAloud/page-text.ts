import type { Utterance } from './speech.ts';

/**
 * The little of the DOM that collecting a page's text needs, so the rule is tested without a browser:
 * a real Element and Text satisfy it.
 */
export interface ReadableNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<ReadableNode>;
  tagName?: string;
  getAttribute?(name: string): string | null;
}

const textNode = 3;
const elementNode = 1;

/** Words inside a sentence: they continue the text around them instead of starting a new part. */
const inline = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CODE', 'EM', 'I', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'BR']);
/**
 * Never read: controls say what they do, not what the page says (their labels are read), and a value
 * the member typed is hers, not the page's. A glossary word is the exception: it is a word of its sentence.
 */
const neverRead = new Set(['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'DIALOG']);
/** Marks what the page reads aloud skips: the read-aloud control itself, and status lines for screen readers. */
export const skipAttribute = 'data-read-aloud-skip';

export interface PageTextOptions {
  /** The language of the page when no element says otherwise (BCP 47, e.g. nl-NL). */
  lang: string;
  /** What the member cannot see: display none, hidden, visually hidden for screen readers only. */
  isHidden(element: ReadableNode): boolean;
  /** The speech tag for an element's lang attribute (nl becomes nl-NL). */
  speechTag?(lang: string): string;
}

/**
 * What "Lees deze pagina voor" says, in the order of the page: headings, paragraphs, form labels and
 * hints, list items, each a part of its own with the language it is written in (the plan's Dutch inside an
 * Arabic screen). Hidden content, controls and what is marked to skip are left out.
 */
export function pageSpeechParts(root: ReadableNode, { lang, isHidden, speechTag = (l) => l }: PageTextOptions): Utterance[] {
  const parts: Utterance[] = [];
  let current: Utterance | undefined;
  // A term of a list of facts ("Wie", "Wanneer") is said as a label, so "Wie: Mark." is heard, not two sentences.
  let inTerm = false;
  // An open "Wat betekent dit?" is said after its sentence, not in the middle of it.
  const afterSentence: Utterance[] = [];
  const flush = () => {
    const text = current?.text.replace(/\s+/g, ' ').trim();
    if (current && text) parts.push({ text: asSpoken(text, inTerm), lang: current.lang });
    current = undefined;
  };
  const walk = (node: ReadableNode, nodeLang: string) => {
    if (node.nodeType === textNode) {
      current ??= { text: '', lang: nodeLang };
      if (current.lang !== nodeLang && node.nodeValue?.trim()) {
        flush();
        current = { text: '', lang: nodeLang };
      }
      current.text += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== elementNode) return;
    const attribute = (name: string) => node.getAttribute?.(name) ?? null;
    const tag = node.tagName?.toUpperCase() ?? '';
    const isGlossaryWord = tag === 'BUTTON' && /\bonsplan-glossary__word\b/.test(attribute('class') ?? '');
    if ((neverRead.has(tag) && !isGlossaryWord) || attribute(skipAttribute) !== null || isHidden(node)) return;
    if (node !== root && /\bonsplan-glossary__explanation\b/.test(attribute('class') ?? '')) {
      afterSentence.push(...pageSpeechParts(node, { lang: nodeLang, isHidden, speechTag }));
      return;
    }
    const ownLang = attribute('lang');
    const childLang = ownLang ? speechTag(ownLang) : nodeLang;
    const block = !inline.has(tag) && !isGlossaryWord;
    if (block) flush();
    if (tag === 'DT') inTerm = true;
    for (const child of Array.from(node.childNodes)) walk(child, childLang);
    if (block) {
      flush();
      parts.push(...afterSentence.splice(0));
    }
    if (tag === 'DT') inTerm = false;
  };
  walk(root, lang);
  flush();
  return [...parts, ...afterSentence];
}

/** A heading without a full stop still gets a pause after it, as a reader takes a breath; a term gets a colon. */
function asSpoken(text: string, term: boolean): string {
  if (/[.?!:;]$/.test(text)) return text;
  return term ? `${text}:` : `${text}.`;
}

/** In a browser: what the member does not see, so it is not read either. */
export function hiddenInBrowser(element: ReadableNode): boolean {
  const el = element as unknown as HTMLElement;
  if (el.hidden || el.getAttribute('aria-hidden') === 'true' || el.classList.contains('onsplan-visually-hidden')) return true;
  return typeof el.checkVisibility === 'function' ? !el.checkVisibility() : false;
}
