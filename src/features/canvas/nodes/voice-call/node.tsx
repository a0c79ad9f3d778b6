import type { StepNodeOf } from '../../types'
import { createStepNode } from '../shared/create-step-node'
import { NODE_META } from '../shared/node-meta'

export const VoiceCallNode = createStepNode<StepNodeOf<'VOICE_CALL'>>(
  NODE_META.VOICE_CALL,
  'VoiceCallNode',
)
