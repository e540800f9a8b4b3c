import { useEffect } from 'react';

/** Names the screen on <body data-screen>, so tests and monitoring can follow a path. */
export function useScreen(name: string): void {
  useEffect(() => {
    document.body.dataset.screen = name;
  }, [name]);
}
