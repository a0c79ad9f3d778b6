import type { StepNodeOf } from '../../types'
import { createStepNode } from '../shared/create-step-node'
import { NODE_META } from '../shared/node-meta'

export const ConvertedNode = createStepNode<StepNodeOf<'CONVERTED'>>(
  NODE_META.CONVERTED,
  'ConvertedNode',
)
