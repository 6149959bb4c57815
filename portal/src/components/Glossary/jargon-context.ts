import { createContext, useContext } from 'react';

/**
 * Whether jargon on this screen gets "Wat betekent dit?". On for member screens (the member Page turns
 * it on); off in the professional workspace, where the same components show plan items to people who
 * know the words.
 */
export const ExplainJargonContext = createContext(false);

export const useExplainJargon = () => useContext(ExplainJargonContext);

/** The id of the one hidden sentence every glossary word points to, telling a screen reader user what the button does. */
export const glossaryHintId = 'onsplan-glossary-hint';
