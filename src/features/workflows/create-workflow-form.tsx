import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import { describeError } from '../../api/api-error'
import { clearKeptInput, readKeptInput, useKeptInput } from '../../lib/session/kept-input'
import { useCreateWorkflow } from '../../api/workflow-mutations'
import { workflowInputSchema, type WorkflowInput } from '../../api/workflows'
import type { Workflow } from '../../api/schemas/workflow'
import { Button } from '../../components/ui/button'
import { Field, inputClass } from '../../components/ui/field'
import { UnsavedChangesGuard } from '../../components/ui/unsaved-changes-guard'
import { serverFieldErrors } from './server-field-errors'

/** `onCreated` must navigate with `ignoreBlocker: true`: the unsaved-changes guard is still armed. */
type Props = { onCreated: (workflow: Workflow) => void; onCancel: () => void }

const KEPT_INPUT_KEY = 'create-workflow'
const keptInputSchema = z.object({ title: z.string(), description: z.string() })

export function CreateWorkflowForm({ onCreated, onCancel }: Props) {
  const create = useCreateWorkflow()
  // Typed text survives a reload or an SSO sign-in round trip (kept in sessionStorage until saved).
  const [restored] = useState(() => readKeptInput(KEPT_INPUT_KEY, keptInputSchema))
  const form = useForm<WorkflowInput>({
    resolver: zodResolver(workflowInputSchema),
    defaultValues: restored ?? { title: '', description: '' },
    mode: 'onTouched',
  })
  const [title = '', description = ''] = useWatch({
    control: form.control,
    name: ['title', 'description'],
  })
  useKeptInput(KEPT_INPUT_KEY, title || description ? { title, description } : undefined)
  const { errors, isSubmitting, isDirty } = form.formState

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      const created = await create.mutateAsync(input)
      clearKeptInput(KEPT_INPUT_KEY)
      onCreated(created)
    } catch (error) {
      // The typed values stay in the form; only the messages are added.
      const split = serverFieldErrors(error, { title: /title|name/i, description: /description/i })
      if (split.fields.title)
        form.setError('title', { message: split.fields.title }, { shouldFocus: true })
      if (split.fields.description)
        form.setError('description', { message: split.fields.description })
      const rest =
        split.fields.title || split.fields.description ? split.rest : [describeError(error)]
      if (rest.length) form.setError('root.server', { message: rest.join(' ') })
    }
  })

  const titleError = errors.title?.message
  const descriptionError = errors.description?.message
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="flex flex-col gap-4"
      aria-labelledby="create-workflow-heading"
    >
      <UnsavedChangesGuard when={isDirty} what="workflow details" />
      <Field
        id="workflow-title"
        label="Name"
        error={titleError}
        hint="Required, up to 100 characters."
      >
        {(control) => (
          <input
            {...control}
            className={inputClass}
            autoComplete="off"
            {...form.register('title')}
          />
        )}
      </Field>
      <Field id="workflow-description" label="Description (optional)" error={descriptionError}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            className={`${inputClass} h-auto py-2`}
            {...form.register('description')}
          />
        )}
      </Field>
      {errors.root?.server ? (
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        >
          The workflow was not created: {errors.root.server.message}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Creating…' : 'Create workflow'}
        </Button>
        <Button onClick={() => (clearKeptInput(KEPT_INPUT_KEY), onCancel())}>Cancel</Button>
      </div>
    </form>
  )
}
