import { useQuery } from '@tanstack/react-query'
import { workflowOfGraph } from '../../../../api/graph-source'
import { useFieldArray, useWatch } from 'react-hook-form'
import { useMemo } from 'react'
import { graphQueries } from '../../../../api/graph'
import { resourceQueries } from '../../../../api/resources'
import { CONDITION_OPERATORS, operatorNeedsValue } from '../../../../domain/node-config'
import { Button } from '../../../../components/ui/button'
import { SelectField } from '../../panel/fields'
import { StepForm, type PanelProps } from '../../panel/step-form'
import { useStepForm } from '../../panel/use-step-form'
import {
  conditionalConfig,
  conditionalFormSchema,
  conditionalFormValues,
  emptyRule,
  OPERATOR_TEXT,
} from './schema'
import { conditionFieldCatalog, findField } from './field-catalog'
import { FieldPicker } from './field-picker'
import { ValuePicker } from './value-picker'

const OPERATOR_OPTIONS = CONDITION_OPERATORS.map((op) => ({ value: op, label: OPERATOR_TEXT[op] }))
const LOGIC_OPTIONS = [
  { value: 'AND', label: 'All rules match (AND)' },
  { value: 'OR', label: 'Any rule matches (OR)' },
]

export function ConditionalPanel({ node, workflowId, readOnly, save }: PanelProps) {
  // A draft's steps read the variables of the workflow it belongs to.
  const keys = useQuery(resourceQueries.variableKeys(workflowOfGraph(workflowId)))
  const agents = useQuery(resourceQueries.agents())
  const graph = useQuery(graphQueries.graph(workflowId))
  const catalog = useMemo(
    () =>
      conditionFieldCatalog({
        variableKeys: keys.data,
        agents: agents.data,
        graph: graph.data,
        nodeId: node.id,
      }),
    [keys.data, agents.data, graph.data, node.id],
  )
  const { form, frame } = useStepForm({
    nodeId: node.id,
    schema: conditionalFormSchema,
    initial: conditionalFormValues(node),
    toPatch: (v) => ({ label: v.label, config: conditionalConfig(v) }),
    save,
  })
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'conditions' })
  const rules = useWatch({ control: form.control, name: 'conditions' })
  const { errors } = form.formState
  const branchMode = node.config.mode === 'branch'
  return (
    <StepForm frame={frame} readOnly={readOnly}>
      {branchMode ? (
        <p className="rounded bg-problem-warning-bg p-2 text-xs text-problem-warning">
          This condition branches on an outcome. Saving turns it into true/false rules.
        </p>
      ) : null}
      <SelectField
        id={`${node.id}-logic`}
        label="Combine rules"
        placeholder="Choose"
        options={LOGIC_OPTIONS}
        registration={form.register('logic')}
      />
      {fields.map((field, i) => {
        const err = errors.conditions?.[i]
        return (
          <fieldset
            key={field.id}
            className="flex flex-col gap-2 rounded border border-slate-200 p-2"
          >
            <legend className="px-1 text-xs font-medium text-slate-700">Rule {i + 1}</legend>
            <FieldPicker
              id={`${node.id}-rule-${i}-field`}
              index={i}
              control={form.control}
              groups={catalog}
              error={err?.field?.message}
              onChosen={(chosen) => {
                const value = form.getValues(`conditions.${i}.value`)
                if (chosen?.values.length && !chosen.values.includes(value))
                  form.setValue(`conditions.${i}.value`, '', { shouldDirty: true })
              }}
            />
            <SelectField
              id={`${node.id}-rule-${i}-op`}
              label="Operator"
              placeholder="Choose an operator"
              options={OPERATOR_OPTIONS}
              error={err?.operator?.message}
              registration={form.register(`conditions.${i}.operator`)}
            />
            {operatorNeedsValue(rules?.[i]?.operator ?? 'equals') ? (
              <ValuePicker
                // A new field starts a new choice of values.
                key={rules?.[i]?.field ?? ''}
                id={`${node.id}-rule-${i}-value`}
                index={i}
                control={form.control}
                field={findField(catalog, rules?.[i]?.field ?? '')}
                error={err?.value?.message}
              />
            ) : null}
            {fields.length > 1 ? (
              <Button size="sm" variant="ghost" onClick={() => remove(i)}>
                Remove rule {i + 1}
              </Button>
            ) : null}
          </fieldset>
        )
      })}
      {errors.conditions?.root?.message || errors.conditions?.message ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.conditions.root?.message ?? errors.conditions.message}
        </p>
      ) : null}
      <Button size="sm" onClick={() => append(emptyRule())}>
        Add rule
      </Button>
    </StepForm>
  )
}
