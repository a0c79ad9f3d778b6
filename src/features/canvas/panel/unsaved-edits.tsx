import { createContext, useContext, useState, type ReactNode } from 'react'
import type { FieldValues } from 'react-hook-form'

/** Unsaved form values per node, so switching nodes or a refused save never loses typing. */
export type UnsavedEditsStore = Map<string, FieldValues>

const UnsavedEditsContext = createContext<UnsavedEditsStore | null>(null)

export function UnsavedEditsProvider({ children }: { children: ReactNode }) {
  const [store] = useState<UnsavedEditsStore>(() => new Map())
  return <UnsavedEditsContext.Provider value={store}>{children}</UnsavedEditsContext.Provider>
}

export function useUnsavedEdits(): UnsavedEditsStore {
  const store = useContext(UnsavedEditsContext)
  if (!store) throw new Error('useUnsavedEdits needs a UnsavedEditsProvider')
  return store
}
