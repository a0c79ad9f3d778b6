import type { WorkflowNode } from '../../../api/schemas/graph'
import type { Agent, PhoneNumber } from '../../../api/schemas/resources'
import { voiceCallConfigSchema } from '../../../domain/node-config'
import type { Check } from '../check'
import { nameOf } from '../graph-index'
import { problem, type Problem } from '../problem'
import { parseConfig } from '../../../domain/config-cache'

const PICK_AGENT = 'Open the step and pick a published agent.'
const PICK_NUMBER = 'Open the step and pick an active number that has an outbound agent.'

const digits = (phone: string) => phone.replace(/[^\d+]/g, '')

/**
 * VOICE_CALL needs an agent and an outbound number (documented checklist); once agents and
 * numbers are loaded, the agent must be published and exist, the number active with an
 * outbound agent (contract §11.1, §11.2).
 */
export const checkVoiceCalls: Check = (index, input) => {
  const agents = input.agents && new Map(input.agents.map((a) => [a.id, a]))
  const numbers = input.phoneNumbers && numberLookup(input.phoneNumbers)
  const out: Problem[] = []
  for (const node of index.nodes) {
    if (node.nodeType !== 'VOICE_CALL') continue
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
  }
  return out
}

function numberLookup(list: readonly PhoneNumber[]) {
  return {
    byId: new Map(list.map((n) => [n.id, n])),
    byPhone: new Map(list.map((n) => [digits(n.phoneNumber), n])),
  }
}

function noAgent(node: WorkflowNode) {
  return problem({
    code: 'voice-call.no-agent',
    severity: 'error',
    nodeId: node.id,
    message: `${nameOf(node)} has no agent.`,
    fix: PICK_AGENT,
    summary: 'no agent',
  })
}

function noNumber(node: WorkflowNode) {
  return problem({
    code: 'voice-call.no-number',
    severity: 'error',
    nodeId: node.id,
    message: `${nameOf(node)} has no outbound phone number.`,
    fix: PICK_NUMBER,
    summary: 'no outbound number',
  })
}

function checkAgent(node: WorkflowNode, agentId: string, agent: Agent | undefined, out: Problem[]) {
  if (!agent || agent.isDeleted)
    out.push(
      problem({
        code: 'voice-call.agent-missing',
        severity: 'error',
        nodeId: node.id,
        message: `The agent of ${nameOf(node)} (${agent?.name ?? agentId}) no longer exists.`,
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
        message: `${nameOf(node)} uses the agent “${agent.name}”, which is not published; workflow calls only use published agents.`,
        fix: `Publish “${agent.name}”, or open the step and pick a published agent.`,
        summary: 'agent not published',
      }),
    )
}

function checkNumber(
  node: WorkflowNode,
  shown: string,
  number: PhoneNumber | undefined,
  out: Problem[],
) {
  if (!number) {
    out.push(
      problem({
        code: 'voice-call.number-missing',
        severity: 'error',
        nodeId: node.id,
        message: `${nameOf(node)} calls from ${shown}, which is not one of the workspace’s phone numbers.`,
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
        message: `${nameOf(node)} calls from ${shownName}, which is not active (status: ${number.status}).`,
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
        message: `${nameOf(node)} calls from ${shownName}, which has no outbound agent.`,
        fix: 'Assign an outbound agent to the number under Phone numbers, or pick another number.',
        summary: 'number has no outbound agent',
      }),
    )
}
