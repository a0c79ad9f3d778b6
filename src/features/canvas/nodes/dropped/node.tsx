import type { StepNodeOf } from '../../types'
import { createStepNode } from '../shared/create-step-node'
import { NODE_META } from '../shared/node-meta'

export const DroppedNode = createStepNode<StepNodeOf<'DROPPED'>>(NODE_META.DROPPED, 'DroppedNode')
