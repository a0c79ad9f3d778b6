import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useWatch } from 'react-hook-form'
import { resourceQueries } from '../../../../api/resources'
import type { Agent, PhoneNumber } from '../../../../api/schemas/resources'
import { buildLookups, isSelectableAgent, isSelectableNumber } from '../../lookups'
import { SelectField, type Option } from '../../panel/fields'
import { StepForm, type PanelProps } from '../../panel/step-form'
import { useStepForm } from '../../panel/use-step-form'
import { makeVoiceCallFormSchema, voiceCallConfig, voiceCallFormValues } from './schema'

/** Waits for agents and numbers so the form starts from resolved values. */
export function VoiceCallPanel(props: PanelProps) {
  const agents = useQuery(resourceQueries.agents())
  const numbers = useQuery(resourceQueries.phoneNumbers())
  if (agents.isError || numbers.isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        Agents or phone numbers could not be loaded.{' '}
        <button
          type="button"
          className="font-medium underline"
          onClick={() => void Promise.all([agents.refetch(), numbers.refetch()])}
        >
          Try again
        </button>
      </p>
    )
  if (!agents.data || !numbers.data)
    return (
      <p role="status" className="text-sm text-slate-600">
        Loading agents and numbers…
      </p>
    )
  return <VoiceCallForm {...props} agentList={agents.data} numberList={numbers.data} />
}

type FormProps = PanelProps & { agentList: Agent[]; numberList: PhoneNumber[] }

function VoiceCallForm({ node, readOnly, save, agentList, numberList }: FormProps) {
  const lookups = useMemo(() => buildLookups(agentList, numberList), [agentList, numberList])
  const schema = useMemo(
    () =>
      makeVoiceCallFormSchema({
        agentIds: new Set(agentList.filter(isSelectableAgent).map((a) => a.id)),
        numberIds: new Set(numberList.filter(isSelectableNumber).map((p) => p.id)),
      }),
    [agentList, numberList],
  )
  const { form, frame } = useStepForm({
    nodeId: node.id,
    schema,
    initial: voiceCallFormValues(node, lookups),
    toPatch: (v) => ({ label: v.label, config: voiceCallConfig(v, lookups) }),
    save,
  })
  const { errors } = form.formState
  const [agentId, numberId] = useWatch({
    control: form.control,
    name: ['agent_id', 'phone_number_id'],
  })

  // The current value stays visible even when it is no longer pickable.
  const agentOptions: Option[] = agentList
    .filter((a) => isSelectableAgent(a) || a.id === agentId)
    .map((a) => ({
      value: a.id,
      label: isSelectableAgent(a) ? a.name : `${a.name} (not published)`,
      disabled: !isSelectableAgent(a),
    }))
  const numberOptions: Option[] = numberList
    .filter((p) => isSelectableNumber(p) || p.id === numberId)
    .map((p) => ({
      value: p.id,
      label: `${p.displayName === p.phoneNumber ? p.phoneNumber : `${p.displayName} · ${p.phoneNumber}`}${isSelectableNumber(p) ? '' : ' (unavailable)'}`,
      disabled: !isSelectableNumber(p),
    }))
  return (
    <StepForm frame={frame} readOnly={readOnly}>
      <SelectField
        id={`${node.id}-agent`}
        label="Agent"
        placeholder="Choose an agent"
        options={agentOptions}
        hint="Only published agents can place calls."
        error={errors.agent_id?.message}
        registration={form.register('agent_id')}
      />
      <SelectField
        id={`${node.id}-number`}
        label="Call from"
        placeholder="Choose a number"
        options={numberOptions}
        hint="Active numbers that have an outbound agent."
        error={errors.phone_number_id?.message}
        registration={form.register('phone_number_id')}
      />
    </StepForm>
  )
}
