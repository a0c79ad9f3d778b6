import { createStepNode } from '../shared/create-step-node'
import { NODE_META } from '../shared/node-meta'

export const VoiceCallNode = createStepNode(NODE_META.VOICE_CALL, 'VoiceCallNode')
