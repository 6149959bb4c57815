import type { YouthChoiceInput, YouthSayObjectView, YouthSayPage } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Explained } from '../components/Glossary/Explained.tsx';
import { api } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { useFamily } from '../family/context.ts';

/**
 * "Wat zien je ouders van jou?" (issue 11): a youth of 12 to 17 sees, per item of hers, which parent
 * sees it and why, as the server decided it; from 16 she opens or closes it per item or per part.
 * A choice goes straight to the server, never through the outbox: closing must count at once, and
 * a choice waiting on the phone would say "verborgen" while the parent still reads it.
 */
export function YouthSay() {
  const { t } = useTranslation();
  const { family } = useFamily();
  const page = useApi<YouthSayPage>(paths.youthSay(family.id));
  const submit = useSubmit();
  const [latest, setLatest] = useState<YouthSayPage>();
  const [done, setDone] = useState('');
  const data = latest ?? (page.state.kind === 'ready' ? page.state.data : undefined);
  if (!data) {
    return (
      <FamilyPage title={t('youthSay.title')}>
        <LoadState state={page.state} />
      </FamilyPage>
    );
  }
  const nameOf = (parentId: string) => data.parents.find((p) => p.id === parentId)?.firstName ?? '';
  const allParents = data.parents.map((p) => p.id);

  async function choose(input: YouthChoiceInput, message: string) {
    setDone('');
    const ok = await submit.run(async () => {
      setLatest(await api<YouthSayPage>(paths.youthChoice(family.id), { method: 'PUT', body: input }));
    });
    if (ok) setDone(message);
  }

  return (
    <FamilyPage title={t('youthSay.title')}>
      <Paragraph purpose="lead">
        <Explained text={t(data.mayChoose ? 'youthSay.rule16' : 'youthSay.ruleUnder16')} />
      </Paragraph>
      <Paragraph>{t(data.mayChoose ? 'youthSay.howToChoose' : 'youthSay.from16')}</Paragraph>
      {submit.problem && <ProblemMessage messageKey={submit.problem} />}
      <p role="status" className="onsplan-note" hidden={!done}>
        {done}
      </p>
      {data.parents.length === 0 && <Paragraph>{t('youthSay.noParents')}</Paragraph>}
      {data.sections.length === 0 && <Paragraph>{t('youthSay.nothing')}</Paragraph>}
      {data.parents.length > 0 &&
        data.sections.map(({ section, objects }) => (
          <section key={section} className="onsplan-section" aria-labelledby={`youth-${section}`}>
            <Heading level={2} id={`youth-${section}`}>
              {t(section === 'contact' ? 'youthSay.contact' : `plan.section.${section}`)}
            </Heading>
            {data.mayChoose && (
              <p className="onsplan-actions">
                <Button type="button" purpose="secondary" disabled={submit.busy} onClick={() => void choose({ parentIds: allParents, target: { kind: 'section', section }, open: false }, t('youthSay.doneHidden'))}>
                  {t('youthSay.hideSection')}
                </Button>
                <Button type="button" purpose="secondary" disabled={submit.busy} onClick={() => void choose({ parentIds: allParents, target: { kind: 'section', section }, open: true }, t('youthSay.doneShown'))}>
                  {t('youthSay.showSection')}
                </Button>
              </p>
            )}
            <ul className="onsplan-cards">
              {objects.map((object) => (
                <li key={targetKey(object)} className="onsplan-card">
                  <p className="onsplan-card__title">{object.target.kind === 'field' ? `${t(`contact.field.${object.target.field}`)}: ${object.text}` : object.text}</p>
                  <ul className="onsplan-youth__parents">
                    {object.parents.map((p) => (
                      <li key={p.parentId}>
                        <Paragraph>{t(`youthSay.reason.${p.reason}`, { name: nameOf(p.parentId) })}</Paragraph>
                        {/* What a professional decided her choice cannot change: no button that would do nothing. */}
                        {data.mayChoose && p.reason !== 'hulpverlener-besloot' && (
                          <Button
                            type="button"
                            purpose="secondary"
                            disabled={submit.busy}
                            onClick={() =>
                              void choose(
                                { parentIds: [p.parentId], target: object.target, open: !p.sees },
                                t(p.sees ? 'youthSay.doneHiddenFor' : 'youthSay.doneShownTo', { name: nameOf(p.parentId) }),
                              )
                            }
                          >
                            {t(p.sees ? 'youthSay.hideFor' : 'youthSay.showTo', { name: nameOf(p.parentId) })}
                          </Button>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </FamilyPage>
  );
}

const targetKey = (o: YouthSayObjectView) => (o.target.kind === 'item' ? o.target.key : o.target.field);
