import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import type { StepNode } from '../../types'
import { NODE_META } from '../shared/node-meta'
import { StepNodeShell } from '../shared/step-node-shell'

export const VoiceCallNode = memo(function VoiceCallNode({
  data,
  selected,
  isConnectable,
}: NodeProps<StepNode>) {
  return (
    <StepNodeShell
      data={data}
      selected={selected}
      isConnectable={isConnectable}
      meta={NODE_META.VOICE_CALL}
    />
  )
})
