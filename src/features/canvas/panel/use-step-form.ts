import { useEffect, useState } from 'react'
import { useForm, type FieldValues, type Path, type UseFormRegisterReturn } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { describeError } from '../../../api/api-error'
import { useUnsavedEdits } from './unsaved-edits'
import { isStepConflict, type StepBase, type StepConflictError } from './step-conflict'

export type StepConflictChoice = {
  base: StepBase
  theirs: { label: string; config: Record<string, unknown> } | null
  mine: StepBase
  overwrite: () => void
  discardMine: () => void
  keepEditing: () => void
}

export type StepPatch = { label: string; config?: Record<string, unknown> }
/**
 * Resolves `saved`, or `cancelled` when the user declined the live-edit confirmation; rejects
 * with the API error (already toasted) when the API refuses.
 */
export type SaveStep = (
  patch: StepPatch,
  options?: { overwrite?: boolean },
) => Promise<'saved' | 'cancelled'>

/**
 * A node form: zod-validated, restores the unsaved edits of this node, and keeps what was typed
 * when the API refuses a save (only a successful save resets it).
 */
export function useStepForm<TIn extends FieldValues & { label: string }, TOut>(options: {
  nodeId: string
  schema: z.ZodType<TOut, TIn>
  initial: TIn
  toPatch: (values: TOut) => StepPatch
  save: SaveStep
}) {
  const { nodeId, schema, initial, toPatch, save } = options
  const unsavedEdits = useUnsavedEdits()
  const [saveError, setSaveError] = useState<string | null>(null)
  const [conflict, setConflict] = useState<{ error: StepConflictError; mine: StepPatch } | null>(
    null,
  )
  const form = useForm<TIn, unknown, TOut>({
    resolver: zodResolver(schema),
    defaultValues: initial as never,
    mode: 'onTouched',
  })

  useEffect(() => {
    const edits = unsavedEdits.get(nodeId)
    if (edits) form.reset(edits as TIn, { keepDefaultValues: true })
    return () => {
      const values = form.getValues()
      if (JSON.stringify(values) !== JSON.stringify(form.formState.defaultValues))
        unsavedEdits.set(nodeId, values)
      else unsavedEdits.delete(nodeId)
    }
  }, [unsavedEdits, form, nodeId])

  const submit = (overwrite: boolean) =>
    form.handleSubmit(async (values) => {
      setSaveError(null)
      setConflict(null)
      const typed = form.getValues()
      try {
        if ((await save(toPatch(values), { overwrite })) === 'cancelled') return
        unsavedEdits.delete(nodeId)
        // Typing that went on while the save was in flight stays; it is simply dirty again.
        form.reset(typed, { keepValues: true })
      } catch (error) {
        if (isStepConflict(error)) setConflict({ error, mine: toPatch(values) })
        else setSaveError(describeError(error))
      }
    })
  const onSubmit = submit(false)

  const { errors, isSubmitting, isDirty } = form.formState
  const frame: StepFormFrame = {
    nodeId,
    onSubmit,
    saveError,
    conflict: conflict
      ? {
          base: conflict.error.base,
          theirs: conflict.error.theirs,
          mine: {
            label: conflict.mine.label,
            config: conflict.mine.config ?? conflict.error.base.config,
          },
          overwrite: () => void submit(true)(),
          discardMine: () => conflict.error.discardMine(),
          keepEditing: () => setConflict(null),
        }
      : null,
    submitting: isSubmitting,
    dirty: isDirty,
    label: {
      error: errors.label?.message as string | undefined,
      registration: form.register('label' as Path<TIn>),
    },
  }
  return { form, onSubmit, saveError, frame }
}

/** What the shared frame of a step form (`StepForm`) needs: the save, its state, the name field. */
export type StepFormFrame = {
  nodeId: string
  onSubmit: () => Promise<void>
  saveError: string | null
  /** The step was changed elsewhere since the form was opened: both versions, and the choices. */
  conflict: StepConflictChoice | null
  submitting: boolean
  dirty: boolean
  label: { error: string | undefined; registration: UseFormRegisterReturn }
}
