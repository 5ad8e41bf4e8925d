/**
 * Resolves in a task of its own: what the page must do next waits for the task under way to end,
 * so a tap can be answered in between (issue 15). Lazy loads wait for it before they begin, so
 * that hydration's task ends first; fetchJson waits for it between slices of checking a file.
 */
export const afterThisTask = () => new Promise<void>((resolve) => setTimeout(resolve));
