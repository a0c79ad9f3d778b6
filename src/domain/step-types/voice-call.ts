import type { AgentFacts, CheckedStep, NodeTypeSpec, PhoneNumberFacts, StepCheck } from './spec'
import { stepName } from './spec'
import { voiceCallConfigSchema } from '../node-config'
import { problem, type Problem } from '../problem'
import { parseConfig } from '../config-cache'

const PICK_AGENT = 'Open the step and pick a published agent.'
const PICK_NUMBER = 'Open the step and pick an active number that has an outbound agent.'

const digits = (phone: string) => phone.replace(/[^\d+]/g, '')

/**
 * VOICE_CALL needs an agent and an outbound number (documented checklist); once agents and
 * numbers are loaded, the agent must be published and exist, the number active with an
 * outbound agent (contract §11.1, §11.2).
 */
export const checkVoiceCall: StepCheck = (node, facts) => {
  const agents = facts.agents && new Map(facts.agents.map((a) => [a.id, a]))
  const numbers = facts.phoneNumbers && numberLookup(facts.phoneNumbers)
  const out: Problem[] = []
  const config = parseConfig(voiceCallConfigSchema, node.config)
  const agentId = config.agent_id?.trim()
  if (!agentId) out.push(noAgent(node))
  else if (agents) checkAgent(node, agentId, agents.get(agentId), out)
  const numberId = config.phone_number_id?.trim()
  const phone = config.from_phone_number?.trim()
  if (!numberId && !phone) out.push(noNumber(node))
  else if (numbers) {
    const number =
      (numberId && numbers.byId.get(numberId)) || (phone && numbers.byPhone.get(digits(phone)))
    checkNumber(node, phone || numberId || '', number || undefined, out)
  }
  return out
}

function numberLookup(list: readonly PhoneNumberFacts[]) {
  return {
    byId: new Map(list.map((n) => [n.id, n])),
    byPhone: new Map(list.map((n) => [digits(n.phoneNumber), n])),
  }
}

function noAgent(node: CheckedStep) {
  return problem({
    code: 'voice-call.no-agent',
    severity: 'error',
    nodeId: node.id,
    message: `${name(node)} has no agent.`,
    fix: PICK_AGENT,
    summary: 'no agent',
  })
}

function noNumber(node: CheckedStep) {
  return problem({
    code: 'voice-call.no-number',
    severity: 'error',
    nodeId: node.id,
    message: `${name(node)} has no outbound phone number.`,
    fix: PICK_NUMBER,
    summary: 'no outbound number',
  })
}

function checkAgent(
  node: CheckedStep,
  agentId: string,
  agent: AgentFacts | undefined,
  out: Problem[],
) {
  if (!agent || agent.isDeleted)
    out.push(
      problem({
        code: 'voice-call.agent-missing',
        severity: 'error',
        nodeId: node.id,
        message: `The agent of ${name(node)} (${agent?.name ?? agentId}) no longer exists.`,
        fix: PICK_AGENT,
        summary: 'agent no longer exists',
      }),
    )
  else if (!agent.isPublished)
    out.push(
      problem({
        code: 'voice-call.agent-unpublished',
        severity: 'error',
        nodeId: node.id,
        message: `${name(node)} uses the agent “${agent.name}”, which is not published; workflow calls only use published agents.`,
        fix: `Publish “${agent.name}”, or open the step and pick a published agent.`,
        summary: 'agent not published',
      }),
    )
}

function checkNumber(
  node: CheckedStep,
  shown: string,
  number: PhoneNumberFacts | undefined,
  out: Problem[],
) {
  if (!number) {
    out.push(
      problem({
        code: 'voice-call.number-missing',
        severity: 'error',
        nodeId: node.id,
        message: `${name(node)} calls from ${shown}, which is not one of the workspace’s phone numbers.`,
        fix: PICK_NUMBER,
        summary: 'number not in the workspace',
      }),
    )
    return
  }
  const shownName =
    number.displayName === number.phoneNumber
      ? number.phoneNumber
      : `${number.phoneNumber} (“${number.displayName}”)`
  if (!number.isActive)
    out.push(
      problem({
        code: 'voice-call.number-inactive',
        severity: 'error',
        nodeId: node.id,
        message: `${name(node)} calls from ${shownName}, which is not active (status: ${number.status}).`,
        fix: 'Pick an active number, or activate this one under Phone numbers.',
        summary: 'number not active',
      }),
    )
  if (!number.outboundAgentId)
    out.push(
      problem({
        code: 'voice-call.number-no-outbound-agent',
        severity: 'error',
        nodeId: node.id,
        message: `${name(node)} calls from ${shownName}, which has no outbound agent.`,
        fix: 'Assign an outbound agent to the number under Phone numbers, or pick another number.',
        summary: 'number has no outbound agent',
      }),
    )
}

const name = (step: CheckedStep) => stepName(step, 'Voice call')

export const voiceCallSpec = {
  type: 'VOICE_CALL',
  title: 'Voice call',
  description: 'Place an outbound AI call to the lead',
  defaultLabel: 'Voice call',
  outputs: [
    {
      id: 'COMPLETED',
      edgeLabel: 'COMPLETED',
      title: 'Completed',
      stranded: 'leads whose call completes',
    },
    { id: 'FAILED', edgeLabel: 'FAILED', title: 'Failed', stranded: 'leads whose call fails' },
    {
      id: 'DNP',
      edgeLabel: 'DNP',
      title: 'Did not pick up',
      stranded: 'leads who do not pick up',
    },
  ],
  terminal: false,
  placesCall: true,
  waits: false,
  check: checkVoiceCall,
} satisfies NodeTypeSpec<'VOICE_CALL'>
