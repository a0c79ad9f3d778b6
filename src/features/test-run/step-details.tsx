import type { Agent, PhoneNumber } from '../../api/schemas/resources'
import { text } from '../../domain/step-semantics/config-readers'
import type { RuleCheck } from '../../domain/step-semantics/conditions'
import { formatLocalDateTime } from '../../domain/time-zones/local-time'
import { fillTemplate } from './walk/fill-template'
import type { StepOutcome, TestLead, WalkStep } from './walk/walk-types'

export type Resources = { agents: readonly Agent[]; numbers: readonly PhoneNumber[] }

const show = (v: unknown) => (v === undefined ? 'nothing (not set)' : `“${String(v)}”`)

function CallDetails({
  step,
  lead,
  resources,
}: {
  step: WalkStep
  lead: TestLead
  resources: Resources
}) {
  const agentId = text(step.node.config, 'agent_id')
  const agent = resources.agents.find((a) => a.id === agentId)
  const numberId = text(step.node.config, 'phone_number_id')
  const from =
    text(step.node.config, 'from_phone_number') ??
    resources.numbers.find((n) => n.id === numberId)?.phoneNumber ??
    null
  const values = {
    ...lead.variables,
    phone_number: lead.phoneNumber,
    caller_number: from ?? undefined,
    agent_name: agent?.name,
    agent_id: agent?.id,
  }
  return (
    <div className="flex flex-col gap-1">
      <p>
        Agent <strong>{agent?.name ?? agentId ?? 'not chosen'}</strong> calls {lead.phoneNumber}{' '}
        from <strong>{from ?? 'no number'}</strong>.
      </p>
      {agent?.templates.map((template, i) => (
        <blockquote key={i} className="border-l-2 border-slate-300 pl-2 text-slate-800">
          {fillTemplate(template, values).map((part, j) =>
            'text' in part ? (
              <span key={j}>{part.text}</span>
            ) : part.value === null ? (
              <mark key={j} className="rounded bg-amber-100 px-0.5 text-amber-900">
                {`{{${part.variable}}}`} (missing)
              </mark>
            ) : (
              <strong key={j} className="font-semibold">
                {part.value}
              </strong>
            ),
          )}
        </blockquote>
      ))}
      {!agent && agentId ? (
        <p className="text-amber-900">The agent {agentId} is not known.</p>
      ) : null}
    </div>
  )
}

const OPERATOR_WORDS: Record<string, string> = {
  equals: 'equals',
  not_equals: 'is not',
  exists: 'is set',
  contains: 'contains',
  greater_than: 'is more than',
  less_than: 'is less than',
}

function ruleWords({ rule, actual, passed }: RuleCheck) {
  const compared = rule.operator === 'exists' ? '' : ` ${show(rule.value)}`
  return `${rule.field} ${OPERATOR_WORDS[rule.operator] ?? rule.operator}${compared}: it is ${show(actual)}, so ${passed ? 'yes' : 'no'}`
}

function OutcomeDetails({ outcome, zone }: { outcome: StepOutcome; zone: string }) {
  switch (outcome.kind) {
    case 'wait': {
      const { hold } = outcome
      const why =
        hold.source === 'fixed'
          ? 'after the fixed wait'
          : hold.source === 'pca'
            ? `at the time the call gave for ${hold.field}`
            : hold.source === 'pca_unparseable'
              ? `one hour later: ${hold.field} was missing or unreadable`
              : 'at once: no wait is set'
      return (
        <p>
          The lead would continue on <strong>{formatLocalDateTime(hold.releaseAt, zone)}</strong>,
          in the lead’s time zone, {why}.
        </p>
      )
    }
    case 'condition': {
      const { verdict } = outcome
      if (verdict.mode === 'branch')
        return (
          <p>
            {verdict.field} is {show(verdict.actual)}:{' '}
            {verdict.output ? `branch ${verdict.output}` : 'no branch matches'}.
          </p>
        )
      return (
        <div>
          <p>
            <strong>{verdict.output === 'true' ? 'True' : 'False'}</strong>
            {verdict.checks.length === 0
              ? ': the condition has no rule.'
              : verdict.checks.length > 1
                ? ` (${verdict.logic === 'OR' ? 'any rule' : 'every rule'} must hold):`
                : ':'}
          </p>
          <ul className="list-disc pl-5">
            {verdict.checks.map((check, i) => (
              <li key={i}>{ruleWords(check)}</li>
            ))}
          </ul>
        </div>
      )
    }
    case 'action':
      return (
        <p>
          {outcome.result.output === 'success'
            ? 'The action would run and succeed.'
            : `The action would fail: ${outcome.result.missingFields.join(', ')} missing.`}
        </p>
      )
    case 'converted':
      return <p>The lead ends as converted.</p>
    case 'dropped':
      return <p>The lead ends as dropped.</p>
    default:
      return null
  }
}

function ActionSummary({ step }: { step: WalkStep }) {
  const c = step.node.config
  const provider = text(c, 'provider_key')
  const action = text(c, 'action_key')
  const settings =
    c.action_config && typeof c.action_config === 'object' ? Object.entries(c.action_config) : []
  return (
    <div>
      <p>
        Would run <strong>{action ?? 'no action'}</strong> with{' '}
        <strong>{provider ?? 'no provider'}</strong>.
      </p>
      {settings.length ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
          {settings.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="font-mono text-slate-600">{key}</dt>
              <dd className="break-words">
                {typeof value === 'string' ? value : JSON.stringify(value)}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  )
}

export function StepDetails(props: {
  step: WalkStep
  lead: TestLead
  zone: string
  resources: Resources
}) {
  const { step } = props
  return (
    <div className="flex flex-col gap-1 text-sm text-slate-800">
      {step.kind === 'call' ? <CallDetails {...props} /> : null}
      {step.kind === 'action' ? <ActionSummary step={step} /> : null}
      <OutcomeDetails outcome={step.outcome} zone={props.zone} />
    </div>
  )
}
