import { Button } from '@nl-design-system-candidate/button-react';
import { planSections, type DraftItem, type FamilyMemberView } from '@onsplan/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, ApiProblem } from '../../api/client.ts';
import { TextArea } from '../../components/TextArea/TextArea.tsx';
import { TextField } from '../../components/TextField/TextField.tsx';
import { formatTime } from '../../format.ts';
import { B1Hints } from './B1Hints.tsx';
import { addItem, moveItem, newDraftItem, removeItem, updateItem } from './draft-edits.ts';
import { draftPaths, editorHref } from './draft-paths.ts';
import { DraftItemEditor } from './DraftItemEditor.tsx';
import { useDraftEditor, type SaveStatus } from './useDraftEditor.ts';
import { WorkPage, WorkProblem } from './WorkPage.tsx';

/** The plan editor: the draft of the next version in its three sections, saved as she types. */
export function PlanEditor() {
  const { familyId = '' } = useParams();
  const { t, i18n } = useTranslation('werk');
  const navigate = useNavigate();
  const editor = useDraftEditor(familyId);
  const [previewMember, setPreviewMember] = useState('');
  const [problem, setProblem] = useState<string>();
  // After an add, move or remove: where the keyboard focus goes once React has drawn the change.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  if (editor.load.kind !== 'ready' || !editor.draft) {
    return (
      <WorkPage title={t('planEditor.title')}>
        {editor.load.kind === 'problem' ? <WorkProblem code={editor.load.code} /> : <p role="status">{t('planEditor.status.saving')}</p>}
      </WorkPage>
    );
  }
  const { draft: loaded, family } = editor.load;
  const draft = editor.draft;
  const members: FamilyMemberView[] = family.members;
  const setItems = (change: (items: DraftItem[]) => DraftItem[]) => editor.edit((d) => ({ ...d, items: change(d.items) }));

  const openPreview = async () => {
    if (!previewMember) return;
    if (await editor.saveNow()) navigate(editorHref.preview(familyId, previewMember));
  };
  const openPublish = async () => {
    if (await editor.saveNow()) navigate(editorHref.publish(familyId));
  };
  const discard = async () => {
    try {
      await api(draftPaths.discard(familyId, editor.revision()), { method: 'DELETE' });
      await editor.reload();
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error.code : 'interne-fout');
    }
  };

  return (
    <WorkPage title={t('planEditor.title')}>
      <p className="onsplan-work-muted">
        {family.name} · {t('planEditor.familyPlan', { number: loaded.baseVersion.number + 1 })} · {loaded.baseVersion.id === null ? t('planEditor.firstVersion') : t('planEditor.basedOn', { number: loaded.baseVersion.number })}
      </p>
      {problem && <WorkProblem code={problem} />}
      {loaded.outdated && (
        <div className="onsplan-alert onsplan-alert--warning" role="alert">
          <p>{t('planEditor.outdated', { number: loaded.baseVersion.number })}</p>
          <Button purpose="secondary" type="button" onClick={discard}>
            {t('planEditor.discard')}
          </Button>
        </div>
      )}

      <div className="onsplan-work-toolbar" role="region" aria-label={t('planEditor.toolbar')}>
        <SaveState status={editor.status} language={i18n.language} onReload={editor.reload} onKeepMine={editor.keepMine} />
        <div className="onsplan-work-toolbar__preview">
          <label htmlFor="bekijk-als" className="onsplan-field__label">
            {t('planEditor.previewAs')}
          </label>
          <select id="bekijk-als" className="onsplan-field__input" value={previewMember} onChange={(e) => setPreviewMember(e.target.value)}>
            <option value="">{t('planEditor.shields.chooseMember')}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.firstName}
              </option>
            ))}
          </select>
          <Button purpose="secondary" type="button" aria-disabled={!previewMember || undefined} onClick={openPreview}>
            {t('planEditor.previewButton')}
          </Button>
        </div>
        <Button purpose="primary" type="button" onClick={openPublish}>
          {t('planEditor.toPublish')}
        </Button>
      </div>

      <div className="onsplan-work-heading-fields">
        <TextField id="plan-titel" label={t('planEditor.planTitle')} maxLength={200} value={draft.title} onChange={(e) => editor.edit((d) => ({ ...d, title: e.target.value }))} />
        <TextArea
          id="plan-samenvatting"
          label={t('planEditor.summary')}
          hint={t('planEditor.summaryHint')}
          rows={3}
          maxLength={2000}
          value={draft.summary}
          onChange={(e) => editor.edit((d) => ({ ...d, summary: e.target.value }))}
        />
        <B1Hints id="plan-samenvatting-b1" text={draft.summary} />
      </div>

      {planSections.map((section) => {
        const inSection = draft.items.filter((i) => i.section === section);
        const sectionName = t(`planEditor.section.${section}`);
        return (
          <section key={section} className="onsplan-work-section" aria-labelledby={`deel-${section}`}>
            <h2 id={`deel-${section}`}>{sectionName}</h2>
            {inSection.length === 0 && <p className="onsplan-work-muted">{t('planEditor.emptySection')}</p>}
            {inSection.map((item, index) => (
              <DraftItemEditor
                key={item.key}
                item={item}
                number={index + 1}
                sectionName={sectionName}
                isFirst={index === 0}
                isLast={index === inSection.length - 1}
                members={members}
                warnings={editor.warnings.filter((w) => w.key === item.key)}
                onChange={(next) => setItems((items) => updateItem(items, item.key, next))}
                onMove={(direction) => {
                  focusNext.current = `${direction === -1 ? 'up' : 'down'}-${item.key}`;
                  setItems((items) => moveItem(items, item.key, direction));
                }}
                onRemove={() => {
                  focusNext.current = `toevoegen-${section}`;
                  setItems((items) => removeItem(items, item.key));
                }}
              />
            ))}
            <Button
              purpose="secondary"
              type="button"
              id={`toevoegen-${section}`}
              onClick={() => {
                const item = newDraftItem(section, crypto.randomUUID());
                focusNext.current = `what-${item.key}`;
                setItems((items) => addItem(items, item));
              }}
            >
              {t('planEditor.addItem', { section: sectionName })}
            </Button>
          </section>
        );
      })}
    </WorkPage>
  );
}

/** "Opgeslagen om 10:42", or what went wrong; announced politely so typing is not interrupted. */
function SaveState({ status, language, onReload, onKeepMine }: { status: SaveStatus; language: string; onReload: () => void; onKeepMine: () => void }) {
  const { t } = useTranslation('werk');
  const { t: tMember } = useTranslation();
  return (
    <div className="onsplan-work-save" role="status" aria-live="polite">
      {status.kind === 'idle' && <span>{t('planEditor.status.unsaved')}</span>}
      {status.kind === 'saving' && <span>{t('planEditor.status.saving')}</span>}
      {status.kind === 'saved' && <span>{t('planEditor.status.saved', { time: formatTime(status.at, language) })}</span>}
      {status.kind === 'failed' && <span className="onsplan-work-error">{t('planEditor.status.failed', { problem: tMember(`problem.${status.code}`) })}</span>}
      {status.kind === 'conflict' && (
        <>
          <span className="onsplan-work-error">{t('planEditor.status.conflict')}</span>{' '}
          <Button purpose="secondary" type="button" onClick={onReload}>
            {t('planEditor.status.reload')}
          </Button>{' '}
          <Button purpose="subtle" type="button" onClick={onKeepMine}>
            {t('planEditor.status.keepMine')}
          </Button>
        </>
      )}
    </div>
  );
}
