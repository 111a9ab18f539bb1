// The draft behind the wizard: created when the applicant leaves the first step, saved a moment after
// each change (and at once on 保存草稿 or before submitting), one save at a time so versions never race.
// A stale version (409) stops the autosave until the applicant reloads.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  createDraft,
  discardDraft,
  saveDraft,
  type ApplicationDetail,
  type Channel,
} from '../../../api/applications.ts';
import { isApiError } from '../../../api/client.ts';
import { draftPatch, materialInputs, type WizardState } from './draft.ts';

export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'error' | 'conflict';

export interface DraftHandle {
  id: string | null;
  status: SaveStatus;
  savedAt: Date | null;
  /** The last save's failure, for the status line. */
  error: Error | null;
  /** Creates the draft (once); later calls return the same one. */
  ensure: (state: WizardState) => Promise<{ id: string; version: number }>;
  /** Saves a moment later (changes in between are saved together). */
  schedule: (state: WizardState) => void;
  /** Saves now (after any save under way) and returns the new version. */
  saveNow: (state: WizardState) => Promise<number>;
  discard: () => Promise<void>;
}

const AUTOSAVE_MS = 1200;

export function useDraft(options: {
  subject: { kind: 'item' | 'bundle'; code: string };
  channel: Extract<Channel, 'online' | 'mobile'>;
  /** A draft being resumed (`?draft=<id>`). */
  resumed: ApplicationDetail | null;
  onCreated: (id: string) => void;
}): DraftHandle {
  const { subject, channel, resumed, onCreated } = options;
  const [id, setId] = useState<string | null>(resumed?.id ?? null);
  const [status, setStatus] = useState<SaveStatus>(resumed ? 'saved' : 'idle');
  const [savedAt, setSavedAt] = useState<Date | null>(resumed ? new Date(resumed.updatedAt) : null);
  const [error, setError] = useState<Error | null>(null);
  const ref = useRef<{ id: string; version: number } | null>(resumed ? { id: resumed.id, version: resumed.version } : null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const creating = useRef<Promise<{ id: string; version: number }> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<WizardState | null>(null);
  const conflict = useRef(false);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const ensure = useCallback(
    (state: WizardState) => {
      if (ref.current) return Promise.resolve(ref.current);
      creating.current ??= (async () => {
        const body = {
          ...(subject.kind === 'item' ? { itemCode: subject.code } : { bundleCode: subject.code }),
          uscc: state.uscc ?? undefined,
          formData: state.formData,
          materials: materialInputs(state.materials),
          commitment: state.commitment,
          delivery: state.delivery,
        };
        let created: ApplicationDetail;
        try {
          created = await createDraft({ ...body, channel });
        } catch (failure) {
          // The phone channel refused (the item is not offered there): the web channel still is.
          const refusedChannel = isApiError(failure) && failure.errors.some((e) => e.path === 'body.channel');
          if (channel !== 'mobile' || !refusedChannel) throw failure;
          created = await createDraft({ ...body, channel: 'online' });
        }
        ref.current = { id: created.id, version: created.version };
        setId(created.id);
        setStatus('saved');
        setSavedAt(new Date());
        onCreated(created.id);
        return ref.current;
      })();
      return creating.current.catch((failure: unknown) => {
        creating.current = null;
        throw failure;
      });
    },
    [subject.kind, subject.code, channel, onCreated],
  );

  const save = useCallback((state: WizardState): Promise<number> => {
    const run = chain.current.then(async () => {
      if (conflict.current) throw new Error('conflict');
      const current = ref.current;
      if (!current) throw new Error('no draft');
      setStatus('saving');
      try {
        const saved = await saveDraft(current.id, draftPatch(state, current.version));
        ref.current = { id: current.id, version: saved.version };
        // Only the newest state counts as saved: a change typed during the save is saved next.
        if (latest.current === state || latest.current === null) setStatus('saved');
        setSavedAt(new Date());
        setError(null);
        return saved.version;
      } catch (failure) {
        const stale = isApiError(failure) && failure.status === 409;
        if (stale) conflict.current = true;
        setStatus(stale ? 'conflict' : 'error');
        setError(failure instanceof Error ? failure : new Error(String(failure)));
        throw failure;
      }
    });
    chain.current = run.catch(() => undefined);
    return run;
  }, []);

  const schedule = useCallback(
    (state: WizardState) => {
      latest.current = state;
      if (!ref.current || conflict.current) return;
      setStatus('dirty');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        save(state).catch(() => undefined);
      }, AUTOSAVE_MS);
    },
    [save],
  );

  const saveNow = useCallback(
    async (state: WizardState) => {
      latest.current = state;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      await ensure(state);
      return save(state);
    },
    [ensure, save],
  );

  const discard = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    // A draft still being created, or a save on its way, is waited for: the delete needs its id and newest version.
    if (creating.current) await creating.current.catch(() => undefined);
    await chain.current;
    const current = ref.current;
    if (!current) return;
    await discardDraft(current.id, current.version);
    ref.current = null;
    conflict.current = true; // nothing more is saved to a deleted draft
  }, []);

  return { id, status, savedAt, error, ensure, schedule, saveNow, discard };
}
