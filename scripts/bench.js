// npm run bench: the measured quality of issues 9 and 15. Builds the app, serves a copy of build/
// as a static host would (scripts/serve.js: gzip and the headers of static/_headers), and beside it
// the floor: the same pages with every <script> and modulepreload removed, which is how fast this
// content can be on this network and this machine. Then it measures one page of every route (or
// every prerendered page, --all-pages): its first-load budget figures, Lighthouse (mobile preset)
// on our page and on its floor in turn, run after run (ours, floor, ours, floor…) so that whatever
// else the machine does weighs on both alike; cold loads of the home page, the transcript, a quiz
// and the review against their floors the same way; the due-queue time on a large collection;
// and interaction latency in the quiz and the review (p50/p95 over 200 interactions each,
// scripts/bench-latency.js). Every figure that has a floor is given beside it, with the ratio.
// Prints tables and writes bench/results.json; the median run's Lighthouse report of each route
// and of its floor go to bench/lighthouse/ (not committed).
//   npm run bench                      build, then measure (3 Lighthouse runs per route and side)
//   npm run bench -- --no-build --runs=2 --cold-rounds=3     shorter, on a busy machine
//   npm run bench -- --all-pages       every prerendered page, not one per route (about 4 times longer)
// Exits 1 when a route's Lighthouse Accessibility score is below 100: that is the gate.
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { coldLoads, quizLatency, ratio, reviewLatency, yearInStore } from './bench-latency.js';
import {
	budgets,
	findViolations,
	gzipSize,
	listPages,
	measureBuild,
	routeOf
} from './check-budgets.js';
import { chromiumFlags, findChromium } from './find-chromium.js';
import { startServer } from './serve-build.js';

const buildDir = resolve('build');
const resultsFile = 'bench/results.json';
const reportsDir = 'bench/lighthouse';
const categories = ['performance', 'accessibility', 'best-practices'];
// the flags every browser of this project runs with (playwright.config.ts), headless
const chromeFlags = ['--headless', ...chromiumFlags];

/** @param {string} name */
const argument = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const runsPerRoute = Number(argument('runs') ?? 3);
const coldRounds = Number(argument('cold-rounds') ?? 5);
const allPages = process.argv.includes('--all-pages');
/** --routes=/cards,/progress: Lighthouse on these routes only, with no cold loads or latency after */
const onlyRoutes = argument('routes')?.split(',');
/** what a partial run (--routes) did not measure */
const skipped = { measured: /** @type {const} */ (false), note: 'not measured (--routes)' };

// ---------------------------------------------------------------------------------------------
// helpers

/**
 * the middle value (the mean of the two middle ones for an even count)
 * @param {readonly number[]} values
 */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] ?? NaN)
		: ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** @type {(value: number, digits?: number) => number} */
const round = (value, digits = 0) => Number(value.toFixed(digits));

function buildApp() {
	console.log('Building the app (npm run build)…');
	const result = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8' });
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		throw new Error('npm run build failed');
	}
}

/**
 * A private copy of build/ to measure and serve: the browser tests (npm test) rebuild build/ in
 * place, and a rebuild in the middle of a 20-minute bench would change, or remove, the files
 * under measurement.
 */
function snapshotBuild() {
	const dir = mkdtempSync(join(tmpdir(), 'bench-build-'));
	cpSync(buildDir, dir, { recursive: true });
	return dir;
}

/**
 * The page with no script: every <script> element (inline or not) and every modulepreload link
 * removed, the rest (styles, markup, text) as it is. What the HTML alone paints is the floor our
 * page is measured against.
 * @param {string} html
 */
export function withoutScripts(html) {
	return html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
		.replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, '');
}

/**
 * A copy of the served build whose pages have no script: the floor, served by the same server.
 * @param {string} served
 */
function floorBuild(served) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
	cpSync(served, dir, { recursive: true });
	for (const file of listPages(dir)) {
		const path = join(dir, file);
		writeFileSync(path, withoutScripts(readFileSync(path, 'utf8')));
	}
	return dir;
}

/** the quiz set whose pages stand for every set's (they are the same page with another title) */
export const benchSet = 'section-key-concepts-1';

/**
 * One page of every route: all pages but the quiz sets', of which only those of {@link benchSet}
 * (the 23 sets' pages differ only in their title and the files they name).
 * @param {readonly string[]} files page files, as listPages gives them
 */
export function onePerRoute(files) {
	return files.filter(
		(file) => !/^quiz\/[^/]+(\/results)?\.html$/.test(file) || file.startsWith(`quiz/${benchSet}`)
	);
}

function chromePath() {
	const found = findChromium();
	// findChromium leaves the path out when Playwright's own Chromium is installed
	return found.executablePath ?? chromium.executablePath();
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

/** @typedef {import('lighthouse').Result} LighthouseResult */
/** @typedef {ReturnType<typeof figuresOf>} LighthouseFigures */

/**
 * the figures this bench keeps from one Lighthouse result
 * @param {LighthouseResult} lhr
 */
function figuresOf(lhr) {
	/** @param {string} id */
	const score = (id) => round((lhr.categories[id]?.score ?? NaN) * 100);
	/** @param {string} id */
	const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		lcpMs: round(value('largest-contentful-paint')),
		tbtMs: round(value('total-blocking-time')),
		cls: round(value('cumulative-layout-shift'), 3)
	};
}

/**
 * the scored audits of a category that did not pass, to say why a score is below 100
 * @param {LighthouseResult} lhr
 * @param {string} category
 */
function failingAudits(lhr, category) {
	return (lhr.categories[category]?.auditRefs ?? [])
		.filter((ref) => ref.weight > 0)
		.map((ref) => lhr.audits[ref.id])
		.filter((audit) => audit !== undefined)
		.filter((audit) => audit.score !== null && audit.score < 1)
		.map((audit) => `${audit.id}: ${audit.title}`);
}

/**
 * One Lighthouse run. A run now and then fails to record its trace (NO_NAVSTART and kin, a
 * Lighthouse and headless Chromium hiccup, not the page's doing): such a run is tried again.
 * @param {string} url
 * @param {number} chromePort
 * @param {number} [attempts]
 */
async function lighthouseRun(url, chromePort, attempts = 3) {
	for (let attempt = 1; ; attempt++) {
		const result = await lighthouse(url, {
			port: chromePort,
			output: 'html',
			logLevel: 'error',
			onlyCategories: categories
		});
		const error = result ? result.lhr.runtimeError : { code: 'NO_RESULT', message: 'no result' };
		if (!error && result) return result;
		if (attempt === attempts)
			throw new Error(`Lighthouse on ${url}: ${error?.code}: ${error?.message}`);
		process.stdout.write(` (retrying after ${error?.code})`);
	}
}

/**
 * the median of every figure over several runs, the failing audits of any run, and the report of
 * the run with the median Performance score
 * @param {{ figures: LighthouseFigures, lhr: LighthouseResult, report: string | string[] }[]} results
 */
function summarizeRuns(results) {
	const figures = results.map((result) => result.figures);
	// the keys of a run's figures, as figuresOf names them (none when there was no run)
	const keys = /** @type {(keyof LighthouseFigures)[]} */ (Object.keys(figures[0] ?? {}));
	/** @type {Partial<LighthouseFigures>} */
	const summary = Object.fromEntries(keys.map((key) => [key, median(figures.map((f) => f[key]))]));
	const byPerformance = [...results].sort((a, b) => a.figures.performance - b.figures.performance);
	const medianRun = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
	return {
		...summary,
		failing: {
			accessibility: [...new Set(results.flatMap((r) => failingAudits(r.lhr, 'accessibility')))],
			bestPractices: [...new Set(results.flatMap((r) => failingAudits(r.lhr, 'best-practices')))]
		},
		runs: figures,
		report: medianRun?.report,
		lighthouseVersion: medianRun?.lhr.lighthouseVersion,
		environment: medianRun?.lhr.environment
	};
}

/**
 * Runs Lighthouse on our page and on its floor in turn, `runs` times each, in the same browser,
 * and keeps the median of every figure of each. Lighthouse resets the origin's storage before
 * each run, so runs start alike.
 * @param {string} url
 * @param {string | undefined} floorUrl none for a page with nothing to show without scripts
 * @param {number} chromePort
 * @param {number} runs
 */
export async function lighthouseRoute(url, floorUrl, chromePort, runs) {
	/** @typedef {{ figures: LighthouseFigures, lhr: LighthouseResult, report: string | string[] }} Run */
	/** @type {Run[]} */
	const ours = [];
	/** @type {Run[]} */
	const floor = [];
	for (let run = 1; run <= runs; run++) {
		/** @type {[string, Run[]][]} */
		const sides = [[url, ours]];
		if (floorUrl !== undefined) sides.push([floorUrl, floor]);
		for (const [target, results] of sides) {
			const result = await lighthouseRun(target, chromePort);
			results.push({ figures: figuresOf(result.lhr), lhr: result.lhr, report: result.report });
		}
		process.stdout.write(` ${run}`);
	}
	return { ...summarizeRuns(ours), floor: summarizeRuns(floor) };
}

/**
 * Every figure of ours over the floor's, where the floor's is not zero.
 * @param {Partial<LighthouseFigures>} ours
 * @param {Partial<LighthouseFigures>} floor
 */
export function ratios(ours, floor) {
	/** @param {keyof LighthouseFigures} key */
	const of = (key) => ratio(ours[key] ?? NaN, floor[key] ?? NaN);
	return { performance: of('performance'), lcp: of('lcpMs'), tbt: of('tbtMs'), cls: of('cls') };
}

// ---------------------------------------------------------------------------------------------
// the due queue (scripts/bench-queue.ts, run in tsx)

const queueScript = 'scripts/bench-queue.ts';

/** @typedef {{ label: string, medianMs: number, p95Ms: number, minMs: number, maxMs: number }} QueueTiming */
/**
 * @typedef {{ measured: false, note: string, output?: string }
 *   | { measured: true, command: string, output: string[], timings: QueueTiming[] }} DueQueue
 */

/**
 * Parses bench-queue.ts's timing lines, `dueQueue   median 5.96 ms  p95 8.38 ms  min 2.79 ms
 * max 15.95 ms`, loosely (spacing and extra columns may change); other lines are kept as output.
 * @param {string} text
 */
export function parseQueueOutput(text) {
	/** @type {QueueTiming[]} */
	const timings = [];
	/** @type {(line: string, name: string) => number} */
	const figure = (line, name) =>
		Number(line.match(new RegExp(`\\b${name}\\s+([\\d.]+)\\s*ms`))?.[1]);
	for (const line of text.split('\n')) {
		const label = line.match(/^(\S.*?)\s+median\s+[\d.]+\s*ms/)?.[1];
		if (label)
			timings.push({
				label,
				medianMs: figure(line, 'median'),
				p95Ms: figure(line, 'p95'),
				minMs: figure(line, 'min'),
				maxMs: figure(line, 'max')
			});
	}
	return timings;
}

/** @returns {DueQueue} */
function measureQueue() {
	if (!existsSync(queueScript))
		return { measured: false, note: `not measured: ${queueScript} does not exist yet` };
	const result = spawnSync('npx', ['tsx', queueScript], { encoding: 'utf8' });
	if (result.status !== 0)
		return {
			measured: false,
			note: `not measured: ${queueScript} failed`,
			output: result.stderr.trim()
		};
	return {
		measured: true,
		command: `npx tsx ${queueScript}`,
		output: result.stdout.trim().split('\n'),
		timings: parseQueueOutput(result.stdout)
	};
}

// ---------------------------------------------------------------------------------------------
// interaction latency (scripts/bench-latency.js): Playwright drives the quiz and review pages in
// the same Chromium, with the same flags, as Lighthouse; desktop viewport, no CPU throttling.

/** the quiz set timed: every question of the bank (about 360), so 200 questions and more */
export const quizSet = '/quiz/mixed-all';

/** the pages loaded cold, and what on each the learner came for */
export const coldPages = [
	{ label: 'home', path: '/', usable: 'html[data-ready="true"]' },
	{ label: 'transcript', path: '/transcript', usable: '#transcript-search' },
	{
		label: 'a quiz',
		path: `/quiz/${benchSet}`,
		// the live quiz's Check answer, in the action bar (issue 14); the HTML's preview has a plain button
		usable: '.action-bar button[type="submit"]'
	},
	{ label: 'review', path: '/review', usable: 'button.show' }
];

const latencyBrowser = () => ({ executablePath: chromePath(), args: chromeFlags });

/**
 * Check answer → feedback painted, Next question → next question painted, and their sum per
 * question ("check answer → next question painted"), p50/p95 over 200 questions of every type.
 * @param {string} pageUrl
 */
export async function measureQuizLatency(pageUrl) {
	return quizLatency(pageUrl, latencyBrowser());
}

/**
 * Grade card → next card's front painted (and Show answer → back painted), p50/p95 over 200
 * cards, from a seeded collection with every card new today.
 * @param {string} pageUrl
 */
export async function measureReviewLatency(pageUrl) {
	return reviewLatency(pageUrl, latencyBrowser());
}

/**
 * A year of daily use (scripts/bench-year.ts, the storage-year generator) moved into the
 * IndexedDB store and loaded: its size and the time /progress takes to show it (issue 17).
 * @param {string} origin
 */
export async function measureYearInStore(origin) {
	const made = spawnSync('npx', ['tsx', 'scripts/bench-year.ts'], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (made.status !== 0) throw new Error(`scripts/bench-year.ts failed: ${made.stderr.trim()}`);
	return yearInStore(origin, JSON.parse(made.stdout), latencyBrowser());
}

/** @typedef {{ measured: false, url: string, note: string }} NotMeasured */
/** @typedef {Awaited<ReturnType<typeof measureQuizLatency>>} QuizLatency */
/** @typedef {Awaited<ReturnType<typeof measureReviewLatency>>} ReviewLatency */
/** @typedef {Awaited<ReturnType<typeof measureYearInStore>>} YearInStore */

/**
 * runs one measurement; a failure is reported in the results instead of losing the others
 * @template T
 * @param {string} pageUrl
 * @param {(pageUrl: string) => Promise<T>} measure
 * @returns {Promise<T | NotMeasured>}
 */
async function latencyOrProblem(pageUrl, measure) {
	try {
		return await measure(pageUrl);
	} catch (error) {
		console.log('');
		console.error(
			`Interaction latency on ${pageUrl} failed: ${error instanceof Error ? error.message : error}`
		);
		return {
			measured: false,
			url: pageUrl,
			note: `not measured: ${error instanceof Error ? error.message : error}`
		};
	}
}

// ---------------------------------------------------------------------------------------------
// output

/**
 * @typedef {object} BenchResults what printResults reads of the results
 * @property {{ violations: string[] }} budgets
 * @property {{ runsPerRoute: number, accessibility100: boolean }} lighthouse
 * @property {RouteResult[]} routes
 * @property {DueQueue} dueQueue
 * @property {{ quiz: QuizLatency | NotMeasured, review: ReviewLatency | NotMeasured, yearInStore?: YearInStore | NotMeasured }} interactionLatency
 * @property {ColdLoads | NotMeasured} coldLoads
 */
/**
 * @typedef {object} RouteResult
 * @property {string} route
 * @property {{ jsGzip: number, scriptRequests: number, htmlGzip: number } | undefined} budget
 * @property {number} floorHtmlGzip
 * @property {Partial<LighthouseFigures> & { failing: Record<string, string[]> }} lighthouse
 * @property {Partial<LighthouseFigures>} floor
 * @property {ReturnType<typeof ratios>} ratio
 */
/** @typedef {Awaited<ReturnType<typeof coldLoads>>} ColdLoads */

/**
 * "ours / floor ×ratio", the way every figure with a floor is printed
 * @param {number | string | undefined} ours
 * @param {number | string | undefined} floor
 * @param {number | undefined} times
 */
export const beside = (ours, floor, times) =>
	floor === undefined
		? `${ours} / none`
		: `${ours} / ${floor}${times === undefined ? '' : ` (×${times.toFixed(2)})`}`;

/** @param {readonly (readonly unknown[])[]} rows */
function table(rows) {
	const widths = (rows[0] ?? []).map((_, column) =>
		Math.max(...rows.map((row) => String(row[column]).length))
	);
	return rows
		.map((row) =>
			row
				.map((cell, i) => String(cell).padEnd(widths[i] ?? 0))
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

/** @param {BenchResults} results */
function printResults(results) {
	/** @param {number} bytes */
	const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
	console.log(
		'\nPer route, ours / the floor (the same page without scripts) (×ratio); Lighthouse: mobile preset,',
		`simulated throttling, median of ${results.lighthouse.runsPerRoute} interleaved runs of each`
	);
	console.log(
		table([
			['route', 'JS gzip', 'scripts', 'HTML gzip', 'Perf', 'LCP ms', 'TBT ms', 'CLS', 'A11y', 'BP'],
			...results.routes.map((route) => [
				route.route,
				kb(route.budget?.jsGzip ?? NaN),
				route.budget?.scriptRequests,
				beside(kb(route.budget?.htmlGzip ?? NaN), kb(route.floorHtmlGzip), undefined),
				beside(route.lighthouse.performance, route.floor.performance, route.ratio.performance),
				beside(route.lighthouse.lcpMs, route.floor.lcpMs, route.ratio.lcp),
				beside(route.lighthouse.tbtMs, route.floor.tbtMs, route.ratio.tbt),
				beside(route.lighthouse.cls, route.floor.cls, route.ratio.cls),
				route.lighthouse.accessibility,
				route.lighthouse.bestPractices
			])
		])
	);
	if (results.coldLoads.measured) {
		console.log(
			`\nCold loads, ours / the floor (×ratio), median of ${results.coldLoads.rounds} interleaved rounds (${results.coldLoads.method}):`
		);
		console.log(
			table([
				[
					'page',
					'FCP ms',
					'LCP ms',
					'usable ms (floor: its LCP)',
					'blocking ms (thread time)',
					'usable when'
				],
				...results.coldLoads.pages.map((page) => [
					page.label,
					beside(page.ours.fcpMs, page.floor.fcpMs, page.ratio.fcp),
					beside(page.ours.lcpMs, page.floor.lcpMs, page.ratio.lcp),
					beside(page.ours.usableMs, page.floor.lcpMs, page.ratio.usableToFloorLcp),
					`${page.ours.blockingMs} / ${page.floor.blockingMs}`,
					page.usable
				])
			]).replace(/^/gm, '  ')
		);
		for (const page of results.coldLoads.pages)
			if (page.pageErrors.length > 0)
				console.log(`  ${page.label}: errors in the page: ${page.pageErrors.join('; ')}`);
	} else console.log(`\nCold loads: ${results.coldLoads.note}`);
	for (const route of results.routes)
		for (const [category, audits] of Object.entries(route.lighthouse.failing))
			for (const audit of audits) console.log(`  ${route.route}: ${category} below 100: ${audit}`);
	console.log(
		`\nBudgets: ${results.budgets.violations.length === 0 ? 'all met' : results.budgets.violations.join('; ')}`
	);
	console.log(
		`Lighthouse Accessibility 100 on every route: ${results.lighthouse.accessibility100 ? 'yes' : 'NO'}`
	);
	console.log('\nDue queue, 10,000 cards and 100,000 review-log entries:');
	if (results.dueQueue.measured)
		for (const t of results.dueQueue.timings)
			console.log(`  ${t.label.padEnd(16)} median ${t.medianMs} ms  p95 ${t.p95Ms} ms`);
	else console.log(`  ${results.dueQueue.note}`);
	console.log(
		'\nInteraction latency, in Chromium (desktop viewport, no CPU throttling), to the frame painted:'
	);
	const { quiz, review } = results.interactionLatency;
	/** @param {{ p50Ms: number, p95Ms: number, maxMs: number }} f */
	const figures = (f) => [`p50 ${f.p50Ms} ms`, `p95 ${f.p95Ms} ms`, `max ${f.maxMs} ms`];
	/** @type {string[][]} */
	const rows = [];
	if (quiz.measured)
		rows.push(
			[
				`quiz: check answer → next question painted (${quiz.interactions} questions)`,
				...figures(quiz)
			],
			['  check answer → feedback painted', ...figures(quiz.steps.checkToFeedback)],
			['  next question → next question painted', ...figures(quiz.steps.nextToQuestion)]
		);
	if (review.measured)
		rows.push(
			[`review: grade card → next card painted (${review.interactions} cards)`, ...figures(review)],
			['  show answer → back painted', ...figures(review.showAnswer)]
		);
	if (rows.length > 0) console.log(table(rows).replace(/^/gm, '  '));
	if (quiz.measured)
		console.log(
			`  quiz question types: ${Object.entries(quiz.questionTypes)
				.map(([type, n]) => `${type} ${n}`)
				.join(', ')}`
		);
	if (review.measured) console.log(`  review queue at the start: ${review.countsAtStart}`);
	printStore(results.interactionLatency);
	for (const latency of [quiz, review]) {
		if (!latency.measured) console.log(`  ${latency.url}: ${latency.note}`);
		else if (latency.pageErrors.length > 0)
			console.log(`  ${latency.url}: errors in the page: ${latency.pageErrors.join('; ')}`);
	}
	console.log(
		`\nWritten: ${resultsFile}, and the median run's Lighthouse report of each route in ${reportsDir}/`
	);
}

/**
 * The store's figures (issue 17): each answer's and grade's commit, and a year of use.
 * @param {BenchResults['interactionLatency']} latency
 */
export function printStore({ quiz, review, yearInStore }) {
	console.log('\nThe store (IndexedDB, every learner action a strict-durability commit):');
	/** @param {{ p50Ms: number, p95Ms: number, maxMs: number, count: number }} f */
	const commits = (f) =>
		`p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, max ${f.maxMs} ms (${f.count} commits)`;
	if (quiz.measured)
		console.log(`  an answer stored, before its feedback shows: ${commits(quiz.storeCommits)}`);
	if (review.measured)
		console.log(`  a grade stored, before the next card shows: ${commits(review.storeCommits)}`);
	if (!yearInStore) return;
	if (!yearInStore.measured) {
		console.log(`  a year of use: ${yearInStore.note}`);
		return;
	}
	const { year, load } = yearInStore;
	const kb = (/** @type {number | undefined} */ bytes) =>
		bytes === undefined ? 'unknown' : `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
	console.log(
		`  a year of use (${year.answers.toLocaleString('en')} answers, ${year.reviews.toLocaleString('en')} reviews; ` +
			`${(year.localStorageChars / 1e6).toFixed(2)} M characters in localStorage before): ` +
			`IndexedDB ${kb(yearInStore.indexedDbBytes)} on disk`
	);
	console.log(
		`  /progress shows it: first visit with the move ${yearInStore.firstVisitWithMoveMs} ms; ` +
			`then p50 ${load.p50Ms} ms, p95 ${load.p95Ms} ms over ${load.count} loads (navigation start → painted)`
	);
}

/** @param {string} route */
const slug = (route) => (route === '/' ? 'home' : route.slice(1).replace(/\//g, '-'));

// ---------------------------------------------------------------------------------------------

async function main() {
	const started = Date.now();
	// other work on the machine skews every timing: the load is written next to the figures
	const loadAtStart = loadavg().map((load) => round(load, 2));
	if (!process.argv.includes('--no-build')) buildApp();
	const served = snapshotBuild();
	const floorDir = floorBuild(served);
	const pages = measureBuild(served);
	const server = await startServer({ root: served });
	const floorServer = await startServer({ root: floorDir });
	mkdirSync(reportsDir, { recursive: true });
	const routes = [];
	const interactionLatency = {};
	/** @type {ColdLoads | NotMeasured} */
	let cold = { measured: false, url: '', note: 'not measured' };
	try {
		const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags });
		try {
			const files = listPages(served);
			for (const file of allPages ? files : onePerRoute(files)) {
				const route = routeOf(file);
				if (onlyRoutes && !onlyRoutes.includes(route)) continue;
				// 404.html is served at /404 with status 200: Lighthouse refuses to audit a 404 response,
				// and the page is the same one an unknown URL gets. The fallback page is measured by
				// the budgets only: its body is empty until its script draws it, so it has no floor,
				// and it is what the service worker draws a quiz set's page with offline
				if (route === '/fallback') continue;
				process.stdout.write(`Lighthouse ${route}, ours and the floor:`);
				const {
					report,
					floor: { report: floorReport, ...floor },
					...figures
				} = await lighthouseRoute(
					`${server.origin}${route}`,
					`${floorServer.origin}${route}`,
					chrome.port,
					runsPerRoute
				);
				console.log('');
				if (typeof report === 'string')
					writeFileSync(join(reportsDir, `${slug(route)}.html`), report);
				if (typeof floorReport === 'string')
					writeFileSync(join(reportsDir, `${slug(route)}.floor.html`), floorReport);
				const budget = pages.find((page) => page.file === file);
				const floorHtmlGzip = gzipSize(readFileSync(join(floorDir, file)));
				routes.push({ route, file, budget, floorHtmlGzip, lighthouse: figures, floor });
			}
		} finally {
			chrome.kill();
		}
		// a partial run (--routes) is Lighthouse alone
		if (!onlyRoutes) {
			// after Lighthouse, so the two never share the CPU
			cold = await latencyOrProblem(server.origin, (origin) =>
				coldLoads(
					coldPages.map(({ label, path, usable }) => ({
						label,
						url: `${origin}${path}`,
						floorUrl: `${floorServer.origin}${path}`,
						usable
					})),
					{ ...latencyBrowser(), rounds: coldRounds }
				)
			);
			interactionLatency.quiz = await latencyOrProblem(
				`${server.origin}${quizSet}`,
				measureQuizLatency
			);
			interactionLatency.review = await latencyOrProblem(
				`${server.origin}/review`,
				measureReviewLatency
			);
			interactionLatency.yearInStore = await latencyOrProblem(server.origin, measureYearInStore);
		} else {
			Object.assign(interactionLatency, {
				quiz: { ...skipped, url: 'quiz latency' },
				review: { ...skipped, url: 'review latency' },
				yearInStore: { ...skipped, url: '' }
			});
		}
	} finally {
		await Promise.all([server.stop(), floorServer.stop()]);
		rmSync(served, { recursive: true, force: true });
		rmSync(floorDir, { recursive: true, force: true });
	}

	const environment = routes[0]?.lighthouse.environment;
	const results = {
		generatedAt: new Date().toISOString(),
		durationSeconds: round((Date.now() - started) / 1000),
		machine: {
			node: process.version,
			cpus: cpus().length,
			cpuModel: cpus()[0]?.model,
			// 1, 5 and 15 minute load averages, when the bench started and when it ended
			loadAverage: { atStart: loadAtStart, atEnd: loadavg().map((load) => round(load, 2)) },
			browser: environment?.hostUserAgent,
			// Lighthouse's CPU benchmark: higher is faster; its performance figures depend on it
			benchmarkIndex: environment?.benchmarkIndex
		},
		budgets: { limits: budgets, violations: findViolations(pages) },
		lighthouse: {
			version: routes[0]?.lighthouse.lighthouseVersion,
			preset: 'mobile (default config), simulated throttling',
			runsPerRoute,
			pages: allPages ? 'every prerendered page' : `one per route (the quiz set: ${benchSet})`,
			floor:
				'the same page with every <script> and modulepreload link removed, run after ours each time',
			accessibility100: routes.every((route) => route.lighthouse.accessibility === 100)
		},
		routes: routes.map(
			({
				route,
				file,
				budget,
				floorHtmlGzip,
				lighthouse: { environment: _, lighthouseVersion: __, ...figures },
				floor: { environment: ___, lighthouseVersion: ____, ...floorFigures }
			}) => ({
				route,
				file,
				budget: budget && {
					jsGzip: budget.jsGzip,
					scriptRequests: budget.scriptRequests,
					htmlGzip: budget.htmlGzip,
					fonts: budget.fonts.length
				},
				floorHtmlGzip,
				lighthouse: figures,
				floor: floorFigures,
				ratio: ratios(figures, floorFigures)
			})
		),
		dueQueue: onlyRoutes ? skipped : measureQueue(),
		coldLoads: cold,
		interactionLatency
	};
	mkdirSync('bench', { recursive: true });
	writeFileSync(resultsFile, `${JSON.stringify(results, null, '\t')}\n`);
	printResults(results);
	if (!results.lighthouse.accessibility100) {
		console.error('\nLighthouse Accessibility is below 100 on a route (see the audits above).');
		process.exitCode = 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
	await main();
