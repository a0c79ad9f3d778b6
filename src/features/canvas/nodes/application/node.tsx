import type { StepNodeOf } from '../../types'
import { createStepNode } from '../shared/create-step-node'
import { NODE_META } from '../shared/node-meta'

export const ApplicationNode = createStepNode<StepNodeOf<'APPLICATION'>>(
  NODE_META.APPLICATION,
  'ApplicationNode',
)
