import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import type { GenericStepNode, StepNode } from '../../types'
import type { NodeMeta } from './node-meta'
import { StepNodeShell } from './step-node-shell'

/**
 * One memoised component per node type, each reading only its own node's props (React Flow's
 * performance guide); what differs between types is their meta (icon, accent) and their data.
 */
export function createStepNode<N extends StepNode = GenericStepNode>(
  meta: NodeMeta,
  displayName: string,
) {
  function Step({ data, selected, isConnectable }: NodeProps<N>) {
    return (
      <StepNodeShell
        data={data}
        selected={selected ?? false}
        isConnectable={isConnectable}
        meta={meta}
      />
    )
  }
  Step.displayName = displayName
  return memo(Step)
}
