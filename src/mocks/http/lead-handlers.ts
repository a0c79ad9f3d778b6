import type { MockContext } from '../context'
import { badRequest } from '../errors'
import { enrollLeads, MAX_FILE_BYTES } from '../leads/enroll-leads'
import { leadHistory, listLeads, removeLead, requireFilePart } from '../leads/lead-service'
import { workflowStats } from '../scheduler/stats'
import { created } from './respond'
import type { Router } from './route'

/** Room for the multipart framing around a file at the limit. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024

async function readFormData(request: Request): Promise<FormData> {
  if (!(request.headers.get('content-type') ?? '').includes('multipart/form-data'))
    throw badRequest(['Send the leads file as multipart/form-data with a "file" part.'])
  // Refused before the body is read: the documented limit is 10 MB per file.
  const length = Number(request.headers.get('content-length') ?? NaN)
  if (length > MAX_FILE_BYTES + MULTIPART_OVERHEAD_BYTES)
    throw badRequest(['File must be 10 MB or smaller.'])
  try {
    return await request.formData()
  } catch {
    throw badRequest(['The multipart body could not be read.'])
  }
}

/** Lead endpoints (contract §6) and the private stats extension. */
export function leadHandlers(route: Router, context: MockContext) {
  return [
    route.post('/workflows/:id/leads', async ({ params, request }) => {
      const form = await readFormData(request)
      return created(await enrollLeads(context, params.id ?? '', requireFilePart(form.get('file'))))
    }),
    route.get('/workflows/:id/leads', ({ params, url }) =>
      listLeads(context, params.id ?? '', url.searchParams),
    ),
    route.delete('/workflows/:id/leads/:leadId', ({ params }) =>
      removeLead(context, params.id ?? '', params.leadId ?? ''),
    ),
    route.get('/workflows/:id/leads/:leadId/history', ({ params }) =>
      leadHistory(context, params.id ?? '', params.leadId ?? ''),
    ),
    route.get('/workflows/:id/stats', ({ params }) => workflowStats(context, params.id ?? '')),
  ]
}
