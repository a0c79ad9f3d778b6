import type { UseFormRegisterReturn } from 'react-hook-form'
import { describedBy, Field, inputClass } from '../../../components/ui/field'

type Common = {
  id: string
  label: string
  error?: string | undefined
  hint?: string | undefined
  registration: UseFormRegisterReturn
}

export function TextField({
  type = 'text',
  list,
  ...p
}: Common & { type?: string; list?: string }) {
  return (
    <Field id={p.id} label={p.label} error={p.error} hint={p.hint}>
      <input
        id={p.id}
        type={type}
        list={list}
        className={`${inputClass} w-full min-w-0`}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.error, p.hint)}
        {...p.registration}
      />
    </Field>
  )
}

export function TextAreaField(p: Common) {
  return (
    <Field id={p.id} label={p.label} error={p.error} hint={p.hint}>
      <textarea
        id={p.id}
        rows={3}
        className={`${inputClass} h-auto py-1.5`}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.error, p.hint)}
        {...p.registration}
      />
    </Field>
  )
}

export type Option = { value: string; label: string; disabled?: boolean }

export function SelectField(p: Common & { options: readonly Option[]; placeholder: string }) {
  return (
    <Field id={p.id} label={p.label} error={p.error} hint={p.hint}>
      <select
        id={p.id}
        className={`${inputClass} w-full min-w-0`}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.error, p.hint)}
        {...p.registration}
      >
        <option value="">{p.placeholder}</option>
        {p.options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  )
}
