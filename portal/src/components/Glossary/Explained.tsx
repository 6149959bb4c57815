import { markGlossaryWords, type GlossarySegment } from '@onsplan/shared';
import { Fragment, type ReactNode } from 'react';
import { GlossaryWord } from './GlossaryWord.tsx';
import { useExplainJargon } from './jargon-context.ts';

/**
 * Segments of a text with each marked glossary word as "Wat betekent dit?". `plain` renders the
 * stretches between them (e.g. with 112 as a link). Outside member screens the text stays as it is.
 */
export function ExplainedSegments({ segments, plain = (text) => text }: { segments: readonly GlossarySegment[]; plain?: (text: string) => ReactNode }) {
  const explain = useExplainJargon();
  if (!explain) return <>{plain(segments.map((s) => s.text).join(''))}</>;
  return (
    <>
      {segments.map((segment, i) => (
        <Fragment key={i}>{'term' in segment ? <GlossaryWord word={segment.text} term={segment.term} /> : plain(segment.text)}</Fragment>
      ))}
    </>
  );
}

/** One member text (a paragraph, an explanation, a hint) with the first occurrence of each jargon word explained. */
export function Explained({ text }: { text: string }) {
  return <ExplainedSegments segments={markGlossaryWords(text)} />;
}
