import type { ReactNode } from 'react'

/** What the control inside a `Field` spreads onto itself: its id and the error / hint wiring. */
export type FieldControlProps = {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

type FieldProps = {
  id: string
  label: string
  error?: string | undefined
  hint?: ReactNode
  /** A control, or a function given the props to spread on it (preferred: nothing to wire by hand). */
  children: ReactNode | ((control: FieldControlProps) => ReactNode)
}

/** Label + control + hint + error, with `aria-invalid` / `aria-describedby` wired for the control. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  const control: FieldControlProps = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, hint),
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {typeof children === 'function' ? children(control) : children}
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
  'h-9 max-md:h-11 rounded-md border border-slate-300 bg-white px-2.5 text-sm text-slate-900 aria-[invalid=true]:border-red-600'
