import type { MockContext } from '../context'
import { notFound } from '../errors'
import { paginate, parsePageRequest, throwIfProblems } from '../pagination'
import { findWorkflow } from '../workflows/workflow-service'
import type { Router } from './route'

/** Agents, phone numbers and variable keys: the read-only lookups the builder needs. */
export function resourceHandlers(route: Router, context: MockContext) {
  const { db } = context
  return [
    route.get('/agents2', () => ({ data: [...db.agents.values()].filter((a) => !a.is_deleted) })),
    route.get('/agents2/:id', ({ params }) => {
      const agent = db.agents.get(params.id ?? '')
      if (!agent || agent.is_deleted) throw notFound(`Agent ${params.id ?? ''} not found.`)
      return agent
    }),
    route.get('/organization-phone-numbers', ({ url }) => {
      const problems: string[] = []
      const page = parsePageRequest(url.searchParams, problems)
      throwIfProblems(problems)
      const country = url.searchParams.get('country_code')?.toUpperCase()
      const type = url.searchParams.get('type')
      const numbers = [...db.phoneNumbers.values()].filter(
        (p) => (!country || p.country_code === country) && (!type || p.type === type),
      )
      return paginate(numbers, page)
    }),
    route.get('/organization-phone-numbers/:id', ({ params }) => {
      const number = db.phoneNumbers.get(params.id ?? '')
      if (!number) throw notFound(`Phone number ${params.id ?? ''} not found.`)
      return number
    }),
    route.get('/workflows/:id/leads/variable-keys', ({ params }) => {
      const keys = [...findWorkflow(db, params.id ?? '').variable_keys]
      return { keys, variables: keys }
    }),
  ]
}
