import { isOpen, type CorrectieDeadlineView, type CorrectieverzoekView } from '@onsplan/shared';
import type { TFunction } from 'i18next';
import { formatDate } from '../../format.ts';

type T = TFunction<'werk'>;

/**
 * The deadline as the professional must read it: the day she has to decide by and whether it is the
 * statutory or the extended term. Never the member's "U krijgt antwoord uiterlijk op …".
 */
export function deadlineText(deadline: CorrectieDeadlineView, open: boolean, lng: string, t: T): string {
  const date = formatDate(deadline.dueOn, lng);
  if (!open) return t('corrections.deadline.decided', { date });
  if (deadline.overdue) return t('corrections.deadline.overdue', { date });
  return t(deadline.extendedDueOn ? 'corrections.deadline.dueExtended' : 'corrections.deadline.due', { date });
}

/** What a request is about: the text it names, or for a personal field the field's kind (never its value). */
export function aboutText(target: CorrectieverzoekView['target'], t: T): string {
  if (!target.label) return t(`corrections.target.${target.kind}`);
  if (target.kind === 'member-field') return t(`corrections.field.${target.label}`, { defaultValue: t('corrections.target.member-field') });
  return target.label;
}

/** Who asked: the member, or the helper who asked on the member's behalf. */
export function requesterText(requester: CorrectieverzoekView['requester'], t: T): string {
  if (!requester.name) return '';
  return requester.byHelper ? t('corrections.facts.byHelper', { name: requester.byHelper, member: requester.name }) : requester.name;
}

/** Soonest deadline first; decided requests after the open ones. */
export function byDeadline<R extends Pick<CorrectieverzoekView, 'deadline' | 'status'>>(requests: readonly R[]): R[] {
  const open = (r: R) => isOpen(r.status);
  return [...requests].sort((a, b) => Number(open(b)) - Number(open(a)) || a.deadline.dueOn.localeCompare(b.deadline.dueOn));
}
