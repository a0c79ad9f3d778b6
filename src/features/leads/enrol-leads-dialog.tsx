import { useId, useMemo, useRef, useState, type DragEvent } from 'react'
import { toast } from 'sonner'
import { describeError, isApiError } from '../../api/api-error'
import { useEnrolLeads } from '../../api/leads'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { Button } from '../../components/ui/button'
import { Dialog } from '../../components/ui/dialog'
import { isFinalStatus, type WorkflowStatus } from '../../domain/workflow-status'
import { decodeTextFile, type TextEncodingName } from '../../domain/lead-file/text-encoding'
import { checkLeadFile } from './csv/file-rules'
import { parseLeadsCsv, type LeadRow } from './csv/parse-leads-csv'
import { readServerRowErrors, toUploadFile } from './csv/upload-csv'
import { EnrolPreview } from './enrol-preview'
import { RowGroups } from './row-groups'
import { useEnrolReadiness } from './use-enrol-readiness'

type Props = { workflowId: string; status: WorkflowStatus; graph: WorkflowGraph | undefined }

const WHEN_LEADS_START: Record<WorkflowStatus, string> = {
  draft: 'Leads start moving when the workflow is activated.',
  active: 'Leads start moving at once: the workflow is active.',
  paused: 'Leads start at the entry node when the workflow is resumed.',
  completed: '',
  cancelled: '',
}

/** The “Enrol leads” button and its dialog; disabled, with the reason shown, on final workflows. */
export function EnrolLeadsDialog({ workflowId, status, graph }: Props) {
  const [open, setOpen] = useState(false)
  const hintId = useId()
  const closed = isFinalStatus(status)
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="primary"
        disabled={closed}
        aria-describedby={closed ? hintId : undefined}
        onClick={() => setOpen(true)}
      >
        Enrol leads
      </Button>
      {closed ? (
        <p id={hintId} className="max-w-52 text-right text-xs text-slate-700">
          Leads cannot be enrolled in a {status} workflow.
        </p>
      ) : null}
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Enrol leads from a CSV file"
        description={`One row per lead: a phone column (phone_number, phone or mobile) and up to 15 variable columns. ${WHEN_LEADS_START[status]}`}
      >
        {open ? (
          <EnrolForm workflowId={workflowId} graph={graph} onDone={() => setOpen(false)} />
        ) : null}
      </Dialog>
    </div>
  )
}

type Chosen = { name: string; text: string; encoding: TextEncodingName }

function EnrolForm({
  workflowId,
  graph,
  onDone,
}: {
  workflowId: string
  graph: WorkflowGraph | undefined
  onDone: () => void
}) {
  const inputId = useId()
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)
  const readSeq = useRef(0)
  const [sentRows, setSentRows] = useState<readonly LeadRow[]>([])
  const { readiness, numbersLoading, numbersUnknown } = useEnrolReadiness(graph, true)
  const enrol = useEnrolLeads(workflowId)
  const parsed = useMemo(
    () => (chosen ? parseLeadsCsv(chosen.text, { readiness }) : null),
    [chosen, readiness],
  )

  async function choose(file: File | undefined) {
    if (!file) return
    const seq = ++readSeq.current
    enrol.reset()
    const problem = checkLeadFile(file)
    if (problem) {
      setChosen(null)
      setFileError(problem)
      return
    }
    try {
      const decoded = decodeTextFile(new Uint8Array(await file.arrayBuffer()))
      if (seq !== readSeq.current) return
      if (!decoded.ok) {
        setChosen(null)
        setFileError(decoded.message)
        return
      }
      setFileError(null)
      setChosen({ name: file.name, text: decoded.text, encoding: decoded.encoding })
    } catch {
      if (seq === readSeq.current) setFileError('The file could not be read. Choose it again.')
    }
  }

  function onDrop(e: DragEvent) {
    e.preventDefault()
    setDragging(false)
    void choose(e.dataTransfer.files[0])
  }

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
      <div
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex flex-col gap-1 rounded-md border-2 border-dashed p-3 ${dragging ? 'border-brand bg-slate-50' : 'border-slate-300'}`}
      >
        <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
          CSV file
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          aria-invalid={fileError || (parsed && !parsed.ok) ? true : undefined}
          aria-describedby={`${inputId}-hint`}
          className="text-sm"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        <p id={`${inputId}-hint`} className="text-xs text-slate-600">
          Choose a file or drop it here. Bare 10-digit numbers are read as Indian (+91). Up to 10
          MB.
        </p>
      </div>

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
      {enrol.isError ? <ServerError error={enrol.error} sent={sentRows} /> : null}

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

function ServerError({ error, sent }: { error: unknown; sent: readonly LeadRow[] }) {
  if (isApiError(error) && error.status === 400) {
    const { groups, general } = readServerRowErrors(error.messages, sent)
    return (
      <div role="alert" className="flex flex-col gap-2">
        <p className="text-sm font-semibold text-red-900">
          The server refused the file. Nothing was enrolled.
        </p>
        <RowGroups title="Rows the server rejected" groups={groups} tone="error" />
        {general.length ? (
          <ul className="list-disc pl-5 text-sm text-red-900">
            {general.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
      </div>
    )
  }
  const text =
    isApiError(error) && error.status === 409
      ? 'This workflow no longer accepts leads (it is completed or cancelled).'
      : `Nothing was enrolled: ${describeError(error)}`
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      {text}
    </p>
  )
}
