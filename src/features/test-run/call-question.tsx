import { useId, useState, type FormEvent } from 'react'
import type { CallStatus } from '../../domain/step-semantics/call-outcome'
import { Button } from '../../components/ui/button'
import { inputClass } from '../../components/ui/field'
import type { AnalysisField } from './walk/analysis-fields'
import type { CallAnswer } from './walk/walk-types'

const CHOICES: { status: CallStatus; title: string }[] = [
  { status: 'completed', title: 'Completed' },
  { status: 'failed', title: 'Failed' },
  { status: 'no_answer', title: 'Did not pick up' },
]
const NOT_SAID = ''

type Props = {
  fields: readonly AnalysisField[]
  initial: CallAnswer | null
  onAnswer: (answer: CallAnswer) => void
  onCancel?: () => void
}

/** Which outcome to simulate for this call, and what the post-call analysis would say. */
export function CallQuestion({ fields, initial, onAnswer, onCancel }: Props) {
  const id = useId()
  const initialStatus =
    initial && CHOICES.some((c) => c.status === initial.status) ? initial.status : 'completed'
  const [status, setStatus] = useState<CallStatus>(initialStatus)
  const [analysis, setAnalysis] = useState<Record<string, string>>(initial?.analysis ?? {})
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onAnswer({ status, analysis: status === 'completed' ? analysis : {} })
  }
  return (
    <form
      onSubmit={submit}
      className="mt-2 flex flex-col gap-3 rounded-md border border-indigo-200 bg-indigo-50 p-3"
    >
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium text-slate-900">Simulate the call as</legend>
        {CHOICES.map((choice) => (
          <label key={choice.status} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={`${id}-outcome`}
              value={choice.status}
              checked={status === choice.status}
              onChange={() => setStatus(choice.status)}
            />
            {choice.title}
          </label>
        ))}
      </fieldset>
      {status === 'completed' && fields.length > 0 ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium text-slate-900">
            Post-call analysis read later
          </legend>
          {fields.map((field) => (
            <AnalysisInput
              key={field.name}
              id={`${id}-${field.name}`}
              field={field}
              value={analysis[field.name] ?? NOT_SAID}
              onChange={(value) => setAnalysis((old) => ({ ...old, [field.name]: value }))}
            />
          ))}
        </fieldset>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" size="sm">
          Continue
        </Button>
        {onCancel ? (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            Keep the earlier answer
          </Button>
        ) : null}
      </div>
    </form>
  )
}

function AnalysisInput(props: {
  id: string
  field: AnalysisField
  value: string
  onChange: (value: string) => void
}) {
  const { id, field, value, onChange } = props
  const choices = [
    ...new Set([...field.suggestions, ...(field.suggestions.includes('yes') ? ['no'] : [])]),
  ]
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-mono text-sm text-slate-800">
        {field.name}
      </label>
      {choices.length > 0 && !field.numeric ? (
        <select
          id={id}
          className={inputClass}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value={NOT_SAID}>Not said</option>
          {choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          className={inputClass}
          inputMode={field.numeric ? 'decimal' : undefined}
          placeholder="Not said"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  )
}
