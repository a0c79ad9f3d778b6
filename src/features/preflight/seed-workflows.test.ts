import { describe, expect, it } from 'vitest'
import { workflowEdgeSchema, workflowNodeSchema, type WorkflowGraph } from '../../api/schemas/graph'
import { agentSchema, phoneNumberSchema } from '../../api/schemas/resources'
import { buildSeedGraphs, type SeedGraphs } from '../../mocks/seed/graphs'
import { seedAgents, seedPhoneNumbers } from '../../mocks/seed/resources'
import { SEED_VARIABLE_KEYS } from '../../mocks/seed/variable-keys'
import { SEED_WORKFLOWS } from '../../mocks/seed/workflows'
import { runPreflight, type PreflightInput } from './run-preflight'

const graphs = buildSeedGraphs()
const agents = seedAgents().map((a) => agentSchema.parse(a))
const phoneNumbers = seedPhoneNumbers().map((p) => phoneNumberSchema.parse(p))

/** The seed's records as the client holds them, parsed by the same schemas as API answers. */
function inputFor(key: keyof SeedGraphs): PreflightInput {
  const seed = graphs[key]
  const graph: WorkflowGraph = {
    nodes: seed.nodes.map((n) => workflowNodeSchema.parse(n)),
    edges: seed.edges.map((e) => workflowEdgeSchema.parse(e)),
  }
  const variableKeys = SEED_VARIABLE_KEYS[SEED_WORKFLOWS[key].id] ?? []
  return { graph, agents, phoneNumbers, variableKeys }
}

const codes = (key: keyof SeedGraphs, severity?: 'error') =>
  runPreflight(inputFor(key))
    .filter((p) => !severity || p.severity === severity)
    .map((p) => `${p.code} ${p.nodeId ?? ''}`)

describe('preflight on the seeded workflows', () => {
  it.each([
    'appointmentReady',
    'nurture',
    'reengage',
    'kyc',
    'legacyRunning',
    'renewal',
    'legacyName',
    'nps',
    'demoFollowup',
    'webinar',
  ] as const)('finds no problem in the complete %s workflow', (key) => {
    expect(runPreflight(inputFor(key))).toEqual([])
  })

  it('finds each deliberate mistake of the cart abandonment draft', () => {
    const { call, wantsDiscount, code } = graphs.cartAbandonment.ids
    expect(codes('cartAbandonment')).toEqual([
      `output.not-wired ${wantsDiscount}`,
      `output.not-wired ${code}`,
      `voice-call.no-agent ${call}`,
      // No lead file yet: the template's {{first_name}} cannot be checked.
      `variables.no-lead-columns ${code}`,
    ])
  })

  it('finds each deliberate mistake of the win-back draft', () => {
    const { call, retry, coolOff, lapsed, orphan } = graphs.winback.ids
    expect(codes('winback', 'error')).toEqual(
      expect.arrayContaining([
        `graph.multiple-entries ${call}`,
        `graph.multiple-entries ${orphan}`,
        `node.no-outgoing ${orphan}`,
        `edge.from-terminal ${lapsed}`,
        `cycle.no-wait ${retry}`,
        `time.no-duration ${coolOff}`,
        `variables.unknown ${call}`,
      ]),
    )
  })

  it('finds the unpublished agent and the inactive number of the feedback draft', () => {
    const { call, courier } = graphs.feedback.ids
    expect(codes('feedback', 'error')).toEqual([
      `voice-call.agent-unpublished ${call}`,
      `voice-call.number-inactive ${courier}`,
      `voice-call.number-no-outbound-agent ${courier}`,
    ])
  })
})
