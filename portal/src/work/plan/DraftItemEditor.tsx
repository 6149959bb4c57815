import { Button } from '@nl-design-system-candidate/button-react';
import { draftAudiences, type DraftAudience, type DraftItem, type DraftNameWarning, type FamilyMemberView } from '@onsplan/shared';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../components/TextArea/TextArea.tsx';
import { TextField } from '../../components/TextField/TextField.tsx';
import { B1Hints } from './B1Hints.tsx';
import { toggleMember } from './draft-edits.ts';
import { ShieldEditor } from './ShieldEditor.tsx';

export interface DraftItemEditorProps {
  item: DraftItem;
  number: number;
  sectionName: string;
  isFirst: boolean;
  isLast: boolean;
  members: readonly FamilyMemberView[];
  warnings: readonly DraftNameWarning[];
  onChange: (item: DraftItem) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}

/** One item of the draft: its texts, who may read it, what is hidden from whom, and its place. Every control works by keyboard. */
export function DraftItemEditor({ item, number, sectionName, isFirst, isLast, members, warnings, onChange, onMove, onRemove }: DraftItemEditorProps) {
  const { t } = useTranslation('werk');
  const id = (part: string) => `${part}-${item.key}`;
  const set = (change: Partial<DraftItem>) => onChange({ ...item, ...change });
  const optional = (value: string) => (value === '' ? null : value);
  const forFamily = [item.what, item.who, item.when, item.where ?? '', item.whatIf ?? ''].filter(Boolean).join('\n');
  const label = t('planEditor.itemLabel', { number, section: sectionName });

  return (
    <section className="onsplan-work-item" aria-label={label} id={id('item')}>
      <div className="onsplan-work-item__head">
        <p className="onsplan-work-item__title">
          {label}: <span>{item.what.trim() || t('planEditor.untitled')}</span>
        </p>
        <div className="onsplan-work-item__actions">
          <Button purpose="subtle" type="button" id={id('up')} aria-disabled={isFirst || undefined} aria-label={t('planEditor.moveUpLabel', { number })} onClick={() => !isFirst && onMove(-1)}>
            {t('planEditor.moveUp')}
          </Button>
          <Button purpose="subtle" type="button" id={id('down')} aria-disabled={isLast || undefined} aria-label={t('planEditor.moveDownLabel', { number })} onClick={() => !isLast && onMove(1)}>
            {t('planEditor.moveDown')}
          </Button>
          <Button purpose="subtle" type="button" aria-label={t('planEditor.removeLabel', { number })} onClick={onRemove}>
            {t('planEditor.remove')}
          </Button>
        </div>
      </div>

      <div className="onsplan-work-item__grid">
        <div className="onsplan-work-item__texts">
          <div className="onsplan-field">
            <label className="onsplan-field__label" htmlFor={id('kind')}>
              {t('planEditor.kind.label')}
            </label>
            <select id={id('kind')} className="onsplan-field__input" value={item.kind} onChange={(e) => set({ kind: e.target.value as DraftItem['kind'] })}>
              {(['afspraak', 'doel', 'netwerk'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`planEditor.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <TextArea id={id('what')} label={t('planEditor.field.what')} rows={2} maxLength={1000} value={item.what} onChange={(e) => set({ what: e.target.value })} />
          <TextField id={id('who')} label={t('planEditor.field.who')} maxLength={1000} value={item.who} onChange={(e) => set({ who: e.target.value })} />
          <TextField id={id('when')} label={t('planEditor.field.when')} maxLength={1000} value={item.when} onChange={(e) => set({ when: e.target.value })} />
          <TextField id={id('where')} label={t('planEditor.field.where')} maxLength={1000} value={item.where ?? ''} onChange={(e) => set({ where: optional(e.target.value) })} />
          <TextArea id={id('whatif')} label={t('planEditor.field.whatIf')} rows={2} maxLength={1000} value={item.whatIf ?? ''} onChange={(e) => set({ whatIf: optional(e.target.value) })} />
          {item.kind === 'doel' && (
            <div className="onsplan-work-item__scale">
              <TextField
                id={id('scale')}
                label={t('planEditor.field.scale')}
                type="number"
                min={0}
                max={10}
                inputMode="numeric"
                value={item.scale ?? ''}
                onChange={(e) => set({ scale: e.target.value === '' ? null : Math.max(0, Math.min(10, Math.round(Number(e.target.value)))) })}
              />
              <TextField id={id('low')} label={t('planEditor.field.scaleLow')} maxLength={200} value={item.scaleLow ?? ''} onChange={(e) => set({ scaleLow: optional(e.target.value) })} />
              <TextField id={id('high')} label={t('planEditor.field.scaleHigh')} maxLength={200} value={item.scaleHigh ?? ''} onChange={(e) => set({ scaleHigh: optional(e.target.value) })} />
            </div>
          )}
          {warnings.map((w) => (
            <div key={w.named.id} className="onsplan-work-warning" role="status">
              <p>{t('planEditor.warning.text', { named: w.named.firstName, readers: w.readers.map((r) => r.firstName).join(', ') })}</p>
              <Button purpose="secondary" type="button" onClick={() => set({ subjects: toggleMember(item.subjects, w.named.id, true) })}>
                {t('planEditor.warning.addSubject', { named: w.named.firstName })}
              </Button>
            </div>
          ))}
          <B1Hints id={id('b1')} text={forFamily} />
        </div>

        <div className="onsplan-work-item__readers">
          <fieldset className="onsplan-field onsplan-choice">
            <legend className="onsplan-field__label">{t('planEditor.audience.legend')}</legend>
            {draftAudiences.map((a) => (
              <div key={a} className="onsplan-choice__option">
                <input type="radio" className="onsplan-choice__input" id={id(`aud-${a}`)} name={id('audience')} checked={item.audience === a} onChange={() => set({ audience: a as DraftAudience })} />
                <label className="onsplan-choice__label" htmlFor={id(`aud-${a}`)}>
                  {t(`planEditor.audience.${a}`)}
                </label>
              </div>
            ))}
          </fieldset>
          {item.audience === 'leden' && (
            <MemberChecks legend={t('planEditor.audience.members')} name={id('named')} members={members} chosen={item.audienceMembers} onChange={(ids) => set({ audienceMembers: ids })} />
          )}
          <MemberChecks legend={t('planEditor.subjects')} hint={t('planEditor.subjectsHint')} name={id('subjects')} members={members} chosen={item.subjects} onChange={(ids) => set({ subjects: ids })} />
          <div className="onsplan-work-check">
            <input type="checkbox" id={id('shared')} checked={item.sharedAcrossContactverbod} aria-describedby={id('shared-hint')} onChange={(e) => set({ sharedAcrossContactverbod: e.target.checked })} />
            <label htmlFor={id('shared')}>{t('planEditor.shared')}</label>
            <p id={id('shared-hint')} className="onsplan-field__hint">
              {t('planEditor.sharedHint')}
            </p>
          </div>
          <ShieldEditor item={item} members={members} onChange={onChange} />
        </div>
      </div>
    </section>
  );
}

function MemberChecks({ legend, hint, name, members, chosen, onChange }: { legend: string; hint?: string; name: string; members: readonly FamilyMemberView[]; chosen: readonly string[]; onChange: (ids: string[]) => void }) {
  return (
    <fieldset className="onsplan-field onsplan-work-checks" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend className="onsplan-field__label">{legend}</legend>
      {hint && (
        <p className="onsplan-field__hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {members.map((m) => (
        <div key={m.id} className="onsplan-work-check">
          <input type="checkbox" id={`${name}-${m.id}`} checked={chosen.includes(m.id)} onChange={(e) => onChange(toggleMember(chosen, m.id, e.target.checked))} />
          <label htmlFor={`${name}-${m.id}`}>{m.firstName}</label>
        </div>
      ))}
    </fieldset>
  );
}
