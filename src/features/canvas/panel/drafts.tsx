import { createContext, useContext, useState, type ReactNode } from 'react'
import type { FieldValues } from 'react-hook-form'

/** Unsaved form values per node, so switching nodes or a refused save never loses typing. */
export type DraftStore = Map<string, FieldValues>

const DraftContext = createContext<DraftStore | null>(null)

export function DraftProvider({ children }: { children: ReactNode }) {
  const [store] = useState<DraftStore>(() => new Map())
  return <DraftContext.Provider value={store}>{children}</DraftContext.Provider>
}

export function useDrafts(): DraftStore {
  const store = useContext(DraftContext)
  if (!store) throw new Error('useDrafts needs a DraftProvider')
  return store
}
