import { Button } from '@nl-design-system-candidate/button-react';
import { shieldableItemFields, shieldReasons, type DraftItem, type DraftShield, type FamilyMemberView, type ShieldReason } from '@onsplan/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addShield, removeShield } from './draft-edits.ts';

type FieldChoice = 'heel' | DraftShield['field'] & string;

/**
 * The members an item (or one of its fields) is hidden from, each with its reason. A shield is only
 * added together with a reason chosen on purpose: there is no default reason to slip through.
 */
export function ShieldEditor({ item, members, onChange }: { item: DraftItem; members: readonly FamilyMemberView[]; onChange: (item: DraftItem) => void }) {
  const { t } = useTranslation('werk');
  const [memberId, setMemberId] = useState('');
  const [field, setField] = useState<FieldChoice>('heel');
  const [reason, setReason] = useState<ShieldReason | ''>('');
  const [reasonText, setReasonText] = useState('');
  const [errors, setErrors] = useState<{ member?: string; reason?: string; reasonText?: string }>({});
  const id = (part: string) => `shield-${part}-${item.key}`;
  const nameOf = (mid: string) => members.find((m) => m.id === mid)?.firstName ?? '?';
  const fieldName = (f: DraftShield['field']) => (f === null ? t('planEditor.shields.wholeItem') : t(`planEditor.fieldName.${f}`));

  const add = () => {
    const found = {
      ...(memberId ? {} : { member: t('planEditor.shields.needMember') }),
      ...(reason ? {} : { reason: t('planEditor.shields.needReason') }),
      ...(reason === 'anders' && reasonText.trim() === '' ? { reasonText: t('planEditor.shields.needReasonText') } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(found.member ? id('member') : found.reason ? id('reason') : id('text'))?.focus();
      return;
    }
    onChange(addShield(item, { memberId, field: field === 'heel' ? null : field, reason: reason as ShieldReason, ...(reason === 'anders' ? { reasonText: reasonText.trim() } : {}) }));
    setMemberId('');
    setField('heel');
    setReason('');
    setReasonText('');
  };

  return (
    <fieldset className="onsplan-work-shields">
      <legend>{t('planEditor.shields.legend')}</legend>
      {item.shields.length === 0 ? (
        <p className="onsplan-work-muted">{t('planEditor.shields.none')}</p>
      ) : (
        <ul className="onsplan-work-shields__list">
          {item.shields.map((s) => (
            <li key={`${s.memberId}/${s.field ?? ''}`}>
              <span>
                {t('planEditor.shields.line', {
                  field: fieldName(s.field),
                  member: nameOf(s.memberId),
                  reason: s.reason ? `${t(`planEditor.reason.${s.reason}`)}${s.reasonText ? ` (${s.reasonText})` : ''}` : t('planEditor.shields.noReasonKept'),
                })}
              </span>{' '}
              <Button purpose="subtle" type="button" onClick={() => onChange(removeShield(item, s.memberId, s.field))}>
                {t('planEditor.shields.remove', { member: nameOf(s.memberId) })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="onsplan-work-shields__add">
        <Select id={id('member')} label={t('planEditor.shields.member')} value={memberId} onChange={setMemberId} error={errors.member}>
          <option value="">{t('planEditor.shields.chooseMember')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.firstName}
            </option>
          ))}
        </Select>
        <Select id={id('field')} label={t('planEditor.shields.field')} value={field} onChange={(v) => setField(v as FieldChoice)}>
          <option value="heel">{t('planEditor.shields.wholeItem')}</option>
          {shieldableItemFields.map((f) => (
            <option key={f} value={f}>
              {t(`planEditor.fieldName.${f}`)}
            </option>
          ))}
        </Select>
        <Select id={id('reason')} label={t('planEditor.shields.reason')} value={reason} onChange={(v) => setReason(v as ShieldReason | '')} error={errors.reason}>
          <option value="">{t('planEditor.shields.chooseReason')}</option>
          {shieldReasons.map((r) => (
            <option key={r} value={r}>
              {t(`planEditor.reason.${r}`)}
            </option>
          ))}
        </Select>
        {reason === 'anders' && (
          <div className={`onsplan-field${errors.reasonText ? ' onsplan-field--invalid' : ''}`}>
            <label className="onsplan-field__label" htmlFor={id('text')}>
              {t('planEditor.shields.reasonText')}
            </label>
            {errors.reasonText && (
              <p className="onsplan-field__error" id={`${id('text')}-error`}>
                {errors.reasonText}
              </p>
            )}
            <input
              id={id('text')}
              className="onsplan-field__input"
              value={reasonText}
              maxLength={500}
              aria-invalid={errors.reasonText ? true : undefined}
              aria-describedby={errors.reasonText ? `${id('text')}-error` : undefined}
              onChange={(e) => setReasonText(e.target.value)}
            />
          </div>
        )}
        <Button purpose="secondary" type="button" onClick={add}>
          {t('planEditor.shields.add')}
        </Button>
      </div>
    </fieldset>
  );
}

function Select({ id, label, value, onChange, error, children }: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string | undefined; children: React.ReactNode }) {
  return (
    <div className={`onsplan-field${error ? ' onsplan-field--invalid' : ''}`}>
      <label className="onsplan-field__label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p className="onsplan-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <select id={id} className="onsplan-field__input" value={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}
