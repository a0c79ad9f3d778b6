import type { ComponentType } from 'react'
import type { KnownNodeType } from '../../../../domain/node-types'
import {
  BranchIcon,
  CheckIcon,
  ClockIcon,
  PhoneIcon,
  PlugIcon,
  StopIcon,
  UnknownIcon,
} from './icons'

/** Icon (never the only cue: the type name is printed next to it) and accent per node type. */
export type NodeMeta = { Icon: ComponentType; accent: string }

export const NODE_META: Record<KnownNodeType, NodeMeta> = {
  VOICE_CALL: { Icon: PhoneIcon, accent: 'border-l-indigo-600' },
  TIME: { Icon: ClockIcon, accent: 'border-l-amber-600' },
  CONDITIONAL: { Icon: BranchIcon, accent: 'border-l-sky-700' },
  APPLICATION: { Icon: PlugIcon, accent: 'border-l-fuchsia-700' },
  CONVERTED: { Icon: CheckIcon, accent: 'border-l-emerald-700' },
  DROPPED: { Icon: StopIcon, accent: 'border-l-slate-600' },
}

export const GENERIC_META: NodeMeta = { Icon: UnknownIcon, accent: 'border-l-slate-400' }

export const MARKER_ICON = { error: '✕', warning: '⚠' } as const
