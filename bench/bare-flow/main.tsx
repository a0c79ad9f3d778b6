import '@xyflow/react/dist/style.css'
import { StrictMode, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import {
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
  type Edge,
  type Node,
} from '@xyflow/react'

type ApiNode = {
  id: string
  label: string | null
  position_x: number | null
  position_y: number | null
}
type ApiEdge = { id: string; from_node_id: string; to_node_id: string }
type Graph = { nodes: Node[]; edges: Edge[] }

// The same viewport rules as the app's canvas, so both show the graph at the same zoom.
const FIT_VIEW = { padding: 0.15, maxZoom: 1.2 }

async function list<T>(path: string): Promise<T[]> {
  const response = await fetch(path)
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return ((await response.json()) as { data: T[] }).data
}

/** The workflow's graph from the mock API, as React Flow default nodes and edges. */
async function loadGraph(workflowId: string): Promise<Graph> {
  const base = `/v1/workflows/${encodeURIComponent(workflowId)}`
  const [nodes, edges] = await Promise.all([
    list<ApiNode>(`${base}/nodes`),
    list<ApiEdge>(`${base}/edges`),
  ])
  return {
    nodes: nodes.map((n) => ({
      id: n.id,
      position: { x: n.position_x ?? 0, y: n.position_y ?? 0 },
      data: { label: n.label ?? n.id },
    })),
    edges: edges.map((e) => ({ id: e.id, source: e.from_node_id, target: e.to_node_id })),
  }
}

function Flow({ graph }: { graph: Graph }) {
  const [nodes, , onNodesChange] = useNodesState(graph.nodes)
  const [edges, , onEdgesChange] = useEdgesState(graph.edges)
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      fitViewOptions={FIT_VIEW}
      minZoom={0.1}
      maxZoom={2}
    />
  )
}

function App({ workflowId, width, height }: { workflowId: string; width: string; height: string }) {
  const [graph, setGraph] = useState<Graph | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    loadGraph(workflowId).then(setGraph, (e: unknown) => setError(String(e)))
  }, [workflowId])
  if (error) return <p role="alert">{error}</p>
  return (
    <div style={{ width, height }}>
      {graph ? (
        <ReactFlowProvider>
          <Flow graph={graph} />
        </ReactFlowProvider>
      ) : (
        <p>Loading…</p>
      )}
    </div>
  )
}

const params = new URLSearchParams(location.search)
const px = (key: string, fallback: string) => (params.get(key) ? `${params.get(key)}px` : fallback)
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <App workflowId={params.get('wf') ?? ''} width={px('w', '100%')} height={px('h', '100%')} />
  </StrictMode>,
)
