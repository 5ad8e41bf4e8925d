// Watches for a newer version of the app (see UpdateNotice.svelte), loaded once the page is
// interactive so no page pays for it on first load. SvelteKit itself registers the service worker.

export interface UpdateWatch {
	/** a newer version is installed and waiting, or has taken over from another tab */
	onReady: () => void;
}

/** Starts watching; returns `reload`, which lets the new version take over and reloads the page. */
export function watchForUpdates({ onReady }: UpdateWatch): () => void {
	const workers = navigator.serviceWorker;
	let waiting: ServiceWorker | undefined;
	let reloadRequested = false;
	// the very first version takes control without any of this: only later ones are news
	const hadController = workers.controller !== null;
	workers.addEventListener('controllerchange', () => {
		if (reloadRequested) location.reload();
		else if (hadController) {
			waiting = undefined;
			onReady();
		}
	});
	const watch = (worker: ServiceWorker | null) => {
		const check = () => {
			if (worker?.state === 'installed' && workers.controller) {
				waiting = worker;
				onReady();
			}
		};
		check();
		worker?.addEventListener('statechange', check);
	};
	// ready: once a version is active here, which on a first visit is after the start script's
	// registration on load, later than the page is interactive
	void workers.ready.then((registration) => {
		watch(registration.waiting);
		watch(registration.installing);
		registration.addEventListener('updatefound', () => watch(registration.installing));
	});
	return () => {
		reloadRequested = true;
		// the waiting version takes over, then controllerchange reloads; one that already took
		// over from another tab needs only the reload
		if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
		else location.reload();
	};
}
