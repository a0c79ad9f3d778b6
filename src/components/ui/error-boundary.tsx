import { Component, type ErrorInfo, type ReactNode } from 'react'
import { describeError } from '../../api/api-error'
import { Button } from './button'

type Props = { name: string; children: ReactNode; onReset?: () => void }
type State = { error: unknown }

/** Keeps one failing panel from taking the page down; "Try again" remounts it. */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn(`[${this.props.name}] crashed`, error, info.componentStack)
  }

  override render() {
    if (this.state.error === null) return this.props.children
    return (
      <div
        role="alert"
        className="m-3 rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900"
      >
        <p className="font-semibold">The {this.props.name} could not be shown.</p>
        <p className="mt-1">{describeError(this.state.error)}</p>
        <Button
          className="mt-3"
          size="sm"
          onClick={() => {
            this.props.onReset?.()
            this.setState({ error: null })
          }}
        >
          Try again
        </Button>
      </div>
    )
  }
}
