import { glossaryTerms, type GlossaryId, type GlossaryTerm } from './terms.ts';

/** A stretch of a text: plain, or a glossary word exactly as the text spells it. */
export type GlossarySegment = { text: string } | { text: string; term: GlossaryId };

/** One place where a glossary word stands in a text. */
export interface GlossaryMatch {
  term: GlossaryId;
  start: number;
  end: number;
}

// A word boundary that knows Dutch letters (é, ë, ï): \b would see "geënt" as two words.
const letter = /[\p{L}\p{N}]/u;
const isLetter = (char: string | undefined) => char !== undefined && letter.test(char);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One expression over every form, longest first, so "eigen verklaringen" wins over "eigen verklaring". */
function formsPattern(terms: readonly GlossaryTerm[]): { pattern: RegExp; termOf: Map<string, GlossaryId> } {
  const termOf = new Map<string, GlossaryId>();
  for (const term of terms) for (const form of term.forms) termOf.set(form.toLowerCase(), term.id as GlossaryId);
  const forms = [...termOf.keys()].sort((a, b) => b.length - a.length);
  // Spaces inside a form match any run of white space, as a line break in a text does.
  return { pattern: new RegExp(forms.map((f) => escape(f).replace(/ /g, '\\s+')).join('|'), 'giu'), termOf };
}

const standard = formsPattern(glossaryTerms);

/** Every whole-word occurrence of a glossary word in a text, in order; never a word inside another word. */
export function findGlossaryWords(text: string, terms: readonly GlossaryTerm[] = glossaryTerms): GlossaryMatch[] {
  const { pattern, termOf } = terms === glossaryTerms ? standard : formsPattern(terms);
  const found: GlossaryMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isLetter(text[start - 1]) || isLetter(text[end])) continue;
    const term = termOf.get(match[0].toLowerCase().replace(/\s+/g, ' '));
    if (term) found.push({ term, start, end });
  }
  return found;
}

/**
 * The text cut into segments with the FIRST occurrence of each glossary word marked (issue 11: "Wat
 * betekent dit?" once per section, not on every repeat, which would make a paragraph a row of buttons).
 * `alreadyExplained` holds the terms marked earlier in the same section; it is not changed.
 * Joining the segments' texts always gives the text back unchanged.
 */
export function markGlossaryWords(text: string, alreadyExplained: ReadonlySet<GlossaryId> = new Set()): GlossarySegment[] {
  const segments: GlossarySegment[] = [];
  const marked = new Set(alreadyExplained);
  let at = 0;
  for (const match of findGlossaryWords(text)) {
    if (marked.has(match.term)) continue;
    marked.add(match.term);
    if (match.start > at) segments.push({ text: text.slice(at, match.start) });
    segments.push({ text: text.slice(match.start, match.end), term: match.term });
    at = match.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}

/**
 * Several texts of one section (a plan item's what, who and when; a heading and its paragraph) marked
 * together: each term once, in the first text that has it.
 */
export function markGlossarySection(texts: readonly string[], alreadyExplained: ReadonlySet<GlossaryId> = new Set()): GlossarySegment[][] {
  const seen = new Set(alreadyExplained);
  return texts.map((text) => {
    const segments = markGlossaryWords(text, seen);
    for (const s of segments) if ('term' in s) seen.add(s.term);
    return segments;
  });
}
