import type { DraftItem, DraftNameWarning, FamilySummary, PlanDraft, PlanDraftSaved } from '@onsplan/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiProblem } from '../../api/client.ts';
import { draftPaths } from './draft-paths.ts';

/** What the editor changes; the revision stays with the hook, so a stale one is never sent by hand. */
export interface EditableDraft {
  title: string;
  summary: string;
  items: DraftItem[];
}

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'conflict' }
  | { kind: 'failed'; code: string; fields: string[] };

export type DraftLoad = { kind: 'loading' } | { kind: 'problem'; code: string } | { kind: 'ready'; draft: PlanDraft; family: FamilySummary };

/** How long typing may pause before the draft is saved. */
const autosaveDelayMs = 800;

/**
 * The draft in the editor, saved on the server as she types: one save at a time, each with the
 * revision the last one returned. A 409 stops autosaving until she reloads, so nothing she or a
 * colleague wrote is overwritten without either knowing.
 */
export function useDraftEditor(familyId: string) {
  const [load, setLoad] = useState<DraftLoad>({ kind: 'loading' });
  const [draft, setDraft] = useState<EditableDraft | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [warnings, setWarnings] = useState<DraftNameWarning[]>([]);
  const latest = useRef<EditableDraft | null>(null);
  const revision = useRef(0);
  // The version this tab loaded: a save says it, so a tab left open across a publication is refused
  // (plan-veranderd) instead of saving the old version's items over the new one.
  const baseVersionId = useRef<string | null>(null);
  const dirty = useRef(false);
  const conflicted = useRef(false);
  const inflight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = useCallback(async () => {
    clearTimeout(timer.current);
    try {
      const [loaded, family] = await Promise.all([api<PlanDraft>(draftPaths.draft(familyId)), api<FamilySummary>(`/gezinnen/${familyId}`)]);
      revision.current = loaded.revision;
      baseVersionId.current = loaded.baseVersion.id;
      latest.current = { title: loaded.title, summary: loaded.summary, items: loaded.items };
      dirty.current = false;
      conflicted.current = false;
      setDraft(latest.current);
      setWarnings(loaded.warnings);
      setStatus(loaded.savedAt ? { kind: 'saved', at: loaded.savedAt } : { kind: 'idle' });
      setLoad({ kind: 'ready', draft: loaded, family });
    } catch (error) {
      setLoad({ kind: 'problem', code: error instanceof ApiProblem ? error.code : 'interne-fout' });
    }
  }, [familyId]);

  useEffect(() => {
    void reload();
    return () => clearTimeout(timer.current);
  }, [reload]);

  const save = useCallback(async (): Promise<void> => {
    if (inflight.current) await inflight.current;
    if (!dirty.current || conflicted.current || !latest.current) return;
    dirty.current = false;
    setStatus({ kind: 'saving' });
    const run = (async () => {
      try {
        const saved = await api<PlanDraftSaved>(draftPaths.draft(familyId), { method: 'PUT', body: { ...latest.current, revision: revision.current, baseVersionId: baseVersionId.current } });
        revision.current = saved.revision;
        setWarnings(saved.warnings);
        setStatus(dirty.current ? { kind: 'saving' } : { kind: 'saved', at: saved.savedAt });
      } catch (error) {
        const problem = error instanceof ApiProblem ? error : new ApiProblem('interne-fout', 500);
        if (problem.code === 'concept-veranderd') {
          conflicted.current = true;
          setStatus({ kind: 'conflict' });
        } else {
          // Kept as unsaved: the next change tries again, and what she typed stays on the screen.
          dirty.current = true;
          setStatus({ kind: 'failed', code: problem.code, fields: problem.fields });
        }
      }
    })();
    inflight.current = run;
    await run;
    inflight.current = null;
  }, [familyId]);

  /** Applies one edit and saves shortly after typing stops. */
  const edit = useCallback(
    (change: (draft: EditableDraft) => EditableDraft) => {
      if (!latest.current) return;
      latest.current = change(latest.current);
      dirty.current = true;
      setDraft(latest.current);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), autosaveDelayMs);
    },
    [save],
  );

  /**
   * After a conflict, on purpose: her version replaces the one a colleague saved. Never done by
   * itself; the screen offers it next to reloading, so neither of them loses work unknowingly.
   */
  const keepMine = useCallback(async () => {
    try {
      revision.current = (await api<PlanDraft>(draftPaths.draft(familyId))).revision;
      conflicted.current = false;
      dirty.current = true;
      await save();
    } catch (error) {
      setStatus({ kind: 'failed', code: error instanceof ApiProblem ? error.code : 'interne-fout', fields: [] });
    }
  }, [familyId, save]);

  // Closing the tab within a moment of typing: the browser asks first, so the last words are not lost.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current || inflight.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  /** Saves what is not saved yet, at once (before previewing or publishing); true when all is on the server. */
  const saveNow = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    await save();
    if (inflight.current) await inflight.current;
    return !dirty.current && !conflicted.current;
  }, [save]);

  return { load, draft, status, warnings, edit, saveNow, reload, keepMine, revision: () => revision.current };
}
