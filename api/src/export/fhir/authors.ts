import type { CommentAuthorView } from '@onsplan/shared';
import type { ExportContext } from './context.ts';
import { displayReference, type Ref } from './ids.ts';

/**
 * Who wrote or shared something, as the JSON export names her: the member herself as the Patient,
 * anyone else only by the name the member may see ("Ria namens Samira", "Fatima Yılmaz, Regisseur").
 */
export function authorReference(author: CommentAuthorView, context: ExportContext): Ref {
  if (author.isMe && author.kind === 'member') return context.patient;
  const name = author.name ?? (author.kind === 'professional' ? 'Een professional' : 'Een gezinslid');
  if (author.onBehalfOf) return displayReference(`${name} namens ${author.onBehalfOf}`);
  if (author.kind === 'professional') return displayReference(author.jobTitle ? `${name}, ${author.jobTitle}` : name, 'Practitioner');
  return displayReference(name);
}
