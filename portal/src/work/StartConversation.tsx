import type { NewConversation, PlanView } from '@onsplan/shared';
import { useTranslation } from 'react-i18next';
import { api, ApiProblem } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi } from '../api/useApi.ts';
import { ConversationForm, type ConversationDraft, type ConversationWords, type SendOutcome } from '../components/ConversationForm/ConversationForm.tsx';
import { useProblemWords } from './useFormWords.ts';

const wordKeys = [
  'title', 'intro', 'to', 'toLeden', 'toVolwassenen', 'toGezin', 'members', 'about', 'aboutPlan', 'body', 'bodyHint', 'send', 'busy', 'sent', 'errorMembers', 'errorBody',
] as const satisfies readonly (keyof ConversationWords)[];

/**
 * "Gesprek beginnen" in the workspace: on the family page to chosen members, on a member's page to
 * that member. The items offered are those of the current plan; the server decides who reads it.
 */
export function StartConversation({ familyId, members, fixed }: { familyId: string; members: readonly { id: string; name: string }[]; fixed?: { id: string; name: string } }) {
  const { t } = useTranslation('werk');
  const problemWords = useProblemWords();
  const plan = useApi<PlanView>(paths.plan(familyId));
  const items = plan.state.kind === 'ready' ? plan.state.data.items.map((i) => ({ key: i.key, label: i.what })) : [];
  const words = Object.fromEntries(wordKeys.map((k) => [k, t(`conversation.${k}`)])) as Omit<ConversationWords, 'summaryTitle' | 'introFixed'>;

  async function send(draft: ConversationDraft): Promise<SendOutcome> {
    const body: NewConversation = { clientId: crypto.randomUUID(), to: draft.to, body: draft.body, ...(draft.itemKey ? { itemKey: draft.itemKey } : {}) };
    try {
      await api(paths.conversations(familyId), { method: 'POST', body });
      return { ok: true };
    } catch (error) {
      const code = error instanceof ApiProblem ? error.code : 'interne-fout';
      const field = error instanceof ApiProblem && error.fields.includes('body') ? 'body' : error instanceof ApiProblem && error.fields.includes('to') ? 'to' : 'general';
      return { ok: false, field, message: problemWords(code, undefined) };
    }
  }

  return <ConversationForm id="gesprek" words={{ ...words, summaryTitle: t('form.summaryTitle'), introFixed: (name) => t('conversation.introFixed', { name }) }} members={members} items={items} onSend={send} {...(fixed ? { fixed } : {})} />;
}
