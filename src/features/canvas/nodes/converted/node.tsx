import { createStepNode } from '../shared/create-step-node'
import { NODE_META } from '../shared/node-meta'

export const ConvertedNode = createStepNode(NODE_META.CONVERTED, 'ConvertedNode')
