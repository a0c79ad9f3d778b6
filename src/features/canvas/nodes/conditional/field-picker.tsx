import { useState } from 'react'
import { useController, type Control } from 'react-hook-form'
import { describedBy, inputClass } from '../../../../components/ui/field'
import { findField, type FieldChoice, type FieldGroup } from './field-catalog'
import type { ConditionalFormValues } from './schema'

const OTHER = '__other__'

type Props = {
  id: string
  index: number
  control: Control<ConditionalFormValues>
  groups: readonly FieldGroup[]
  error: string | undefined
  /** A known field was chosen (e.g. to clear a value it cannot take). */
  onChosen?: (field: FieldChoice | undefined) => void
}

/**
 * The field a rule tests, chosen from the fields that exist (lead variables, call outcome,
 * upstream agents' post-call analysis), or typed when it is not listed ("Other field…").
 */
export function FieldPicker({ id, index, control, groups, error, onChosen }: Props) {
  const { field } = useController({ control, name: `conditions.${index}.field` })
  const known = findField(groups, field.value)
  const [typing, setTyping] = useState(() => field.value !== '' && !known)
  const selectValue = typing ? OTHER : (known?.value ?? '')
  const hint = 'Fields of this workflow; “Other field…” to type one.'
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        Field
      </label>
      <select
        id={id}
        className={`${inputClass} w-full min-w-0`}
        aria-invalid={error && !typing ? true : undefined}
        aria-describedby={describedBy(id, typing ? undefined : error, hint)}
        value={selectValue}
        onBlur={field.onBlur}
        onChange={(e) => {
          if (e.target.value === OTHER) {
            setTyping(true)
            return
          }
          setTyping(false)
          field.onChange(e.target.value)
          onChosen?.(findField(groups, e.target.value))
        }}
      >
        <option value="">Choose a field</option>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.fields.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </optgroup>
        ))}
        <option value={OTHER}>Other field…</option>
      </select>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
      {typing ? (
        <>
          <label htmlFor={`${id}-typed`} className="text-sm font-medium text-slate-800">
            Field name
          </label>
          <input
            id={`${id}-typed`}
            className={`${inputClass} w-full min-w-0`}
            value={field.value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => field.onChange(e.target.value)}
            onBlur={field.onBlur}
          />
        </>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
