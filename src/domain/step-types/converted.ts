import type { NodeTypeSpec } from './spec'

export const convertedSpec = {
  type: 'CONVERTED',
  title: 'Converted',
  description: 'End the lead as converted',
  defaultLabel: 'Converted',
  outputs: [],
  terminal: true,
  placesCall: false,
  waits: false,
} satisfies NodeTypeSpec<'CONVERTED'>
