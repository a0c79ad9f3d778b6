import type { NodeTypeSpec } from './spec'

export const droppedSpec = {
  type: 'DROPPED',
  title: 'Dropped',
  description: 'End the lead as dropped',
  defaultLabel: 'Dropped',
  outputs: [],
  terminal: true,
  placesCall: false,
  waits: false,
} satisfies NodeTypeSpec<'DROPPED'>
