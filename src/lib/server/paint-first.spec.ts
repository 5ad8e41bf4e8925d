import { Script, createContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { paintFirst, paintWaitLimitMs } from './paint-first';
import { sha256, start } from './test-start-script';

const preloaded = [
	'./_app/immutable/entry/start.A.js',
	'./_app/immutable/chunks/C.js',
	'./_app/immutable/entry/app.B.js',
	'./_app/immutable/nodes/2.D.js'
];
const ownScript = `localStorage.getItem('mark');`;
const page = (script: string) => `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="script-src 'self' '${sha256(ownScript)}' '${sha256(script)}'; style-src 'self'">
${preloaded.map((href) => `<link href="${href}" rel="modulepreload">`).join('\n\t\t')}
<script>${ownScript}</script></head>
<body><main id="main"><h1>Home</h1></main><script>${script}</script></body></html>`;

const startScriptOf = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => body ?? '').at(-1) ?? '';

/**
 * Runs a start script in a stand-in for a browser page whose frames, timers, paint reports,
 * visibility and load event the test decides. `import()` becomes a recorded call (a script run by
 * node:vm cannot import), the one change made to the script under test.
 */
function browserPage(
	script: string,
	{ hidden = false, paintTiming = true, unreachable = false } = {}
) {
	const imports: string[] = [];
	const started: unknown[] = [];
	const registered: string[] = [];
	const frames: (() => void)[] = [];
	const timers: { run: () => void; ms: number }[] = [];
	/** listeners as a browser keeps them: one added with { once: true } goes after it first runs */
	const listeners: {
		target: 'window' | 'document';
		type: string;
		run: (e?: unknown) => void;
		once: boolean;
	}[] = [];
	const listen =
		(target: 'window' | 'document') =>
		(type: string, run: () => void, options?: { once?: boolean }) =>
			listeners.push({ target, type, run, once: options?.once === true });
	let reportPaint: ((name: string) => void) | undefined;
	const document = {
		currentScript: { parentElement: 'the app root' },
		visibilityState: hidden ? 'hidden' : 'visible',
		readyState: 'interactive',
		documentElement: { dataset: {} as Record<string, string> },
		addEventListener: listen('document')
	};
	class PerformanceObserver {
		static supportedEntryTypes = paintTiming ? ['paint', 'longtask'] : ['longtask'];
		constructor(report: (list: unknown, observer: unknown) => void) {
			reportPaint = (name) =>
				report(
					{ getEntriesByName: (asked: string) => (asked === name ? [{ name }] : []) },
					{ disconnect: () => (reportPaint = undefined) }
				);
		}
		observe() {}
	}
	const context = createContext({
		__import: (url: string) => {
			imports.push(url);
			if (unreachable) return Promise.reject(new TypeError(`Failed to fetch ${url}`));
			return Promise.resolve(
				url.includes('/entry/start.') ? { start: (...args: unknown[]) => started.push(args) } : {}
			);
		},
		document,
		location: new URL('http://localhost/review'),
		URL,
		navigator: { serviceWorker: { register: (url: string) => registered.push(url) } },
		PerformanceObserver,
		addEventListener: listen('window'),
		setTimeout: (run: () => void, ms = 0) => timers.push({ run, ms }),
		requestAnimationFrame: (run: () => void) => frames.push(run)
	});
	context.self = context;
	new Script(script.replaceAll('import(', '__import(')).runInContext(context);
	const settle = () => new Promise((resolve) => setImmediate(resolve));
	const fire = (target: 'window' | 'document', type: string, event?: unknown) =>
		listeners
			.filter((l) => l.target === target && l.type === type)
			.forEach((l) => {
				if (l.once) listeners.splice(listeners.indexOf(l), 1);
				l.run(event);
			});
	return {
		imports,
		started,
		registered,
		settle,
		paint: async (name = 'first-contentful-paint') => (reportPaint?.(name), settle()),
		frame: async () => (frames.splice(0).forEach((run) => run()), settle()),
		/** runs the timers asked for with at most `ms` of delay */
		timers: async (ms: number) => (
			timers.filter((t) => t.ms <= ms).forEach((t) => t.run()),
			settle()
		),
		fire: async (target: 'window' | 'document', type: string, event?: unknown) => (
			fire(target, type, event),
			settle()
		),
		loaded: async () => ((document.readyState = 'complete'), fire('window', 'load'), settle()),
		dataset: document.documentElement.dataset
	};
}

describe('paintFirst: the page asks for its code after its first paint', () => {
	const rewritten = paintFirst(page(start));
	const script = startScriptOf(rewritten);

	it('asks for nothing while the page is read, and for every module at the first contentful paint', async () => {
		const tab = browserPage(script);
		await tab.frame();
		await tab.timers(0);
		await tab.paint('first-paint');
		expect(tab.imports).toEqual([]);
		await tab.paint();
		expect(tab.imports.toSorted()).toEqual(preloaded.toSorted());
		expect(tab.started).toEqual([
			[{}, 'the app root', expect.objectContaining({ node_ids: [0, 2] })]
		]);
	});

	it('asks at once in a tab in the background, which paints nothing until shown', async () => {
		const tab = browserPage(script, { hidden: true });
		await tab.settle();
		expect(tab.imports).toHaveLength(4);
		expect(tab.started).toHaveLength(1);
	});

	it('asks after a frame and a task where paint timing is not supported', async () => {
		const tab = browserPage(script, { paintTiming: false });
		await tab.settle();
		expect(tab.imports).toEqual([]);
		await tab.frame();
		await tab.timers(0);
		expect(tab.imports).toHaveLength(4);
	});

	it(`asks anyway when no paint is reported: after ${paintWaitLimitMs} ms, when hidden, or when shown from the back-forward cache`, async () => {
		const late = browserPage(script);
		await late.timers(paintWaitLimitMs - 1);
		expect(late.imports).toEqual([]);
		await late.timers(paintWaitLimitMs);
		expect(late.imports).toHaveLength(4);

		const hiddenLater = browserPage(script);
		await hiddenLater.fire('document', 'visibilitychange');
		expect(hiddenLater.imports).toHaveLength(4);

		const restored = browserPage(script);
		await restored.fire('window', 'pageshow', { persisted: false });
		expect(restored.imports).toEqual([]);
		await restored.fire('window', 'pageshow', { persisted: true });
		expect(restored.imports).toHaveLength(4);
	});

	it('starts the app once however many ways the wait ends', async () => {
		const tab = browserPage(script);
		await tab.paint();
		await tab.timers(paintWaitLimitMs);
		await tab.fire('document', 'visibilitychange');
		expect(tab.started).toHaveLength(1);
		expect(tab.imports).toHaveLength(4);
	});

	it('marks the page at once when its code cannot be downloaded, so it says so without waiting', async () => {
		const unreachable = browserPage(script, { unreachable: true });
		// a rejection the page leaves unhandled, as SvelteKit's own boot does
		const quiet = () => {};
		process.on('unhandledRejection', quiet);
		try {
			await unreachable.paint();
			expect(unreachable.started).toEqual([]);
			expect(unreachable.dataset).toEqual({ codeFailed: '' });
		} finally {
			process.off('unhandledRejection', quiet);
		}
		const reachable = browserPage(script);
		await reachable.paint();
		expect(reachable.started).toHaveLength(1);
		expect(reachable.dataset).toEqual({});
	});

	it('registers the service worker once the page has loaded and its code has started, not before', async () => {
		const loadedFirst = browserPage(script);
		await loadedFirst.loaded();
		expect(loadedFirst.registered).toEqual([]);
		await loadedFirst.paint();
		expect(loadedFirst.registered).toEqual(['./service-worker.js']);

		const paintedFirst = browserPage(script);
		await paintedFirst.paint();
		expect(paintedFirst.registered).toEqual([]);
		await paintedFirst.loaded();
		expect(paintedFirst.registered).toEqual(['./service-worker.js']);
	});

	it('takes the modulepreload links out of the page, and keeps the app’s data as it was', () => {
		expect(rewritten).not.toContain('modulepreload');
		expect(script).toContain('data:{title:"import(\\"x\\") is text",parts:["an import(",")"]}');
	});

	it('changes the start script’s hash in the policy, and leaves the other scripts’ as they were', () => {
		expect(rewritten).toContain(`'${sha256(script)}'`);
		expect(rewritten).not.toContain(sha256(start));
		expect(rewritten).toContain(`'${sha256(ownScript)}'`);
	});

	it('leaves a page rendered without content alone, links and all (the fallback page): it would wait for a paint', () => {
		const fallback = page(start.replace(/node_ids: \[0, 2\],\s*/, ''));
		expect(paintFirst(fallback)).toBe(fallback);
	});

	it('refuses a page it cannot rewrite whole', () => {
		expect(() => paintFirst('<html><body><p>no script</p></body></html>')).toThrow(
			/one SvelteKit start script, found 0/
		);
		expect(() => paintFirst(page(start).replace(sha256(start), 'sha256-other'))).toThrow(/hash/);
		expect(() => paintFirst(page(start).replaceAll('import(', 'load('))).toThrow(/imports nothing/);
	});
});
