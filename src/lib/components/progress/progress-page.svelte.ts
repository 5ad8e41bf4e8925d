// What /progress loads once it is interactive: the bank's metadata (a prerendered JSON file) and
// the dashboard's code, so neither weighs on the first load of this page or any other.
import type { Component } from 'svelte';
import type { ProgressMeta } from '$lib/progress/meta';
import type { AppData } from '$lib/storage/schema';

export interface DashboardProps {
	data: AppData;
	meta: ProgressMeta;
	now: Date;
	utcOffsetMinutes: number;
}

export class ProgressPage {
	meta = $state.raw<ProgressMeta>();
	Dashboard = $state.raw<Component<DashboardProps>>();
	/** why the charts could not be loaded */
	problem = $state<string>();
	/** the clock, read once when the page opens */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
	now = $state.raw(new Date(0));
	utcOffsetMinutes = $state(0);
	#started = false;

	/** Reads the clock, at the edge; called once the page is mounted. */
	open() {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the clock is read, never mutated
		const now = new Date();
		this.now = now;
		this.utcOffsetMinutes = -now.getTimezoneOffset();
	}

	/** Fetches what the charts need, once. */
	async load(fetcher: typeof fetch = fetch) {
		if (this.#started) return;
		this.#started = true;
		try {
			const [response, module] = await Promise.all([
				fetcher('/progress/meta.json'),
				import('./ProgressDashboard.svelte')
			]);
			if (!response.ok) throw new Error(`the server answered ${response.status}`);
			this.meta = (await response.json()) as ProgressMeta;
			this.Dashboard = module.default;
		} catch (error) {
			this.#started = false;
			this.problem = `The charts could not be loaded (${error instanceof Error ? error.message : String(error)}). Check your connection and reload the page.`;
		}
	}
}
