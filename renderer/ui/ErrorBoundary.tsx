import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State {
  failed: boolean
}

/**
 * A fault in one screen must not leave a blank window. Shows a plain message and a way back;
 * nothing about the error (which might quote personal data) is displayed or sent anywhere.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The developer console only (never the audit log or a file): the message and component stack.
    console.error('Cabinet screen error:', error.message, info.componentStack)
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <div className="standalone">
        <main className="standalone__panel">
          <h1>Something went wrong on this screen</h1>
          <div className="banner banner--error" role="alert">
            <p>Nothing has been lost: what was saved before is still saved. Go back to the start and try again.</p>
          </div>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              window.location.hash = '/'
              window.location.reload()
            }}
          >
            Back to the start
          </button>
        </main>
      </div>
    )
  }
}
