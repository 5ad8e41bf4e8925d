import { createContext } from 'svelte';
import type { AppState } from './app-state.svelte';
import type { DueToday } from './due-today.svelte';
import type { Lazy } from './lazy.svelte';

export const [getAppState, setAppState] = createContext<AppState>();

/** the cards due now, loaded by the layout after the page is interactive (the Review badge, Today) */
export const [getDueToday, setDueToday] = createContext<Lazy<DueToday>>();
