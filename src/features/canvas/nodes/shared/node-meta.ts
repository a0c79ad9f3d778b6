import type { KnownNodeType } from '../../../../domain/node-types'

/** Icon (never the only cue: the type name is printed next to it) and accent per node type. */
export type NodeMeta = { icon: string; accent: string }

export const NODE_META: Record<KnownNodeType, NodeMeta> = {
  VOICE_CALL: { icon: '☎', accent: 'border-l-indigo-600' },
  TIME: { icon: '⏱', accent: 'border-l-amber-600' },
  CONDITIONAL: { icon: '⑂', accent: 'border-l-sky-700' },
  APPLICATION: { icon: '⚙', accent: 'border-l-fuchsia-700' },
  CONVERTED: { icon: '✓', accent: 'border-l-emerald-700' },
  DROPPED: { icon: '⊘', accent: 'border-l-slate-600' },
}

export const GENERIC_META: NodeMeta = { icon: '?', accent: 'border-l-slate-400' }

export const MARKER_ICON = { error: '✕', warning: '⚠' } as const
