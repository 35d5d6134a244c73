import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ProfileRef } from '../../core/platform.ts';
import type { ProfileView, ShortlistRow } from '../../messages/view.ts';
import { t } from '../../ui/i18n.ts';
import { api, type Removed, type ShortlistHeadRows } from '../api.ts';
import { download as offerFile } from '../download.ts';
import { applyQuery, EMPTY_QUERY, namesInUse, type ShortlistQuery } from './query.ts';

/** The shortlist's state: its rows as loaded, the query over them, the selection, and every action on them. */
export function useShortlist(exportLang: 'en' | 'es', onCount: (n: number) => void) {
  const [rows, setRows] = useState<ShortlistRow[] | null>(null);
  const [head, setHead] = useState<ShortlistHeadRows | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState<ShortlistQuery>(EMPTY_QUERY);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [undo, setUndo] = useState<Removed | null>(null);

  const load = async () => {
    const reply = await api.shortlist();
    if (reply.ok) {
      setRows(reply.data);
      onCount(reply.data.length);
    } else setError(reply.error);
  };
  useEffect(() => {
    // The first screen, stored beside the index, shows while the whole index is read and checked.
    void api.shortlistHead().then((first) => {
      if (first) setHead(first);
    });
    void load();
  }, []);

  const shown = useMemo(() => applyQuery(rows ?? [], query), [rows, query]);
  // Until the index is in, the stored first screen stands in for the default view: the same first rows, in order.
  const early = rows === null && query === EMPTY_QUERY ? head : null;
  const lists = useMemo(() => namesInUse(rows ?? [], 'lists'), [rows]);
  const tags = useMemo(() => namesInUse(rows ?? [], 'tags'), [rows]);
  // Nothing selected (every first render): skip a pass over 5,000 rows.
  const chosen = selected.size === 0 ? [] : (rows ?? []).filter((r) => selected.has(r.key));
  const refs = chosen.map((r) => r.ref);

  return {
    rows,
    error,
    query,
    setQuery,
    shown,
    early,
    listed: early ? early.rows : shown,
    total: early ? early.total : (rows?.length ?? 0),
    lists,
    tags,
    chosen,
    undo,
    isSelected: (key: string) => selected.has(key),
    select(key: string, on: boolean) {
      const next = new Set(selected);
      if (on) next.add(key);
      else next.delete(key);
      setSelected(next);
    },
    allShownSelected: shown.length === selected.size,
    toggleAllShown: () => setSelected(shown.length === selected.size ? new Set() : new Set(shown.map((r) => r.key))),
    clearSelection: () => setSelected(new Set()),
    reload: load,
    async remove() {
      const reply = await api.unsaveMany(refs);
      if (!reply.ok) return setError(reply.error);
      setUndo(reply.data);
      setSelected(new Set());
      await load();
    },
    async restore() {
      if (!undo) return;
      await api.restore(undo);
      setUndo(null);
      await load();
    },
    async editLists(edit: { add?: string; set?: string[] }) {
      await api.editLists(refs, edit);
      await load();
    },
    async updateEntry(ref: ProfileRef, change: Parameters<typeof api.updateEntry>[1]) {
      await api.updateEntry(ref, change);
      await load();
    },
    async compare(): Promise<ProfileView[] | null> {
      const reply = await api.compare(refs);
      return reply.ok ? reply.data : null;
    },
    async download(format: 'csv' | 'json') {
      const reply = await api.exportShortlist(format, exportLang);
      if (!reply.ok) return setError(reply.error);
      offerFile(reply.data);
      // An export never leaves profiles out silently: those set aside whole are counted.
      setError(reply.data.leftOut > 0 ? t('exportLeftOut', reply.data.leftOut) : null);
    },
  };
}
