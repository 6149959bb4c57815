export * from './types.ts';
export { lensFor, isDelegationActive, type Lens, type MemberLens, type MemberActing } from './lens.ts';
export { memberActingRules, professionalActingRules, type ActingRule } from './acting.ts';
export { decide, decideFor, mayEnterFamily } from './evaluate.ts';
export { memberRules, professionalRules, beheerderRules, inactiveHelperRules, type Rule } from './rules.ts';
export { memberProfileGuarded } from './envelopes.ts';
export { commentEnvelope, replyEnvelope, eigenVerklaringEnvelope, documentEnvelope, conversationEnvelope, consentQuestionEnvelope, writtenGuarded, type Envelope, type WrittenAudience, type DocumentReaders, type ConversationAddressees } from './written.ts';
export { scoreEnvelope, scoreGuarded, type ScoreReaders } from './score.ts';
