import type { ConversationTo } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { useState, type FormEvent } from 'react';
import { Choice } from '../Choice/Choice.tsx';
import { ErrorSummary } from '../ErrorSummary/ErrorSummary.tsx';
import { SelectField } from '../SelectField/SelectField.tsx';
import { TextArea } from '../TextArea/TextArea.tsx';

export interface ConversationWords {
  title: string;
  intro: string;
  /** The intro on a member's page, naming that member. */
  introFixed: (name: string) => string;
  to: string;
  toLeden: string;
  toVolwassenen: string;
  toGezin: string;
  members: string;
  about: string;
  aboutPlan: string;
  body: string;
  bodyHint: string;
  send: string;
  busy: string;
  sent: string;
  summaryTitle: string;
  errorMembers: string;
  errorBody: string;
}

/** What the form sends; the caller posts it and says what went wrong, per field. */
export interface ConversationDraft {
  to: ConversationTo;
  itemKey: string | null;
  body: string;
}

export type SendOutcome = { ok: true } | { ok: false; field: 'to' | 'body' | 'general'; message: string };

export interface ConversationFormProps {
  /** Unique on the page: the prefix of the form's ids. */
  id: string;
  words: ConversationWords;
  /** The members she can choose from; with one member and `fixed`, the form writes to that member only. */
  members: readonly { id: string; name: string }[];
  /** Writes to this member only (the member's own page): no audience to choose. */
  fixed?: { id: string; name: string };
  items: readonly { key: string; label: string }[];
  onSend: (draft: ConversationDraft) => Promise<SendOutcome>;
}

type Audience = ConversationTo['kind'];

/**
 * "Gesprek beginnen": a professional writes first, to one member, named members, all adults or the
 * whole family, about the plan or one item. Who will read it is decided by the server, which refuses
 * a member who may not see it; this form only collects the choice and shows what the server said.
 */
export function ConversationForm({ id, words, members, fixed, items, onSend }: ConversationFormProps) {
  const ids = { to: `${id}-aan`, members: `${id}-leden`, about: `${id}-over`, body: `${id}-bericht` };
  const [audience, setAudience] = useState<Audience>('leden');
  const [chosen, setChosen] = useState<string[]>([]);
  const [itemKey, setItemKey] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  const toggle = (memberId: string) => setChosen((c) => (c.includes(memberId) ? c.filter((x) => x !== memberId) : [...c, memberId]));

  async function send(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSent(false);
    const to: ConversationTo = fixed ? { kind: 'leden', memberIds: [fixed.id] } : audience === 'leden' ? { kind: 'leden', memberIds: chosen } : { kind: audience };
    const found: Record<string, string> = {};
    if (to.kind === 'leden' && to.memberIds.length === 0) found[ids.members] = words.errorMembers;
    if (!body.trim()) found[ids.body] = words.errorBody;
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const outcome = await onSend({ to, itemKey: itemKey || null, body: body.trim() });
      if (outcome.ok) {
        setSent(true);
        setBody('');
        setChosen([]);
      } else {
        const field = outcome.field === 'body' ? ids.body : fixed ? ids.body : audience === 'leden' ? ids.members : ids.to;
        setErrors({ [outcome.field === 'general' ? ids.body : field]: outcome.message });
      }
    } finally {
      setBusy(false);
    }
  }

  const summary = Object.entries(errors).map(([fieldId, text]) => ({ fieldId: fieldId === ids.members ? `${ids.members}-0` : fieldId, text }));
  return (
    <section aria-labelledby={`${id}-titel`} className="onsplan-conversation-form">
      <h2 id={`${id}-titel`}>{words.title}</h2>
      <p>{fixed ? words.introFixed(fixed.name) : words.intro}</p>
      <ErrorSummary title={words.summaryTitle} errors={summary} />
      {sent && (
        <p role="status" className="onsplan-work-done">
          {words.sent}
        </p>
      )}
      <form noValidate className="onsplan-form onsplan-work-form" onSubmit={(e) => void send(e)}>
        {!fixed && (
          <Choice<Audience>
            name={ids.to}
            legend={words.to}
            error={errors[ids.to]}
            value={audience}
            onChange={setAudience}
            options={[
              { value: 'leden', label: words.toLeden },
              { value: 'volwassenen', label: words.toVolwassenen },
              { value: 'gezin', label: words.toGezin },
            ]}
          />
        )}
        {!fixed && audience === 'leden' && (
          <fieldset className={`onsplan-work-checks${errors[ids.members] ? ' onsplan-field--invalid' : ''}`} aria-describedby={errors[ids.members] ? `${ids.members}-error` : undefined}>
            <legend className="onsplan-field__label">{words.members}</legend>
            {errors[ids.members] && (
              <p className="onsplan-field__error" id={`${ids.members}-error`}>
                {errors[ids.members]}
              </p>
            )}
            {members.map((m, i) => (
              <div key={m.id} className="onsplan-work-check">
                <input type="checkbox" id={`${ids.members}-${i}`} checked={chosen.includes(m.id)} onChange={() => toggle(m.id)} />
                <label htmlFor={`${ids.members}-${i}`}>{m.name}</label>
              </div>
            ))}
          </fieldset>
        )}
        <SelectField
          id={ids.about}
          label={words.about}
          value={itemKey}
          onChange={(e) => setItemKey(e.target.value)}
          options={[{ value: '', label: words.aboutPlan }, ...items.map((i) => ({ value: i.key, label: i.label }))]}
        />
        <TextArea id={ids.body} label={words.body} hint={words.bodyHint} error={errors[ids.body]} value={body} onChange={(e) => setBody(e.target.value)} />
        <Button purpose="primary" type="submit" busy={busy}>
          {busy ? words.busy : words.send}
        </Button>
      </form>
    </section>
  );
}
