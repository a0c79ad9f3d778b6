import { createStepNode } from '../shared/create-step-node'
import { NODE_META } from '../shared/node-meta'

export const ConditionalNode = createStepNode(NODE_META.CONDITIONAL, 'ConditionalNode')
