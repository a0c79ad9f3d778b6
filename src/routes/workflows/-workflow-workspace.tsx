import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import type { ApiError } from '../../api/api-error'
import type { Workflow } from '../../api/schemas/workflow'
import { Button } from '../../components/ui/button'
import { PanelErrorBoundary } from '../../components/ui/error-boundary'
import { Tabs } from '../../components/ui/tabs'
import { SkipToSteps, WorkflowCanvas } from '../../features/canvas/workflow-canvas'
import { PreflightPanel } from '../../features/preflight/preflight-panel'
import { useWorkflowProblems } from '../../features/preflight/use-workflow-problems'
import { DuplicateDeleteActions } from '../../features/workflows/duplicate-delete-actions'
import { LifecycleControls } from '../../features/workflows/lifecycle-controls'
import { WorkflowHeader } from '../../features/workflows/workflow-header'
import { LeadHistoryPanel, useLeadPath } from '../../features/leads/lead-history'
import { useLiveStats } from '../../features/leads/use-live-stats'
import { WorkflowTotals } from '../../features/leads/workflow-totals'
import type { LeadFilters } from '../../features/leads/lead-filters'
import { StepCountsList } from '../../features/leads/step-counts-list'
import { NARROW_QUERY, useMediaQuery } from '../../lib/use-media-query'

import { ActivityFeed } from '../../features/history/activity-feed'
import { useHistoryScreens } from '../../features/history/use-history-screens'
import { VersionsPanel } from '../../features/history/versions-panel'
import { CompareView } from '../../features/history/compare-view'
import { DraftBar, DraftEntry } from '../../features/drafts/draft-bar'
import { PublishDialog } from '../../features/drafts/publish-dialog'
import { draftQuery } from '../../api/drafts'
import { draftGraphId } from '../../api/graph-source'
import { graphQueries } from '../../api/graph'
import { toSnapshot } from '../../api/history'

const detailRoute = getRouteApi('/workflows/$workflowId')

// The leads tab (table, CSV enrolment with papaparse) loads when it is first opened.
const LeadsSection = lazy(() =>
  import('../../features/leads/leads-section').then((m) => ({ default: m.LeadsSection })),
)

// The test run (and the phone library it reads time zones with) loads when it is first opened.
const TestRunPanel = lazy(() => import('../../features/test-run/test-run-panel'))
// The forecast (simulation worker, phone library, chart library) loads when it is first opened.
const ForecastScreen = lazy(() => import('../../features/forecast/forecast-screen'))
type TestRunPath = { nodes: Set<string>; edges: Set<string>; currentNodeId: string | null }

type Focus = { kind: 'node' | 'edge'; id: string; nonce: number }

const NO_GRAPH = { nodes: [], edges: [] }

/** Composes header, lifecycle controls, canvas and side panels for one workflow. */
export function WorkflowWorkspace({ workflow }: { workflow: Workflow }) {
  const navigate = useNavigate()
  const search = detailRoute.useSearch()
  const viewingDraft = search.view === 'draft'
  const draft = useQuery({ ...draftQuery(workflow.id), enabled: viewingDraft })
  // Once the draft is gone (published, discarded) nothing asks for its graph again.
  const graphId = viewingDraft && draft.data !== null ? draftGraphId(workflow.id) : workflow.id
  const formerNames = useMemo(
    () => new Map(draft.data?.baseGraph.nodes.map((n) => [n.id, n.label]) ?? []),
    [draft.data],
  )
  const setView = useCallback(
    (view: 'live' | 'draft') =>
      void navigate({
        to: '.',
        search: (prev) => ({ ...prev, view: view === 'draft' ? 'draft' : undefined }),
      }),
    [navigate],
  )
  const [reviewing, setReviewing] = useState(false)
  const [publishing, setPublishing] = useState(false)
  const {
    problems: allProblems,
    markers,
    errorCount,
    graph,
    checkedGraph,
    isChecking,
    isStale,
    addServerProblems,
  } = useWorkflowProblems(workflow.id, graphId, viewingDraft ? formerNames : undefined)
  const [focus, setFocus] = useState<Focus | null>(null)
  const tab = search.tab ?? 'preflight'
  const setTab = useCallback(
    (next: string) =>
      void navigate({
        to: '.',
        search: (prev) => ({
          ...prev,
          tab: next === 'leads' || next === 'activity' || next === 'versions' ? next : undefined,
        }),
        replace: true,
      }),
    [navigate],
  )
  const { tab: _tab, view: _view, ...leadFilters } = search
  const setLeadFilters = useCallback(
    (filters: LeadFilters) =>
      void navigate({ to: '.', search: (prev) => ({ ...prev, ...filters }), replace: true }),
    [navigate],
  )
  const [pathLeadId, setPathLeadId] = useState<string | null>(null)
  const pathHighlight = useLeadPath(workflow.id, pathLeadId)
  const { liveStats } = useLiveStats(workflow.id, workflow.status)
  // Versions compare with and restore onto the live graph, also while the draft is open.
  const liveGraph = useQuery(graphQueries.graph(workflow.id)).data
  const history = useHistoryScreens(workflow.id, liveGraph)
  const [testRunOpen, setTestRunOpen] = useState(false)
  const [testRunPath, setTestRunPath] = useState<TestRunPath | null>(null)
  const testRunButton = useRef<HTMLButtonElement>(null)
  const [forecastOpen, setForecastOpen] = useState(false)
  const forecastButton = useRef<HTMLButtonElement>(null)
  const closeForecast = useCallback(() => {
    setForecastOpen(false)
    requestAnimationFrame(() => forecastButton.current?.focus())
  }, [])
  const closeTestRun = useCallback(() => {
    setTestRunOpen(false)
    requestAnimationFrame(() => testRunButton.current?.focus())
  }, [])

  const onServerProblems = useCallback(
    (error: ApiError) => {
      addServerProblems(error)
      setTab('preflight')
    },
    [addServerProblems, setTab],
  )
  // On a phone the console is a monitoring view: no canvas, the steps' counts as a list.
  const narrow = useMediaQuery(NARROW_QUERY)
  const select = useCallback(
    (target: { kind: 'node' | 'edge'; id: string }) => setFocus({ ...target, nonce: Date.now() }),
    [],
  )

  // The leads (or one lead's path): the phone view and the Leads tab show the same.
  const leadsPanel = pathLeadId ? (
    <LeadHistoryPanel
      workflowId={workflow.id}
      leadId={pathLeadId}
      graph={graph}
      onClose={() => setPathLeadId(null)}
    />
  ) : (
    <Suspense
      fallback={
        <p role="status" className="p-4 text-sm text-slate-600">
          Loading leads…
        </p>
      }
    >
      <LeadsSection
        workflowId={workflow.id}
        status={workflow.status}
        graph={graph}
        onShowPath={setPathLeadId}
        filters={leadFilters}
        onFiltersChange={setLeadFilters}
      />
    </Suspense>
  )

  return (
    <>
      {narrow ? null : <SkipToSteps />}
      <WorkflowHeader
        workflow={workflow}
        details={<WorkflowTotals workflowId={workflow.id} status={workflow.status} />}
        actions={
          <>
            {narrow ? null : (
              <>
                <Button
                  ref={testRunButton}
                  disabled={!graph}
                  aria-pressed={testRunOpen}
                  onClick={() => (testRunOpen ? closeTestRun() : setTestRunOpen(true))}
                >
                  Test run
                </Button>
                <Button
                  ref={forecastButton}
                  disabled={!graph}
                  aria-pressed={forecastOpen}
                  onClick={() => (forecastOpen ? closeForecast() : setForecastOpen(true))}
                >
                  Forecast
                </Button>
                {viewingDraft ? null : (
                  <DraftEntry workflowId={workflow.id} status={workflow.status} onView={setView} />
                )}
              </>
            )}
            <LifecycleControls
              workflow={workflow}
              preflightErrors={errorCount}
              graphStale={isStale}
              onShowProblems={() => setTab('preflight')}
              onServerProblems={onServerProblems}
            />
            <DuplicateDeleteActions
              workflow={workflow}
              onDuplicated={(copy) =>
                void navigate({ to: '/workflows/$workflowId', params: { workflowId: copy.id } })
              }
              onDeleted={() => void navigate({ to: '/workflows' })}
            />
          </>
        }
      />
      {narrow ? (
        <div className="flex flex-col gap-4 p-3">
          <p
            role="note"
            className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800"
          >
            Editing the steps needs a larger screen (at least 768 px wide). Here you can follow the
            workflow, pause, resume or cancel it, and work with its leads.
          </p>
          <PanelErrorBoundary name="step counts">
            <StepCountsList graph={graph} liveStats={liveStats} />
          </PanelErrorBoundary>
          <PanelErrorBoundary name="leads">{leadsPanel}</PanelErrorBoundary>
        </div>
      ) : forecastOpen && graph ? (
        <div className="flex min-h-[28rem] flex-1 basis-0 overflow-hidden">
          <PanelErrorBoundary name="forecast">
            <Suspense
              fallback={
                <p role="status" className="p-4 text-sm text-slate-600">
                  Loading the forecast…
                </p>
              }
            >
              <ForecastScreen
                workflowId={workflow.id}
                workflowTitle={workflow.title}
                graph={graph}
                onClose={closeForecast}
              />
            </Suspense>
          </PanelErrorBoundary>
        </div>
      ) : (
        <div className="flex min-h-[28rem] flex-1 basis-0 overflow-hidden">
          <section aria-label="Workflow canvas" className="relative flex min-w-0 flex-1 flex-col">
            {viewingDraft ? (
              <DraftBar
                workflowId={workflow.id}
                onView={setView}
                onReview={() => setReviewing(true)}
                draftGraph={graph ? toSnapshot(graph) : undefined}
              />
            ) : null}
            {reviewing && viewingDraft && graph && draft.data ? (
              <div className="flex min-h-0 flex-1 flex-col">
                <div className="flex items-center gap-2 border-b border-slate-200 bg-white px-3 py-1.5 text-sm">
                  <span>Review: the live workflow → the draft.</span>
                  <Button
                    size="sm"
                    variant="primary"
                    className="ml-auto"
                    onClick={() => setPublishing(true)}
                  >
                    Publish…
                  </Button>
                </div>
                <div className="min-h-0 flex-1">
                  <CompareView
                    from={{ title: 'the live workflow', graph: draft.data.baseGraph }}
                    to={{ title: 'the draft', graph: toSnapshot(graph) }}
                    onClose={() => setReviewing(false)}
                  />
                </div>
              </div>
            ) : null}
            {history.compareView ? (
              <PanelErrorBoundary name="compare">{history.compareView}</PanelErrorBoundary>
            ) : null}
            <PanelErrorBoundary name="canvas">
              <div
                hidden={history.compareView !== null || (reviewing && viewingDraft)}
                className="min-h-0 flex-1"
              >
                {viewingDraft && !draft.data ? null : (
                  <WorkflowCanvas
                    key={graphId}
                    workflowId={graphId}
                    status={viewingDraft ? 'draft' : workflow.status}
                    readOnly={viewingDraft && draft.data?.editable !== true}
                    markers={markers}
                    focus={focus}
                    pathHighlight={testRunOpen ? testRunPath : pathHighlight}
                    liveStats={liveStats}
                  />
                )}
              </div>
            </PanelErrorBoundary>
          </section>
          <aside
            aria-label="Workflow details"
            className="flex min-h-0 w-96 shrink-0 flex-col border-l border-slate-200 bg-white"
          >
            {testRunOpen && graph ? (
              <PanelErrorBoundary name="test run">
                <Suspense
                  fallback={
                    <p role="status" className="p-4 text-sm text-slate-600">
                      Loading the test run…
                    </p>
                  }
                >
                  <TestRunPanel
                    workflowId={workflow.id}
                    graph={graph}
                    onPath={setTestRunPath}
                    onClose={closeTestRun}
                  />
                </Suspense>
              </PanelErrorBoundary>
            ) : (
              <Tabs
                label="Workflow details"
                value={tab}
                onValueChange={setTab}
                items={[
                  {
                    value: 'preflight',
                    label: `Preflight${errorCount ? ` (${errorCount})` : ''}`,
                    content: (
                      <PanelErrorBoundary name="preflight panel">
                        <PreflightPanel
                          problems={allProblems}
                          graph={checkedGraph ?? NO_GRAPH}
                          onSelect={select}
                          checking={isChecking}
                          stale={isStale}
                          activatable={workflow.status === 'draft'}
                        />
                      </PanelErrorBoundary>
                    ),
                  },
                  {
                    value: 'leads',
                    label: 'Leads',
                    content: (
                      <PanelErrorBoundary name="leads panel">{leadsPanel}</PanelErrorBoundary>
                    ),
                  },
                  {
                    value: 'activity',
                    label: 'Activity',
                    content: (
                      <PanelErrorBoundary name="activity panel">
                        <ActivityFeed workflowId={workflow.id} />
                      </PanelErrorBoundary>
                    ),
                  },
                  {
                    value: 'versions',
                    label: 'Versions',
                    content: (
                      <PanelErrorBoundary name="versions panel">
                        <VersionsPanel
                          workflowId={workflow.id}
                          onCompare={history.openCompare}
                          onRestore={history.openRestore}
                        />
                      </PanelErrorBoundary>
                    ),
                  },
                ]}
              />
            )}
          </aside>
        </div>
      )}
      {history.restoreDialog}
      {publishing && draft.data ? (
        <PublishDialog
          workflowId={workflow.id}
          draft={draft.data}
          onClose={() => setPublishing(false)}
          onPublished={() => {
            setPublishing(false)
            setReviewing(false)
            setView('live')
          }}
          onDiscarded={() => {
            setPublishing(false)
            setReviewing(false)
            setView('live')
          }}
        />
      ) : null}
    </>
  )
}
