import type { ReactNode } from 'react'

type FieldProps = {
  id: string
  label: string
  error?: string | undefined
  hint?: ReactNode
  children: ReactNode
}

/** Label + control + hint + error; the control must use `id`, `aria-invalid` and `aria-describedby={describedBy(id, error, hint)}`. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}

export function describedBy(id: string, error?: string, hint?: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

export const inputClass =
  'h-9 rounded-md border border-slate-300 bg-white px-2.5 text-sm text-slate-900 aria-[invalid=true]:border-red-600'
