import { Component, type ReactNode } from 'react'
import { ErrorState } from './state-views'

/**
 * Keeps a failure inside one part of a page (a tab whose code is loaded on demand): the rest of
 * the page stays usable. The usual cause is a chunk that no longer exists after a deploy, which
 * only loading the page again can fix, so that is what Retry does.
 */
export class PartBoundary extends Component<
  { title: string; children: ReactNode },
  { error: unknown }
> {
  state = { error: undefined as unknown }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  render() {
    if (this.state.error === undefined) return this.props.children
    return (
      <ErrorState
        title={this.props.title}
        error={this.state.error}
        onRetry={() => window.location.reload()}
      />
    )
  }
}
