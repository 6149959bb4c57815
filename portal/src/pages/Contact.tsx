import {
  checkContactInput,
  contactInputFields,
  type ContactChangeList,
  type ContactChangeView,
  type ContactField,
  type ContactInputField,
  type NewContactChange,
} from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Explained } from '../components/Glossary/Explained.tsx';
import { WhoSees } from '../components/Readers/Readers.tsx';
import { nameList } from '../components/Readers/readers-text.ts';
import { Link } from 'react-router';
import { ApiProblem, newClientId } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { useWrite } from '../app/writes.ts';
import { Choice } from '../components/Choice/Choice.tsx';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { TextField } from '../components/TextField/TextField.tsx';
import { selfMemberId, useFamily } from '../family/context.ts';
import { formatDateTime } from '../format.ts';
import { focusFirstInvalid } from '../components/form-focus.ts';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { HelperContacts } from '../components/HelperContacts/HelperContacts.tsx';
import type { FamilyContactList } from '@onsplan/shared';
import { useHelperContactWords } from './helper-contact-words.ts';
import { helperWords, useActing } from '../family/acting-context.ts';

const autoComplete: Record<ContactInputField, string> = {
  street: 'address-line1',
  houseNumber: 'off',
  postcode: 'postal-code',
  city: 'address-level2',
  phone: 'tel',
  email: 'email',
};

/** "Contactgegevens wijzigen": a member proposes; a professional decides in the workspace. */
export function Contact() {
  const { t, i18n } = useTranslation();
  const words = helperWords(useActing());
  const context = useFamily();
  const changes = useApi<ContactChangeList>(paths.contactChanges(context.family.id));
  const me = context.family.members.find((m) => m.id === selfMemberId(context));
  const helpers = useApi<FamilyContactList>(`/gezinnen/${context.family.id}/hulpverleners`);
  const contactWords = useHelperContactWords();

  return (
    <FamilyPage title={t('contact.title')}>
      {me && (
        <>
          <Paragraph purpose="lead">{t('contact.intro', words)}</Paragraph>
          <Heading level={2}>{t('contact.nowTitle')}</Heading>
          <dl className="onsplan-facts">
            {(['adres', 'telefoon', 'email'] as const).map((name) => {
              const field = me.fields.find((f) => f.field === name);
              return (
                <div key={name}>
                  <dt id={`gegeven-${name}-naam`}>{t(`contact.field.${name}`)}</dt>
                  <dd>
                    <span id={`gegeven-${name}`}>{field?.value ?? t('contact.unknown')}</span>
                    {field?.hiddenFrom?.length ? (
                      <strong className="onsplan-hidden-from">
                        {t(`contact.hiddenFrom.${name}`, { names: nameList(field.hiddenFrom, i18n.language), count: field.hiddenFrom.length, context: words.context, member: words.member })}
                      </strong>
                    ) : null}
                    {/* A wrong value on file is a correctieverzoek (A1); a new one is the form below. */}
                    {field && (
                      <>
                        {' '}
                        <Link replace className="nl-link" to={`/plan/${context.family.id}/verzoeken/nieuw?gegeven=${field.id}`} aria-describedby={`gegeven-${name}-naam gegeven-${name}`}>
                          {t('correction.fromItem')}
                        </Link>
                      </>
                    )}
                    {field && <WhoSees readers={field.readers} includesYou />}
                  </dd>
                </div>
              );
            })}
          </dl>
          <ProposeForm familyId={context.family.id} onSent={changes.reload} />
        </>
      )}
      <Heading level={2}>{t('contact.listTitle', words)}</Heading>
      <LoadState state={changes.state} />
      {changes.state.kind === 'ready' &&
        (changes.state.data.changes.length ? (
          <ul className="onsplan-cards">
            {changes.state.data.changes.map((c) => (
              <ChangeCard key={c.id} change={c} />
            ))}
          </ul>
        ) : (
          <Paragraph>{t('contact.none')}</Paragraph>
        ))}
      {helpers.state.kind === 'ready' && (
        <HelperContacts
          professionals={helpers.state.data.professionals}
          words={contactWords}
        />
      )}
    </FamilyPage>
  );
}

function ProposeForm({ familyId, onSent }: { familyId: string; onSent: () => Promise<void> }) {
  const { t } = useTranslation();
  const words = helperWords(useActing());
  const [field, setField] = useState<ContactField>();
  const [values, setValues] = useState<Partial<Record<ContactInputField, string>>>({});
  const [wrong, setWrong] = useState<ContactInputField[]>([]);
  const [noChoice, setNoChoice] = useState(false);
  const [done, setDone] = useState('');
  const clientId = useRef(newClientId());
  const submit = useSubmit();
  const write = useWrite();

  async function send(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const form = event.currentTarget as HTMLFormElement;
    setNoChoice(!field);
    if (!field) return focusFirstInvalid(form);
    const input = { field, ...Object.fromEntries(contactInputFields[field].map((name) => [name, values[name] ?? ''])) };
    const check = checkContactInput(input);
    if (!check.ok) {
      setWrong(check.fields);
      return focusFirstInvalid(form);
    }
    setWrong([]);
    let waiting = false;
    const ok = await submit.run(async () => {
      try {
        const body = { clientId: clientId.current, ...input } as NewContactChange;
        waiting = (await write({ what: 'contactwijziging', familyId, method: 'POST', path: paths.contactChanges(familyId), clientId: clientId.current, body })).kind === 'waiting';
      } catch (error) {
        if (error instanceof ApiProblem && error.fields.length) setWrong(error.fields as ContactInputField[]);
        throw error;
      }
    });
    if (!ok) return;
    clientId.current = newClientId();
    setValues({});
    setField(undefined);
    setDone(t(waiting ? 'offline.saved' : 'contact.sent', words));
    await onSent();
  }

  return (
    <form noValidate onSubmit={(e) => void send(e)} className="onsplan-form" aria-labelledby="contact-form-title">
      <Heading level={2} id="contact-form-title">
        {t('contact.formTitle')}
      </Heading>
      {submit.problem && <ProblemMessage messageKey={submit.problem} />}
      <Choice
        name="contact-soort"
        legend={t('contact.which')}
        options={(['adres', 'telefoon', 'email'] as const).map((f) => ({ value: f, label: t(`contact.field.${f}`) }))}
        value={field}
        error={noChoice ? t('contact.chooseFirst') : undefined}
        onChange={(f) => {
          setField(f);
          setNoChoice(false);
          setWrong([]);
        }}
      />
      {field &&
        contactInputFields[field].map((name) => (
          <TextField
            key={name}
            id={`contact-${name}`}
            label={t(`contact.input.${name}`)}
            hint={name === 'postcode' ? t('contact.hint.postcode') : name === 'phone' ? t('contact.hint.phone') : undefined}
            error={wrong.includes(name) ? t(`contact.wrong.${name}`) : undefined}
            value={values[name] ?? ''}
            autoComplete={autoComplete[name]}
            inputMode={name === 'phone' ? 'tel' : name === 'email' ? 'email' : undefined}
            type={name === 'email' ? 'email' : 'text'}
            onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          />
        ))}
      {field === 'adres' && (
        <Paragraph className="onsplan-note">
          <Explained text={t('contact.shieldNote', words)} />
        </Paragraph>
      )}
      <Paragraph>{t('contact.whatNext', words)}</Paragraph>
      <Button purpose="primary" type="submit" busy={submit.busy}>
        {submit.busy ? t('app.busy') : t('contact.send')}
      </Button>
      <p role="status" className="onsplan-status">
        {done}
      </p>
    </form>
  );
}

/** One proposal as the member follows it: the values, where it stands, and why it was not taken over. */
export function ChangeCard({ change }: { change: ContactChangeView }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="onsplan-card">
      <p className="onsplan-card__title" id={`wijziging-${change.id}`}>
        {t(`contact.field.${change.field}`)}
      </p>
      <dl className="onsplan-facts">
        <div>
          <dt>{t('contact.newValue')}</dt>
          <dd>{change.value}</dd>
        </div>
        {change.currentValue && (
          <div>
            <dt>{t('contact.oldValue')}</dt>
            <dd>{change.currentValue}</dd>
          </div>
        )}
        <div>
          <dt>{t('contact.status')}</dt>
          <dd>
            <span className={`onsplan-badge${change.status === 'geaccepteerd' ? ' onsplan-badge--ok' : change.status === 'afgewezen' ? ' onsplan-badge--warning' : ''}`}>{t(`contact.state.${change.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('contact.proposedAt')}</dt>
          <dd>{formatDateTime(change.proposedAt, i18n.language)}</dd>
        </div>
        {change.shielded && (
          <div>
            <dt>{t('contact.shielded')}</dt>
            <dd>{change.shieldedFrom?.length ? change.shieldedFrom.map((m) => m.firstName).join(', ') : t('contact.shieldedYes')}</dd>
          </div>
        )}
        {change.decision?.reason && (
          <div>
            <dt>{t('contact.reason')}</dt>
            <dd>{change.decision.reason}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}
