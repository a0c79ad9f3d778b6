import type { NodeTypeSpec } from './spec'

export const applicationSpec = {
  type: 'APPLICATION',
  title: 'Application',
  description: 'Run an integration action (WhatsApp, email, CRM)',
  defaultLabel: 'Application',
  outputs: [
    {
      id: 'success',
      edgeLabel: 'success',
      title: 'Success',
      stranded: 'leads whose action succeeds',
    },
    {
      id: 'failure',
      edgeLabel: 'failure',
      title: 'Failure',
      stranded: 'leads whose action fails',
    },
  ],
  terminal: false,
  placesCall: false,
  waits: false,
} satisfies NodeTypeSpec<'APPLICATION'>
