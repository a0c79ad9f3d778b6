import type { ComponentType } from 'react'
import type { NodeProps, NodeTypes } from '@xyflow/react'
import type { z } from 'zod'
import {
  NODE_TYPE_SPECS,
  isKnownNodeType,
  type KnownNodeType,
  type NodeTypeSpec,
} from '../../domain/node-types'
import type { Lookups } from './lookups'
import { ApplicationNode } from './nodes/application/node'
import { ApplicationPanel } from './nodes/application/panel'
import {
  applicationDefaults,
  applicationFormSchema,
  summarizeApplication,
} from './nodes/application/schema'
import { ConditionalNode } from './nodes/conditional/node'
import { ConditionalPanel } from './nodes/conditional/panel'
import {
  conditionalDefaults,
  conditionalFormSchema,
  summarizeConditional,
} from './nodes/conditional/schema'
import { ConvertedNode } from './nodes/converted/node'
import { DroppedNode } from './nodes/dropped/node'
import { GenericNode } from './nodes/generic/node'
import { NODE_META } from './nodes/shared/node-meta'
import { labelOnlyFormSchema } from './nodes/shared/terminal-schema'
import { TimeNode } from './nodes/time/node'
import { TimePanel } from './nodes/time/panel'
import { summarizeTime, timeDefaults, timeFormSchema } from './nodes/time/schema'
import { VoiceCallNode } from './nodes/voice-call/node'
import { VoiceCallPanel } from './nodes/voice-call/panel'
import {
  summarizeVoiceCall,
  voiceCallDefaults,
  voiceCallFormSchema,
} from './nodes/voice-call/schema'
import { LabelOnlyPanel } from './panel/label-only-panel'
import type { PanelProps } from './panel/step-form'
import { FLOW_TYPE, type FlowTypeOf, type StepNodeOf } from './types'

export type CanvasNodeDef<T extends KnownNodeType = KnownNodeType> = {
  /** Title, outputs, terminal flag: the domain registry, never a copy. */
  spec: NodeTypeSpec<T>
  flowType: FlowTypeOf<T>
  Icon: ComponentType
  Node: ComponentType<NodeProps<StepNodeOf<T>>>
  Panel: ComponentType<PanelProps>
  formSchema: z.ZodType
  /** Config of a step added from the palette. */
  defaults: () => Record<string, unknown>
  /** The key of a config in a line or two, for the node face. */
  summarize: (config: Record<string, unknown>, lookups: Lookups) => string[]
}

const empty = () => ({})

export const CANVAS_REGISTRY: { [T in KnownNodeType]: CanvasNodeDef<T> } = {
  VOICE_CALL: {
    spec: NODE_TYPE_SPECS.VOICE_CALL,
    flowType: FLOW_TYPE.VOICE_CALL,
    Icon: NODE_META.VOICE_CALL.Icon,
    Node: VoiceCallNode,
    Panel: VoiceCallPanel,
    formSchema: voiceCallFormSchema,
    defaults: voiceCallDefaults,
    summarize: summarizeVoiceCall,
  },
  TIME: {
    spec: NODE_TYPE_SPECS.TIME,
    flowType: FLOW_TYPE.TIME,
    Icon: NODE_META.TIME.Icon,
    Node: TimeNode,
    Panel: TimePanel,
    formSchema: timeFormSchema,
    defaults: timeDefaults,
    summarize: summarizeTime,
  },
  CONDITIONAL: {
    spec: NODE_TYPE_SPECS.CONDITIONAL,
    flowType: FLOW_TYPE.CONDITIONAL,
    Icon: NODE_META.CONDITIONAL.Icon,
    Node: ConditionalNode,
    Panel: ConditionalPanel,
    formSchema: conditionalFormSchema,
    defaults: conditionalDefaults,
    summarize: summarizeConditional,
  },
  APPLICATION: {
    spec: NODE_TYPE_SPECS.APPLICATION,
    flowType: FLOW_TYPE.APPLICATION,
    Icon: NODE_META.APPLICATION.Icon,
    Node: ApplicationNode,
    Panel: ApplicationPanel,
    formSchema: applicationFormSchema,
    defaults: applicationDefaults,
    summarize: summarizeApplication,
  },
  CONVERTED: {
    spec: NODE_TYPE_SPECS.CONVERTED,
    flowType: FLOW_TYPE.CONVERTED,
    Icon: NODE_META.CONVERTED.Icon,
    Node: ConvertedNode,
    Panel: LabelOnlyPanel,
    formSchema: labelOnlyFormSchema,
    defaults: empty,
    summarize: () => ['Lead ends as converted'],
  },
  DROPPED: {
    spec: NODE_TYPE_SPECS.DROPPED,
    flowType: FLOW_TYPE.DROPPED,
    Icon: NODE_META.DROPPED.Icon,
    Node: DroppedNode,
    Panel: LabelOnlyPanel,
    formSchema: labelOnlyFormSchema,
    defaults: empty,
    summarize: () => ['Lead ends as dropped'],
  },
}

export const canvasDef = (nodeType: string): CanvasNodeDef | undefined =>
  isKnownNodeType(nodeType) ? (CANVAS_REGISTRY[nodeType] as CanvasNodeDef) : undefined

/**
 * React Flow's `nodeTypes`, derived from the registry (plus the fallback for unknown types) so a
 * type is never listed twice. Built once at module scope (React Flow's performance guide).
 */
const stepNodeTypes: NodeTypes = {}
for (const def of Object.values(CANVAS_REGISTRY)) stepNodeTypes[def.flowType] = def.Node
export const nodeTypes: NodeTypes = { ...stepNodeTypes, generic: GenericNode }
