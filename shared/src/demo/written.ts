import { commentEnvelope, consentQuestionEnvelope, documentEnvelope, eigenVerklaringEnvelope, replyEnvelope, writtenGuarded, type Envelope } from '../visibility/written.ts';
import { scoreEnvelope, scoreGuarded } from '../visibility/score.ts';
import type { Guarded } from '../visibility/types.ts';
import { demoObjects, memberIdOf } from './facts.ts';
import type { DemoFamily } from './family.ts';

/**
 * Things family members write in the demo family, built the way the API builds them when they are
 * written (they are not seeded: the tests write them through the API). The grid decides them for
 * every demo person, so the rules for written objects are proven on the same family as the rest.
 */
export function demoWrittenObjects(family: DemoFamily): Map<string, Guarded> {
  const written = new Map<string, Guarded>();
  if (family.key !== 'jansen') return written;
  const objects = demoObjects(family);
  const target = (key: string) => objects.get(key)!;
  const member = (key: string) => memberIdOf(family, key);
  const bannedFor = (key: string) =>
    new Set(family.contactverboden.flatMap(([a, b]) => (a === key ? [member(b)] : b === key ? [member(a)] : [])));
  let n = 0;
  const add = (key: string, kind: Guarded['kind'], envelope: Envelope, dependsOn: Guarded[]) => {
    n += 1;
    const g = writtenGuarded(kind, `e0000000-0000-4000-8000-${String(n).padStart(12, '0')}`, family.id, envelope, dependsOn);
    written.set(key, g);
    return g;
  };

  // Samira about the whole plan, with the default audience: only the professionals.
  const bang = add('comment:samira-bang', 'comment', commentEnvelope(target('plan'), member('samira'), bannedFor('samira'), 'alleen-professionals'), [target('plan')]);
  add('reply:fatima-op-samira', 'comment', replyEnvelope(bang, null, new Set()), [bang]);
  // Samira about the whole plan, for everyone who sees the plan.
  const planComment = add('comment:samira-plan', 'comment', commentEnvelope(target('plan'), member('samira'), bannedFor('samira'), 'zoals-onderdeel'), [target('plan')]);
  add('reply:noor-op-samira', 'comment', replyEnvelope(planComment, member('noor'), bannedFor('noor')), [planComment]);
  // Samira's eigen verklaring on the item a professional shared across the contactverbod.
  add('verklaring:samira-niet-bij-huis', 'eigen-verklaring', eigenVerklaringEnvelope(target('item:niet-bij-huis'), member('samira'), bannedFor('samira')), [target('item:niet-bij-huis')]);
  // Mark's comment on that same shared item, and on his own item.
  add('comment:mark-niet-bij-huis', 'comment', commentEnvelope(target('item:niet-bij-huis'), member('mark'), bannedFor('mark'), 'zoals-onderdeel'), [target('item:niet-bij-huis')]);
  add('comment:mark-training', 'comment', commentEnvelope(target('item:training-mark'), member('mark'), bannedFor('mark'), 'zoals-onderdeel'), [target('item:training-mark')]);
  // Daan (13) about his own item: his parents with gezag see what he writes there, as they see the item.
  add('comment:daan-coach', 'comment', commentEnvelope(target('item:daan-coach'), member('daan'), bannedFor('daan'), 'zoals-onderdeel'), [target('item:daan-coach')]);
  // Noor (16) shares a photo with the professionals and Daan; it is not Daan's, so his age rules never widen it.
  add('document:noor-foto', 'document', documentEnvelope(member('noor'), { kind: 'leden', memberIds: [member('daan')] }), []);
  // Samira shares a letter with one organisation under a toestemming.
  add('document:samira-organisatie', 'document', documentEnvelope(member('samira'), { kind: 'organisatie', subject: member('samira') }), []);
  // A professional asks toestemming for a child's data. The deciders are those of the law
  // (shared/src/consent): Noor (16) alone, Daan (13) and both parents, for Mila (8) her parents.
  const question = (key: string, subject: string, deciders: string[]) =>
    add(key, 'toestemmingsverzoek', consentQuestionEnvelope(member(subject), deciders.map(member), family.contactverboden.map(([a, b]) => [member(a), member(b)] as const)), []);
  question('vraag:noor-gegevens', 'noor', ['noor']);
  question('vraag:daan-gegevens', 'daan', ['daan', 'samira', 'mark']);
  question('vraag:mila-gegevens', 'mila', ['samira', 'mark']);
  // Scores on a doel ("Hoe gaat het nu?"), with the default readers: only the professionals.
  const score = (key: string, writer: string, doel: string) => {
    n += 1;
    const dependsOn = [target('plan'), target(doel)];
    written.set(key, scoreGuarded(`e0000000-0000-4000-8000-${String(n).padStart(12, '0')}`, family.id, scoreEnvelope(member(writer), { kind: 'professionals' }, bannedFor(writer)), dependsOn));
  };
  score('score:samira-veilig', 'samira', 'item:veilig-thuis-samira');
  score('score:mark-training', 'mark', 'item:training-mark');
  return written;
}
