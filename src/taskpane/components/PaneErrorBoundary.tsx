/**
 * The last guard against a blank pane: a rendering bug shows its message and a way to start
 * again. (A class, because React has error boundaries only as classes.)
 */

import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

interface PaneErrorBoundaryState {
  readonly error: Error | null;
  /** Bumped by "Try again" so that the pane mounts afresh. */
  readonly attempt: number;
}

export class PaneErrorBoundary extends Component<{ children: ReactNode }, PaneErrorBoundaryState> {
  override state: PaneErrorBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<PaneErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for the developer tools console; the user sees the message below.
    console.error("WRES pane failed to render", error, info.componentStack);
  }

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (!error) return <div key={attempt}>{this.props.children}</div>;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The WRES pane stopped working</MessageBarTitle>
          {error.message}. Try again; if it happens again, close and reopen the add-in.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
