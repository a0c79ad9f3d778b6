import type { StepNodeOf } from '../../types'
import { createStepNode } from '../shared/create-step-node'
import { NODE_META } from '../shared/node-meta'

export const ConditionalNode = createStepNode<StepNodeOf<'CONDITIONAL'>>(
  NODE_META.CONDITIONAL,
  'ConditionalNode',
)
