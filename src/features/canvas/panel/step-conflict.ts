import type { WorkflowNode } from '../../../api/schemas/graph'
import { canonicalJson } from '../../../domain/graph-diff/snapshot'

/** What a step form was opened with: what "changed elsewhere since" is measured against. */
export type StepBase = Pick<WorkflowNode, 'label' | 'config'>

export const sameStep = (a: StepBase, b: StepBase) =>
  a.label === b.label && canonicalJson(a.config) === canonicalJson(b.config)

/**
 * A save refused by the console itself: the step was changed elsewhere (another tab, another
 * person, the DialNexa dashboard) since the form was opened. Nothing was written; the form shows
 * both versions and lets the person choose.
 */
export class StepConflictError extends Error {
  readonly theirs: WorkflowNode | null
  readonly base: StepBase
  /** Set by the panel: drop what was typed and show their version. */
  discardMine: () => void = () => undefined

  constructor(base: StepBase, theirs: WorkflowNode | null) {
    super(
      theirs
        ? 'This step was changed elsewhere since you opened it.'
        : 'This step was deleted elsewhere since you opened it.',
    )
    this.name = 'StepConflictError'
    this.base = base
    this.theirs = theirs
  }
}

export const isStepConflict = (error: unknown): error is StepConflictError =>
  error instanceof StepConflictError

/** The fields that differ between two versions of a step, as a person reads them. */
export function changedFields(
  a: StepBase,
  b: StepBase,
): { field: string; before: unknown; after: unknown }[] {
  const fields: { field: string; before: unknown; after: unknown }[] = []
  if (a.label !== b.label) fields.push({ field: 'Step name', before: a.label, after: b.label })
  const keys = [...new Set([...Object.keys(a.config), ...Object.keys(b.config)])].sort()
  for (const key of keys)
    if (canonicalJson(a.config[key]) !== canonicalJson(b.config[key]))
      fields.push({ field: key.replace(/_/g, ' '), before: a.config[key], after: b.config[key] })
  return fields
}
