import { useMemo, useState } from 'react'
import { toast } from 'sonner'
import { useEnrolLeads } from '../../api/leads'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { Button } from '../../components/ui/button'
import { parseLeadsCsv, type LeadRow } from './csv/parse-leads-csv'
import { toUploadFile } from './csv/upload-csv'
import { EnrolPreview } from './enrol-preview'
import { EnrolServerError } from './enrol-server-error'
import { LeadFilePicker } from './lead-file-picker'
import { useChosenLeadFile } from './use-chosen-lead-file'
import { useEnrolReadiness } from './use-enrol-readiness'

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

  const ready = parsed?.ok ? parsed.valid.length : 0
  const canSend = ready > 0 && !numbersLoading && !enrol.isPending

  function submit() {
    if (!parsed?.ok || !canSend || !chosen) return
    setSentRows(parsed.valid)
    enrol.mutate(toUploadFile(parsed.valid, parsed.variableKeys, chosen.name), {
      onSuccess: (result) => {
        const n = result.enrolled ?? parsed.valid.length
        toast.success(`Enrolled ${n.toLocaleString('en-GB')} ${n === 1 ? 'lead' : 'leads'}.`)
        onDone()
      },
    })
  }

  return (
    <form
      className="flex max-h-[70vh] flex-col gap-3 overflow-y-auto"
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
      {enrol.isError ? <EnrolServerError error={enrol.error} sent={sentRows} /> : null}

      <div className="flex justify-end gap-2">
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={!canSend}>
          {enrol.isPending
            ? 'Enrolling…'
            : `Enrol ${ready.toLocaleString('en-GB')} ${ready === 1 ? 'lead' : 'leads'}`}
        </Button>
      </div>
    </form>
  )
}
