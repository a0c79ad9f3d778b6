import { useState } from 'react'
import { useController, type Control } from 'react-hook-form'
import { describedBy, inputClass } from '../../../../components/ui/field'
import type { FieldChoice } from './field-catalog'
import type { ConditionalFormValues } from './schema'

const OTHER = '__other__'

type Props = {
  id: string
  index: number
  control: Control<ConditionalFormValues>
  field: FieldChoice | undefined
  error: string | undefined
}

/** The value to compare with: one of the field's known values, or typed. */
export function ValuePicker({ id, index, control, field: chosen, error }: Props) {
  const { field } = useController({ control, name: `conditions.${index}.value` })
  const values = chosen?.values ?? []
  const [typing, setTyping] = useState(false)
  const listed = values.includes(field.value) || field.value === ''
  const asSelect = values.length > 0 && !typing && listed
  const hint = chosen?.hint ? `Expects ${chosen.hint}.` : undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        Value
      </label>
      {asSelect ? (
        <select
          id={id}
          className={`${inputClass} w-full min-w-0`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          value={field.value}
          onBlur={field.onBlur}
          onChange={(e) => {
            if (e.target.value === OTHER) setTyping(true)
            else field.onChange(e.target.value)
          }}
        >
          <option value="">Choose a value</option>
          {values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
          <option value={OTHER}>Other value…</option>
        </select>
      ) : (
        <input
          id={id}
          className={`${inputClass} w-full min-w-0`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          value={field.value}
          onChange={(e) => field.onChange(e.target.value)}
          onBlur={field.onBlur}
        />
      )}
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
