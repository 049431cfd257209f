import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** A rendering bug must never leave a blank window: show a calm way forward instead. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Harbor: a screen failed to draw', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="centered-page">
        <div className="centered-page__inner">
          <h1>Something went wrong on this screen</h1>
          <p>What you saved before is stored safely on this computer. Reloading Harbor usually helps.</p>
          <div className="actions">
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              Reload Harbor
            </button>
          </div>
        </div>
      </main>
    );
  }
}
