// the shapes SvelteKit leaves to the app: https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageData {
			/** set by the page for addresses with no page (routes/404): the header marks no link */
			notFound?: boolean;
		}
	}
}

export {};
