import { replaceStartScript, startLine, startScriptOf } from './start-script';

// Every page of ours is prerendered whole: its HTML alone paints what the learner came for
// (issue 15). SvelteKit's start script and its modulepreload links fetch the app's code while the
// page is still being read, and on a slow phone those requests compete with the page's own
// styles for the first paint. Here the code is asked for only once the page has painted, all of
// it at once, as the preload links did; hydration then changes nothing on screen.

/** SvelteKit's modulepreload link, as its prerendering writes it (render.js, add_link_tag) */
const preloadLink = /<link href="([^"]+)" rel="modulepreload">\s*/g;

/** how long a visible page waits for a first paint that is not reported before it loads anyway */
export const paintWaitLimitMs = 3000;

/**
 * Resolves once the browser has painted the page's first content, when it reports the paint
 * (Chromium's presentation time comes a little after the frame, so a frame and a task are not
 * enough); after a frame and a task where paint timing is not supported; at once in a tab in the
 * background, which paints nothing until it is shown; and in any case after a few seconds, or
 * when the page is shown again from the back-forward cache: the code must come even if the paint
 * is never reported.
 */
const paintedScript = `const painted = new Promise((done) => {
						if (document.visibilityState === 'hidden') return done();
						document.addEventListener('visibilitychange', done, { once: true });
						addEventListener('pageshow', (event) => event.persisted && done());
						setTimeout(done, ${paintWaitLimitMs});
						if (!self.PerformanceObserver?.supportedEntryTypes?.includes('paint'))
							return requestAnimationFrame(() => setTimeout(done));
						new PerformanceObserver((paints, observer) => {
							if (paints.getEntriesByName('first-contentful-paint').length === 0) return;
							observer.disconnect();
							done();
						}).observe({ type: 'paint', buffered: true });
					});`;

/**
 * An entry point that could not be downloaded (offline with nothing cached, a file gone after an
 * update) is known at once: app.css then shows the notice that the page's code has not come
 * without waiting the seconds a slow connection is given
 */
const failedMark = `.catch((error) => {
						document.documentElement.dataset.codeFailed = '';
						throw error;
					})`;

/** SvelteKit's service worker registration, which waits for the page's load event */
const registrationWait = "addEventListener('load', function () {";

/**
 * The page with its app code asked for after the first paint: its modulepreload links go, and
 * SvelteKit's start script imports its entry points once `painted` resolves, and every module the
 * links preloaded at that moment too, so they download side by side rather than one after
 * another. The service worker, whose install downloads the whole app, is registered once the
 * page has loaded and its code has started, not before. The start script's hash in the page's
 * Content-Security-Policy is changed to match.
 *
 * A page rendered without content (SvelteKit's fallback page, which draws any address in the
 * browser) is left as it is: it has nothing to paint before its code. Throws when the page has no start script, or more than one,
 * or the policy does not hold its hash: a page it cannot rewrite must not be shipped
 * half-rewritten, without its code.
 */
export function paintFirst(html: string): string {
	const start = startScriptOf(html);
	if (!start.includes('node_ids:')) return html;

	// the boot of SvelteKit's split bundle: Promise.all([import(start), import(app)]).then(…)
	const bootFrom = start.indexOf('Promise.all([');
	const bootTo = start.indexOf(']).then(', bootFrom);
	if (bootFrom === -1 || bootTo === -1) throw new Error('the start script imports nothing');
	const boot = start.slice(bootFrom, bootTo);
	const entries = [...boot.matchAll(/import\(("[^"]+")\)/g)].map(([call]) => call);
	if (entries.length === 0) throw new Error('the start script imports nothing');
	const entryUrls = new Set(entries.map((call) => JSON.parse(call.slice(7, -1)) as string));
	const preloads = [...html.matchAll(preloadLink)]
		.map(([, url]) => url ?? '')
		.filter((url) => !entryUrls.has(url));

	let deferredBoot = `const booted = ${boot}])${failedMark}`;
	for (const call of new Set(entries))
		deferredBoot = deferredBoot.replaceAll(call, `painted.then(() => ${call})`);
	const deferred = (start.slice(0, bootFrom) + deferredBoot + start.slice(bootTo + 2))
		.replace(
			startLine,
			[
				startLine,
				paintedScript,
				...(preloads.length > 0
					? [
							// SvelteKit imports these itself right after; a failure is reported there
							`painted.then(() => {
						${preloads.map((url) => `import(${JSON.stringify(url)}).catch(() => {});`).join('\n\t\t\t\t\t\t')}
					});`
						]
					: [])
			].join('\n\n\t\t\t\t\t')
		)
		.replace(
			registrationWait,
			`booted.catch(() => {}).then(() => document.readyState === 'complete' || new Promise((loaded) => addEventListener('load', loaded, { once: true }))).then(function () {`
		);

	return replaceStartScript(html.replace(preloadLink, ''), start, deferred);
}
