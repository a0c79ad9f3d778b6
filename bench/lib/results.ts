import type { BundleReport } from './bundle'
import type { SmoothResult } from './canvas-bench'
import type { OptimisticRun } from './optimistic-bench'
import type { ForecastNodeFigure, ForecastScreenFigure } from './forecast'
import type { PreflightFigure } from './preflight'
import type { HistoryFigure } from './history-bench'
import type { TidyRun } from './tidy-bench'

/** Everything one `npm run bench` measured (medians unless a name says otherwise). */
export type BenchResults = {
  bundle?: BundleReport
  list?: { workflows: number; firstRowsMs: number; runs: number[] }
  cold?: {
    nodes: number
    appMs: number
    bareMs: number
    appRuns: number[]
    bareRuns: number[]
    /** The app's `.react-flow` element (the bare page is given the same size). */
    box: { width: number; height: number } | null
  }[]
  smooth?: { nodes: number; app: SmoothResult; bare: SmoothResult }[]
  optimistic?: OptimisticRun & { runs: OptimisticRun[] }
  preflight?: PreflightFigure[]
  forecast?: { node?: ForecastNodeFigure; screen?: ForecastScreenFigure }
  history?: HistoryFigure
  /** Issue 17: opening a 200-step workflow (app; bare React Flow alongside for reference). */
  open?: {
    nodes: number
    firstNodeMs: number
    allNodesMs: number
    bareFirstNodeMs: number
    bareAllNodesMs: number
    runs: { firstNodeMs: number; allNodesMs: number }[]
  }
  /** Issue 17: "Tidy up" of a 1,000-step graph through the UI, and its undo (medians). */
  tidy?: TidyRun & { nodes: number; runs: TidyRun[] }
  errors: string[]
}

export type Row = {
  section: string
  figure: string
  value: number | string
  unit: string
  bare?: number | null
  budget?: string
  pass?: boolean | null
}
