import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import { describeError } from '../../api/api-error'
import { clearDraft, readDraft, useSessionDraft } from '../../lib/session/drafts'
import { useCreateWorkflow } from '../../api/workflow-mutations'
import { workflowInputSchema, type WorkflowInput } from '../../api/workflows'
import type { Workflow } from '../../api/schemas/workflow'
import { Button } from '../../components/ui/button'
import { describedBy, Field, inputClass } from '../../components/ui/field'
import { UnsavedChangesGuard } from '../../components/ui/unsaved-changes-guard'
import { serverFieldErrors } from './server-field-errors'

/** `onCreated` must navigate with `ignoreBlocker: true`: the unsaved-changes guard is still armed. */
type Props = { onCreated: (workflow: Workflow) => void; onCancel: () => void }

const DRAFT_KEY = 'create-workflow'
const draftSchema = z.object({ title: z.string(), description: z.string() })

export function CreateWorkflowForm({ onCreated, onCancel }: Props) {
  const create = useCreateWorkflow()
  // Typed text survives a reload or an SSO sign-in round trip (kept in sessionStorage until saved).
  const [restored] = useState(() => readDraft(DRAFT_KEY, draftSchema))
  const form = useForm<WorkflowInput>({
    resolver: zodResolver(workflowInputSchema),
    defaultValues: restored ?? { title: '', description: '' },
    mode: 'onTouched',
  })
  const [title = '', description = ''] = useWatch({
    control: form.control,
    name: ['title', 'description'],
  })
  useSessionDraft(DRAFT_KEY, title || description ? { title, description } : undefined)
  const { errors, isSubmitting, isDirty } = form.formState

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      const created = await create.mutateAsync(input)
      clearDraft(DRAFT_KEY)
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
        <input
          id="workflow-title"
          className={inputClass}
          autoComplete="off"
          aria-invalid={titleError ? true : undefined}
          aria-describedby={describedBy('workflow-title', titleError, true)}
          {...form.register('title')}
        />
      </Field>
      <Field id="workflow-description" label="Description (optional)" error={descriptionError}>
        <textarea
          id="workflow-description"
          rows={4}
          className={`${inputClass} h-auto py-2`}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={describedBy('workflow-description', descriptionError)}
          {...form.register('description')}
        />
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
        <Button onClick={() => (clearDraft(DRAFT_KEY), onCancel())}>Cancel</Button>
      </div>
    </form>
  )
}
