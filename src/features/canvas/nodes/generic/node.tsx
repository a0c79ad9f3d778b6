import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import type { StepNode } from '../../types'
import { GENERIC_META } from '../shared/node-meta'
import { StepNodeShell } from '../shared/step-node-shell'

/** A node type this client does not know (the API may add kinds, §5.1): shown, never a crash. */
export const GenericNode = memo(function GenericNode({
  data,
  selected,
  isConnectable,
}: NodeProps<StepNode>) {
  return (
    <StepNodeShell
      data={data}
      selected={selected}
      isConnectable={isConnectable}
      meta={GENERIC_META}
    />
  )
})
