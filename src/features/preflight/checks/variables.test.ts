import { describe, expect, it } from 'vitest'
import { agent, codesOf, nurtureInput, problemsOf, withConfig } from '../testing/fixtures'

const base = nurtureInput()

describe('template variables', () => {
  it('reports an agent prompt that uses a variable the leads do not have', () => {
    const agents = [
      agent('agt_main', { templates: ['Hi {{customer_name}}, about {{City}} and {{agent_name}}'] }),
    ]
    const problems = problemsOf({ ...base, agents }).filter((p) => p.code === 'variables.unknown')
    expect(problems.map((p) => p.nodeId)).toEqual(['call1', 'call2'])
    expect(problems[0]).toMatchObject({
      severity: 'error',
      message:
        '“First call” uses {{City}} in its agent’s prompt, but no lead file of this workflow has that column.',
    })
  })

  it('reports a templated node config (an APPLICATION message body)', () => {
    const graph = withConfig(base.graph, 'offer', {
      provider_key: 'wati',
      action_config: { body: 'Hi {{ customer_name }}, visit {{branch}}', params: ['{{branch}}'] },
    })
    const problems = problemsOf({ ...base, graph }).filter((p) => p.code === 'variables.unknown')
    expect(problems).toMatchObject([{ nodeId: 'offer', summary: 'unknown variable {{branch}}' }])
  })

  it('accepts the workflow’s keys and the built-ins', () => {
    const agents = [
      agent('agt_main', {
        templates: ['{{customer_name}} {{loan_amount}} {{caller_number}} {{call_id}}'],
      }),
    ]
    expect(codesOf({ ...base, agents })).toEqual([])
  })

  it('only warns while no lead file has been uploaded', () => {
    const problems = problemsOf({ ...base, variableKeys: [] })
    expect(problems.map((p) => [p.code, p.severity, p.nodeId])).toEqual([
      ['variables.no-lead-columns', 'warning', 'call1'],
      ['variables.no-lead-columns', 'warning', 'offer'],
      ['variables.no-lead-columns', 'warning', 'call2'],
    ])
  })

  it('waits for the variable keys before checking', () => {
    const agents = [agent('agt_main', { templates: ['{{nope}}'] })]
    expect(codesOf({ ...base, agents, variableKeys: undefined })).toEqual([])
  })

  it('checks node config even before the agents have loaded', () => {
    const graph = withConfig(base.graph, 'offer', { action_config: { body: '{{nope}}' } })
    expect(codesOf({ ...base, graph, agents: undefined })).toContain('variables.unknown')
  })
})
