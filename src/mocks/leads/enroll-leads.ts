import type { MockContext } from '../context'
import type { LeadRecord } from '../db/types'
import { badRequest } from '../errors'
import { text } from '../graph/node-config'
import { MAX_LEAD_FILE_BYTES } from '../../domain/lead-file/limits'
import { decodeTextFile } from '../../domain/lead-file/text-encoding'
import { parseLeadCsvInSlices } from './csv-leads'
import { assertCanEnroll } from './lead-service'
import { countryOf } from './phone'
import { serializeLead } from './serialize-lead'

export const MAX_FILE_BYTES = MAX_LEAD_FILE_BYTES

/** Leads echoed back in the answer: a sample, not the whole file. */
const ANSWER_SAMPLE = 20

/** Lets other requests (and the scheduler) run between slices of a large file. */
const yieldToOthers = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Destination check (contract §8.2): only when the workflow has VOICE_CALL nodes with an active
 * number; a lead must be in a country one of those numbers can call.
 */
function allowedCountries({ db }: MockContext, workflowId: string): Set<string> | null {
  const countries = new Set<string>()
  for (const node of db.nodesOf(workflowId)) {
    if (node.node_type !== 'VOICE_CALL') continue
    const from = text(node.config, 'from_phone_number')
    const numberId = text(node.config, 'phone_number_id')
    const number = [...db.phoneNumbers.values()].find(
      (p) => p.id === numberId || p.phone_number === from,
    )
    const country =
      number?.status === 'active' ? (number.country_code ?? countryOf(number.phone_number)) : null
    if (country) countries.add(country)
  }
  return countries.size > 0 ? countries : null
}

/** `POST /workflows/{id}/leads`: all-or-nothing CSV enrollment; leads start as `pending`. */
export async function enrollLeads(context: MockContext, workflowId: string, file: File) {
  const workflow = assertCanEnroll(context, workflowId)
  const name = file.name.toLowerCase()
  if (/\.(xlsx|xls)$/.test(name))
    throw badRequest(['The mock parses CSV only; export the sheet as .csv.'])
  if (name && !name.endsWith('.csv') && file.type !== 'text/csv')
    throw badRequest(['File must be a CSV or Excel file (.csv, .xlsx, .xls)'])
  if (file.size > MAX_FILE_BYTES) throw badRequest(['File must be 10 MB or smaller.'])
  const decoded = decodeTextFile(new Uint8Array(await file.arrayBuffer()))
  if (!decoded.ok) throw badRequest([decoded.message])
  const parsed = await parseLeadCsvInSlices(
    decoded.text,
    { allowedCountries: allowedCountries(context, workflowId) },
    yieldToOthers,
  )

  const at = context.clock.iso()
  const leads: LeadRecord[] = parsed.leads.map((row) => ({
    id: context.db.newId('wlead_'),
    workflow_id: workflowId,
    phone_number: row.phone,
    variables: row.variables,
    status: 'pending',
    current_node_id: null,
    enrolled_at: at,
    updated_at: at,
    execution: { state: 'none' },
    call_attributes: {},
    last_call_status: null,
    history: [],
  }))
  for (const lead of leads) context.db.leads.set(lead.id, lead)
  for (const column of parsed.columns)
    if (!workflow.variable_keys.includes(column)) workflow.variable_keys.push(column)
  workflow.updated_at = at
  return {
    workflow_id: workflowId,
    leads_enrolled: leads.length,
    leads_skipped: parsed.skipped,
    message: `${leads.length} leads enrolled in the workflow.`,
    // The first leads only: a 100,000-row file must not come back as a 50 MB answer.
    data: leads.slice(0, ANSWER_SAMPLE).map(serializeLead),
    data_truncated: leads.length > ANSWER_SAMPLE,
    encoding: decoded.encoding,
  }
}
