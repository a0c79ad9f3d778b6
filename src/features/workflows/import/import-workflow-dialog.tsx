import { useState, type FormEvent } from 'react'
import { describeError } from '../../../api/api-error'
import type { Workflow } from '../../../api/schemas/workflow'
import { workflowInputSchema } from '../../../api/workflows'
import { Button } from '../../../components/ui/button'
import { Dialog } from '../../../components/ui/dialog'
import { Field, inputClass } from '../../../components/ui/field'
import type { GraphSnapshot } from '../../../domain/graph-diff/snapshot'
import { readGraphFile, type GraphFileRead } from '../../../domain/graph-file/graph-file'
import { describeImported, describeImportOperation } from './import-progress'
import { useImportWorkflow, type ImportState } from './use-import-workflow'
import { formatCount } from '../../../lib/format'

type Props = { open: boolean; onClose: () => void; onCreated: (workflow: Workflow) => void }
type Picked = { fileName: string; read: GraphFileRead }

const count = (n: number, what: string) => `${formatCount(n)} ${what}${n === 1 ? '' : 's'}`
const nameFromFile = (fileName: string) => fileName.replace(/\.json$/i, '').slice(0, 100)

/** "New workflow from file": pick an exported version, check it, name it, build it through the API. */
export function ImportWorkflowDialog({ open, onClose, onCreated }: Props) {
  const { state, start, retry, discard, reset } = useImportWorkflow()
  const [picked, setPicked] = useState<Picked | null>(null)
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [titleError, setTitleError] = useState<string>()
  const busy =
    state.phase === 'creating' || state.phase === 'building' || state.phase === 'deleting'
  const built = state.phase === 'part-way' || state.phase === 'not-deleted'

  async function pick(file: File | undefined) {
    if (!file) return setPicked(null)
    let read: GraphFileRead
    try {
      read = readGraphFile(await file.text(), file.size)
    } catch (error) {
      read = { ok: false, problems: [`The file could not be read: ${describeError(error)}.`] }
    }
    setPicked({ fileName: file.name, read })
    if (read.ok && !title.trim())
      setTitle((read.file.versionName ?? nameFromFile(file.name)).slice(0, 100))
    if (state.phase === 'not-created') reset()
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const input = workflowInputSchema.safeParse({ title, description })
    setTitleError(
      input.success ? undefined : input.error.issues.find((i) => i.path[0] === 'title')?.message,
    )
    if (!input.success || !picked?.read.ok || busy || built) return
    finish(await start(input.data, picked.read.file.graph))
  }

  /**
   * Closing clears the form unless a workflow was created part-way: then reopening shows what
   * exists and still offers the rest, opening it or deleting it.
   */
  function close() {
    if (busy) return
    if (!built) {
      reset()
      setPicked(null)
      setTitle('')
      setDescription('')
      setTitleError(undefined)
    }
    onClose()
  }

  /** The whole graph is built: off to the new workflow (the dialog closes with the list). */
  function finish(workflow: Workflow | null) {
    if (!workflow) return
    reset()
    setPicked(null)
    setTitle('')
    setDescription('')
    onCreated(workflow)
  }

  const fileProblems = picked && !picked.read.ok ? picked.read.problems : null
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && close()}
      title="New workflow from file"
      description="Pick a file made with “Export JSON” on a workflow’s Versions tab. Its steps and connections are created in a new draft workflow."
    >
      <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-3">
        <Field
          id="import-file"
          label="Workflow file (JSON)"
          error={fileProblems ? 'This file cannot be imported:' : undefined}
          hint="At most 5 MB, 2,000 steps and 10,000 connections."
        >
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".json,application/json"
              disabled={busy || built}
              className="text-sm"
              onChange={(e) => void pick(e.target.files?.[0])}
            />
          )}
        </Field>
        {fileProblems ? (
          <ul
            aria-label="Problems in the file"
            className="-mt-2 list-disc pl-5 text-sm text-red-800"
          >
            {fileProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
        {picked?.read.ok ? (
          <p className="text-sm text-slate-700" data-testid="import-summary">
            ✓ {picked.fileName}: {count(picked.read.file.graph.nodes.length, 'step')},{' '}
            {count(picked.read.file.graph.edges.length, 'connection')}
            {picked.read.file.versionName ? `, saved as '${picked.read.file.versionName}'` : ''}.
          </p>
        ) : null}
        <Field
          id="import-title"
          label="Name of the new workflow"
          error={titleError}
          hint="Required, up to 100 characters."
        >
          {(control) => (
            <input
              {...control}
              className={inputClass}
              value={title}
              maxLength={100}
              autoComplete="off"
              disabled={busy || built}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field id="import-description" label="Description (optional)">
          {(control) => (
            <textarea
              {...control}
              rows={2}
              className={`${inputClass} h-auto py-2`}
              value={description}
              disabled={busy || built}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <ImportStatus state={state} graph={picked?.read.ok ? picked.read.file.graph : null} />
        {built ? (
          <div className="flex flex-wrap gap-2">
            <Button
              variant="primary"
              onClick={() => void retry().then(finish)}
              disabled={state.phase !== 'part-way'}
            >
              Try the rest again
            </Button>
            <Button onClick={() => finish(state.workflow)}>Open it as it is</Button>
            <Button variant="danger" onClick={() => void discard()}>
              Delete the new workflow
            </Button>
          </div>
        ) : (
          <div className="flex justify-end gap-2">
            <Button onClick={close} disabled={busy}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={busy || !picked?.read.ok}>
              {busy ? 'Creating…' : 'Create workflow from file'}
            </Button>
          </div>
        )}
      </form>
    </Dialog>
  )
}

function ImportStatus({ state, graph }: { state: ImportState; graph: GraphSnapshot | null }) {
  const alert = 'rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900'
  switch (state.phase) {
    case 'creating':
      return (
        <p role="status" className="text-sm text-slate-700">
          Creating the workflow…
        </p>
      )
    case 'building':
      return (
        <div>
          <progress
            className="w-full"
            max={state.ops.length || 1}
            value={state.done}
            aria-label="Import progress"
          />
          <p role="status" className="text-xs text-slate-700">
            Created {describeImported(state.ops, state.ops.slice(0, state.done))}.
          </p>
        </div>
      )
    case 'not-created':
      return (
        <p role="alert" className={alert}>
          The workflow was not created: {describeError(state.error)} Nothing was created; the file
          and what you typed are kept.
        </p>
      )
    case 'part-way':
      return (
        <div role="alert" className={alert}>
          <p>
            The workflow '{state.workflow.title}' was created, but only with{' '}
            {describeImported(state.ops, state.applied)}.
          </p>
          <p className="mt-1">
            It stopped while{' '}
            {describeImportOperation(state.result.failed, graph ?? { nodes: [], edges: [] })}:{' '}
            {describeError(state.result.error)}
          </p>
        </div>
      )
    case 'deleting':
      return (
        <p role="status" className="text-sm text-slate-700">
          Deleting '{state.workflow.title}'…
        </p>
      )
    case 'not-deleted':
      return (
        <p role="alert" className={alert}>
          '{state.workflow.title}' was not deleted: {describeError(state.error)}
        </p>
      )
    default:
      return null
  }
}
