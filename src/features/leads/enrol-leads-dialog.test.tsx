import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import Papa from 'papaparse'
import { File as NodeFile } from 'node:buffer'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WorkflowGraph } from '../../api/schemas/graph'
import type { WorkflowStatus } from '../../domain/workflow-status'
import { EnrolLeadsDialog } from './enrol-leads-dialog'

const server = setupServer(
  http.get('*/v1/organization-phone-numbers', () =>
    HttpResponse.json({
      data: [
        {
          id: 'phn_1',
          phone_number: '+912235550101',
          status: 'active',
          country_code: 'IN',
          provider: 'plivo',
        },
      ],
      meta: { page: 1, limit: 100, total: 1, totalPages: 1 },
    }),
  ),
  // By default nobody is enrolled yet and the agent's prompt uses {{first_name}}.
  http.get('*/v1/workflows/wf_1/leads', () =>
    HttpResponse.json({ data: [], meta: { page: 1, limit: 100, total: 0, totalPages: 0 } }),
  ),
  http.get('*/v1/agents2', () =>
    HttpResponse.json({
      data: [
        {
          id: 'agt_1',
          current_version: {
            title: 'Priya',
            is_published: true,
            prompts: { prompt_text: 'Hello {{first_name}}, about your loan.' },
          },
        },
      ],
    }),
  ),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/**
 * jsdom's File/FormData reach Node's fetch as the text "undefined" (jsdom and undici do not know
 * each other's Blob). The file the user picks stays a jsdom File; the one the app builds and
 * uploads uses Node's classes, as a browser would use its own.
 */
const JsdomFile = File
beforeEach(async () => {
  const probe = new Request('http://x/', { method: 'POST', body: new URLSearchParams('a=1') })
  vi.stubGlobal('FormData', (await probe.formData()).constructor)
  vi.stubGlobal('File', NodeFile)
})
afterEach(() => vi.unstubAllGlobals())

const graph: WorkflowGraph = {
  nodes: [
    {
      id: 'n1',
      nodeType: 'VOICE_CALL',
      label: 'Call',
      position: null,
      config: { phone_number_id: 'phn_1', agent_id: 'agt_1' },
    },
  ],
  edges: [],
}

const FILE = [
  'Phone,name,city', // 1
  '9876543210,Priya,Mumbai', // 2 valid
  'abc,Bad,X', // 3 invalid
  '+12125550107,Sam,NYC', // 4 country not enabled
  '', // 5 blank
  '12345,Short,Y', // 6 invalid
  '+91 98765 43211,Arjun,Pune', // 7 valid
  '9876543210,Again,Mumbai', // 8 duplicate of 2
].join('\n')

function setup(status: WorkflowStatus = 'draft') {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  const user = userEvent.setup()
  render(
    <QueryClientProvider client={queryClient}>
      <EnrolLeadsDialog workflowId="wf_1" status={status} graph={graph} />
    </QueryClientProvider>,
  )
  return { user, queryClient }
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>, text = FILE) {
  await user.click(screen.getByRole('button', { name: 'Enrol leads' }))
  const dialog = await screen.findByRole('dialog', { name: 'Enrol leads from a CSV file' })
  await user.upload(
    within(dialog).getByLabelText('CSV file'),
    new JsdomFile([text], 'leads.csv', { type: 'text/csv' }),
  )
  await within(dialog).findByTestId('enrol-preview')
  return dialog
}

function enrolled(...phones: string[]) {
  server.use(
    http.get('*/v1/workflows/wf_1/leads', () =>
      HttpResponse.json({
        data: phones.map((phone_number, i) => ({
          id: `wlead_${i}`,
          phone_number,
          status: 'active',
        })),
        meta: { page: 1, limit: 100, total: phones.length, totalPages: 1 },
      }),
    ),
  )
}

function captureUpload() {
  const sent = { text: null as string | null }
  server.use(
    http.post('*/v1/workflows/wf_1/leads', async ({ request }) => {
      const file = (await request.formData()).get('file')
      sent.text = typeof file === 'string' || file === null ? file : await file.text()
      return HttpResponse.json({ workflow_id: 'wf_1', message: 'ok' }, { status: 201 })
    }),
  )
  return sent
}

describe('EnrolLeadsDialog: a file uploaded again', () => {
  const AGAIN = [
    'phone,first_name',
    '9876543210,Priya',
    '9876543211,Arjun',
    '9876543212,Neha',
  ].join('\n')

  it('offers to skip the numbers already enrolled, and skips them by default', async () => {
    enrolled('+919876543210', '+919876543212')
    const sent = captureUpload()
    const { user } = setup('active')
    const dialog = await chooseFile(user, AGAIN)
    const group = await within(dialog).findByRole('region', {
      name: /2 numbers are already enrolled in this workflow \(2 active\)/,
    })
    expect(group).toHaveTextContent('Rows 2, 4: +919876543210, +919876543212')
    expect(within(group).getByRole('radio', { name: /Skip them/ })).toBeChecked()
    await user.click(within(dialog).getByRole('button', { name: 'Enrol 1 lead' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(Papa.parse(sent.text ?? '').data).toEqual([
      ['phone_number', 'first_name'],
      ['+919876543211', 'Arjun'],
    ])
  })

  it('enrols them again when asked to', async () => {
    enrolled('+919876543210')
    const sent = captureUpload()
    const { user } = setup('active')
    const dialog = await chooseFile(user, AGAIN)
    await user.click(await within(dialog).findByRole('radio', { name: /Enrol them again/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Enrol 3 leads' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(Papa.parse(sent.text ?? '').data).toHaveLength(4)
  })

  it('flags rows with an empty value for a variable the agent’s prompt uses', async () => {
    const { user } = setup('active')
    const dialog = await chooseFile(
      user,
      ['phone,first_name', '9876543210,', '9876543211,Arjun', '9876543212,  '].join('\n'),
    )
    const warning = await within(dialog).findByRole('region', { name: 'Rows with empty variables' })
    expect(warning).toHaveTextContent(
      '2 rows have no first_name; the agent would say the placeholder {{first_name}} (used by “Call”).',
    )
    expect(warning).toHaveTextContent('Rows 2, 4')
    // A warning, not a refusal: all three are still enrolled.
    expect(within(dialog).getByRole('button', { name: 'Enrol 3 leads' })).toBeEnabled()
  })
})

describe('EnrolLeadsDialog', () => {
  it('shows bad rows grouped by reason and uploads only the valid rows, normalised', async () => {
    let uploaded: string | null = null
    server.use(
      http.post('*/v1/workflows/wf_1/leads', async ({ request }) => {
        const file = (await request.formData()).get('file')
        // Not `instanceof Blob`: the part is Node's File, the test's globals are jsdom's.
        uploaded = typeof file === 'string' || file === null ? file : await file.text()
        return HttpResponse.json(
          { workflow_id: 'wf_1', leads_enrolled: 2, message: '2 leads enrolled' },
          { status: 201 },
        )
      }),
    )
    const { user } = setup()
    const dialog = await chooseFile(user)

    await waitFor(() =>
      expect(within(dialog).getByText(/Rows 3, 6: invalid phone number/)).toBeInTheDocument(),
    )
    expect(
      within(dialog).getByText(/Row 4: destination country not enabled .*allowed: \+91/),
    ).toBeInTheDocument()
    expect(within(dialog).getByText(/Row 8: duplicate phone number/)).toBeInTheDocument()
    expect(within(dialog).getByText(/blank row skipped: Row 5/)).toBeInTheDocument()
    const columns = within(dialog).getByRole('list', { name: 'Variable columns' })
    expect(
      within(columns)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['name', 'city'])

    await user.click(within(dialog).getByRole('button', { name: 'Enrol 2 leads' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(Papa.parse(uploaded ?? '').data).toEqual([
      ['phone_number', 'name', 'city'],
      ['+919876543210', 'Priya', 'Mumbai'],
      ['+919876543211', 'Arjun', 'Pune'],
    ])
  })

  it('keeps the parsed file and shows the server’s grouped rows, in the user’s row numbers, on a 400', async () => {
    server.use(
      http.post('*/v1/workflows/wf_1/leads', () =>
        HttpResponse.json(
          {
            statusCode: 400,
            message: ['Row 3: destination prefix not enabled'],
            error: 'Bad Request',
            errors: [{ reason: 'destination prefix not enabled', rows: [3] }],
          },
          { status: 400 },
        ),
      ),
    )
    const { user } = setup()
    const dialog = await chooseFile(user)
    await user.click(within(dialog).getByRole('button', { name: 'Enrol 2 leads' }))

    const alert = await within(dialog).findByText(
      'The server refused the file. Nothing was enrolled.',
    )
    expect(alert).toBeInTheDocument()
    // Row 3 of the uploaded file is the second valid row: row 7 of the user's file.
    expect(within(dialog).getByText('Row 7: destination prefix not enabled')).toBeInTheDocument()
    expect(within(dialog).getByTestId('enrol-preview')).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Enrol 2 leads' })).toBeEnabled()
  })

  it('says clearly when the file has no phone column, and offers nothing to enrol', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Enrol leads' }))
    const dialog = await screen.findByRole('dialog')
    await user.upload(
      within(dialog).getByLabelText('CSV file'),
      new JsdomFile(['name\nPriya'], 'x.csv', { type: 'text/csv' }),
    )
    expect(await within(dialog).findByText(/No phone column found/)).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Enrol 0 leads' })).toBeDisabled()
  })

  it('reads a Windows-1252 file as such, says so, and uploads the names as UTF-8', async () => {
    let uploaded: string | null = null
    server.use(
      http.post('*/v1/workflows/wf_1/leads', async ({ request }) => {
        const file = (await request.formData()).get('file')
        uploaded = typeof file === 'string' || file === null ? file : await file.text()
        return HttpResponse.json({ workflow_id: 'wf_1', leads_enrolled: 1 }, { status: 201 })
      }),
    )
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Enrol leads' }))
    const dialog = await screen.findByRole('dialog')
    // "phone_number,name\n+919876543210,José" with é as the single byte 0xE9.
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('phone_number,name\n+919876543210,Jos'),
      0xe9,
    ])
    await user.upload(
      within(dialog).getByLabelText('CSV file'),
      new JsdomFile([latin1], 'latin1.csv', { type: 'text/csv' }),
    )
    expect(
      await within(dialog).findByText(/is not UTF-8: it was read as Windows-1252/),
    ).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Enrol 1 lead' }))
    await waitFor(() => expect(uploaded).toContain('José'))
  })

  it('names the row of an unclosed quote instead of reading the rest of the file into it', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Enrol leads' }))
    const dialog = await screen.findByRole('dialog')
    await user.upload(
      within(dialog).getByLabelText('CSV file'),
      new JsdomFile(['phone_number,name\n+919876543210,"Priya\n+919876543211,Arjun\n'], 'q.csv', {
        type: 'text/csv',
      }),
    )
    expect(
      await within(dialog).findByText(/Row 2: a quoted value is not closed/),
    ).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Enrol 0 leads' })).toBeDisabled()
  })

  it('is disabled with the reason for a cancelled workflow', () => {
    setup('cancelled')
    const button = screen.getByRole('button', { name: 'Enrol leads' })
    expect(button).toBeDisabled()
    expect(button).toHaveAccessibleDescription('Leads cannot be enrolled in a cancelled workflow.')
  })
})
