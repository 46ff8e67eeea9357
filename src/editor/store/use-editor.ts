import { createContext, useContext, useSyncExternalStore } from 'react';
import type { EditorSnapshot, EditorStore } from './editor-store.ts';

export const EditorContext = createContext<EditorStore | null>(null);

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore outside an EditorContext');
  return store;
}

/** The editor's snapshot (document, history and session); re-renders on every change. */
export function useEditor(): EditorSnapshot {
  const store = useEditorStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
