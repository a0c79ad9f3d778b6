import type { StepNodeOf } from '../../types'
import { createStepNode } from '../shared/create-step-node'
import { NODE_META } from '../shared/node-meta'

export const TimeNode = createStepNode<StepNodeOf<'TIME'>>(NODE_META.TIME, 'TimeNode')
