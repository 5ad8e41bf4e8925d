import type { Component } from 'svelte';

/**
 * A component loaded with import() once the page is interactive, so its code stays off the first
 * load; `problem` says why it could not be loaded (offline, an old cached page).
 */
export class LazyComponent<Props extends Record<string, unknown> = Record<string, never>> {
	#importer: () => Promise<{ default: Component<Props> }>;
	component = $state.raw<Component<Props>>();
	problem = $state<string>();

	constructor(importer: () => Promise<{ default: Component<Props> }>) {
		this.#importer = importer;
	}

	async load() {
		try {
			this.component = (await this.#importer()).default;
		} catch (error) {
			this.problem = `This part of the page could not be loaded (${error instanceof Error ? error.message : String(error)}). Check your connection and reload the page.`;
		}
	}
}
