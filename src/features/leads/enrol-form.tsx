import { useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { toast } from '../../lib/toast'
import { describeError } from '../../api/api-error'
import { leadQueries, useEnrolLeads } from '../../api/leads'
import { resourceQueries } from '../../api/resources'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { Button } from '../../components/ui/button'
import { parseLeadsCsv, type LeadRow } from './csv/parse-leads-csv'
import { toUploadFile } from './csv/upload-csv'
import { AlreadyEnrolledChoice, type AgainChoice } from './already-enrolled-choice'
import { splitAlreadyEnrolled } from './csv/already-enrolled'
import { emptyVariableGroups, variablesUsedBySteps } from './csv/empty-variables'
import { EmptyVariablesWarning } from './empty-variables-warning'
import { EnrolPreview } from './enrol-preview'
import { EnrolServerError } from './enrol-server-error'
import { LeadFilePicker } from './lead-file-picker'
import { useChosenLeadFile } from './use-chosen-lead-file'
import { useEnrolReadiness } from './use-enrol-readiness'
import { formatCount } from '../../lib/format'

/** Choose a CSV, see what would be enrolled and why rows are refused, then enrol the valid rows. */
export function EnrolForm({
  workflowId,
  graph,
  onDone,
}: {
  workflowId: string
  graph: WorkflowGraph | undefined
  onDone: () => void
}) {
  const [sentRows, setSentRows] = useState<readonly LeadRow[]>([])
  const { readiness, numbersLoading, numbersUnknown } = useEnrolReadiness(graph, true)
  const enrol = useEnrolLeads(workflowId)
  const { chosen, fileError, choose } = useChosenLeadFile(() => enrol.reset())
  const parsed = useMemo(
    () => (chosen ? parseLeadsCsv(chosen.text, { readiness }) : null),
    [chosen, readiness],
  )

  // Numbers already in this workflow (re-uploading the same file must not call them twice).
  const enrolled = useQuery(leadQueries.enrolledPhones(workflowId))
  const agents = useQuery(resourceQueries.agents())
  const [againChoice, setAgainChoice] = useState<AgainChoice>('skip')
  const split = useMemo(
    () => (parsed?.ok && enrolled.data ? splitAlreadyEnrolled(parsed.valid, enrolled.data) : null),
    [parsed, enrolled.data],
  )
  const toSend = useMemo(
    () => (parsed?.ok ? (split && againChoice === 'skip' ? split.fresh : parsed.valid) : []),
    [parsed, split, againChoice],
  )
  const uses = useMemo(() => variablesUsedBySteps(graph, agents.data), [graph, agents.data])
  const emptyGroups = useMemo(
    () => (parsed?.ok ? emptyVariableGroups(toSend, parsed.variableKeys, uses) : []),
    [parsed, toSend, uses],
  )

  const ready = toSend.length
  const checkingEnrolled = Boolean(parsed?.ok) && enrolled.isPending
  const canSend = ready > 0 && !numbersLoading && !checkingEnrolled && !enrol.isPending

  function submit() {
    if (!parsed?.ok || !canSend || !chosen) return
    const rows = toSend
    setSentRows(rows)
    enrol.mutate(toUploadFile(rows, parsed.variableKeys, chosen.name), {
      onSuccess: (result) => {
        const n = result.enrolled ?? rows.length
        toast.success(`Enrolled ${formatCount(n)} ${n === 1 ? 'lead' : 'leads'}.`)
        onDone()
      },
    })
  }

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <LeadFilePicker
        invalid={Boolean(fileError || (parsed && !parsed.ok))}
        onChoose={(file) => void choose(file)}
      />

      {fileError ? (
        <p role="alert" className="text-sm text-red-700">
          {fileError}
        </p>
      ) : null}
      {parsed && !parsed.ok ? (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        >
          <p className="font-semibold">“{chosen?.name}” cannot be enrolled:</p>
          <ul className="mt-1 list-disc pl-5">
            {parsed.fileErrors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {numbersLoading ? (
        <p className="text-sm text-slate-700">Checking the workflow’s phone numbers…</p>
      ) : null}
      {numbersUnknown ? (
        <p className="text-sm text-slate-700">
          The workflow’s phone numbers could not be read, so reachability is checked by the server
          on upload.
        </p>
      ) : null}
      {parsed?.ok && chosen && chosen.encoding !== 'UTF-8' ? (
        <p className="text-sm text-slate-700">
          “{chosen.name}” is not UTF-8: it was read as {chosen.encoding} and is sent as UTF-8. Check
          below that accented names look right.
        </p>
      ) : null}
      {parsed?.ok ? <EnrolPreview result={parsed} /> : null}
      {checkingEnrolled ? (
        <p role="status" className="text-sm text-slate-700">
          Checking which numbers are already enrolled in this workflow…
        </p>
      ) : null}
      {parsed?.ok && enrolled.isError ? (
        <p role="alert" className="text-sm text-amber-950">
          The numbers already enrolled could not be read ({describeError(enrolled.error)}), so
          numbers in this file that are already in the workflow would be enrolled again.{' '}
          <button
            type="button"
            className="text-brand underline"
            onClick={() => void enrolled.refetch()}
          >
            Check again
          </button>
        </p>
      ) : null}
      {split ? (
        <AlreadyEnrolledChoice split={split} choice={againChoice} onChoice={setAgainChoice} />
      ) : null}
      <EmptyVariablesWarning groups={emptyGroups} />
      {enrol.isError ? <EnrolServerError error={enrol.error} sent={sentRows} /> : null}

      {/* Stays in view at the bottom of the dialog however long the preview is. */}
      <div className="sticky -bottom-4 -mx-4 flex justify-end gap-2 border-t border-slate-200 bg-white px-4 py-3 sm:-bottom-5 sm:-mx-5 sm:px-5">
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={!canSend}>
          {enrol.isPending
            ? 'Enrolling…'
            : checkingEnrolled
              ? 'Checking…'
              : ready === 0 && split?.again.length
                ? 'Nothing new to enrol'
                : `Enrol ${formatCount(ready)} ${ready === 1 ? 'lead' : 'leads'}`}
        </Button>
      </div>
    </form>
  )
}
