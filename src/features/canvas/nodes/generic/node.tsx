import { createStepNode } from '../shared/create-step-node'
import { GENERIC_META } from '../shared/node-meta'

/** A node type this client does not know (the API may add kinds, §5.1): shown, never a crash. */
export const GenericNode = createStepNode(GENERIC_META, 'GenericNode')
