import type { Me } from '@onsplan/shared';

/** The screens of one family, as a path below /plan/:familyId, and who has them. */
export interface Screen {
  path: string;
  /** i18n key of the link text and the page title. */
  key: string;
  for: readonly Me['kind'][];
}

export const people = ['member', 'helper'] as const;
export const everyone = ['member', 'helper', 'professional'] as const;
export const professionals = ['professional'] as const;

export const screens: readonly Screen[] = [
];

export function screensFor(kind: Me['kind']): Screen[] {
  return screens.filter((s) => s.for.includes(kind));
}
