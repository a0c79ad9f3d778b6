import { useQuery } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { leadQueries } from '../../api/leads'
import { resourceQueries } from '../../api/resources'
import { Button } from '../../components/ui/button'
import { inputClass } from '../../components/ui/field'
import type { TestLead } from './walk/walk-types'

type Props = {
  workflowId: string
  extraVariables: readonly string[]
  onStart: (lead: TestLead) => void
}

const FIRST_PAGE = { page: 1, limit: 100 }

/** Choose an enrolled lead, or type a phone number and the workflow's variables. */
export function LeadChooser({ workflowId, extraVariables, onStart }: Props) {
  const id = useId()
  const leads = useQuery(leadQueries.list(workflowId, FIRST_PAGE))
  const keys = useQuery(resourceQueries.variableKeys(workflowId))
  const rows = leads.data?.data ?? []
  const [source, setSource] = useState<'lead' | 'typed'>('lead')
  const [leadId, setLeadId] = useState('')
  const [phone, setPhone] = useState('+919800000000')
  const [values, setValues] = useState<Record<string, string>>({})
  const variableNames = [...new Set([...(keys.data ?? []), ...extraVariables])]
  const useTyped = source === 'typed' || (leads.isSuccess && rows.length === 0)
  const chosen = rows.find((l) => l.id === leadId) ?? rows[0]

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (useTyped) onStart({ phoneNumber: phone.trim(), variables: clean(values) })
    else if (chosen) onStart({ phoneNumber: chosen.phoneNumber, variables: chosen.variables })
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-labelledby={`${id}-legend`}>
      <fieldset className="flex flex-col gap-1.5">
        <legend id={`${id}-legend`} className="mb-1 text-sm font-medium text-slate-800">
          Test lead
        </legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name={`${id}-source`}
            checked={!useTyped}
            disabled={rows.length === 0}
            onChange={() => setSource('lead')}
          />
          An enrolled lead{leads.isSuccess && rows.length === 0 ? ' (none enrolled)' : ''}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name={`${id}-source`}
            checked={useTyped}
            onChange={() => setSource('typed')}
          />
          Values I type
        </label>
      </fieldset>
      {!useTyped ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-lead`} className="text-sm font-medium text-slate-800">
            Enrolled lead
          </label>
          <select
            id={`${id}-lead`}
            className={inputClass}
            value={chosen?.id ?? ''}
            onChange={(e) => setLeadId(e.target.value)}
          >
            {rows.map((l) => (
              <option key={l.id} value={l.id}>
                {[l.phoneNumber, l.variables.first_name, l.status].filter(Boolean).join(' · ')}
              </option>
            ))}
          </select>
          {leads.isPending ? <p className="text-xs text-slate-600">Loading leads…</p> : null}
        </div>
      ) : (
        <div className="flex flex-col gap-2">
          <TextInput id={`${id}-phone`} label="Phone number" value={phone} onChange={setPhone} />
          {variableNames.map((name) => (
            <TextInput
              key={name}
              id={`${id}-var-${name}`}
              label={name}
              value={values[name] ?? ''}
              onChange={(v) => setValues((old) => ({ ...old, [name]: v }))}
            />
          ))}
        </div>
      )}
      <Button
        type="submit"
        variant="primary"
        className="self-start"
        disabled={!useTyped && !chosen}
      >
        Start test run
      </Button>
    </form>
  )
}

const clean = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''))

function TextInput(props: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className="text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <input
        id={props.id}
        className={inputClass}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  )
}
