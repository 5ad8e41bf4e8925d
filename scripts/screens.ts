// npm run screens: PNGs of every route and its main states at 390×844 (a phone, touch) and
// 1280×800, in light and dark, into screens/ (ignored by git), with screens/index.html to look at
// them all in one page. Issue 14: a reviewer sees the whole app in a minute.
//   npm run screens                 builds first
//   npm run screens -- --no-build   reuses build/
//   npm run screens -- quiz review  only the scenarios whose names start with these words
// The learner's data is made here, through the app's own engine: a year of reviews and quizzes
// (scripts/storage-year.ts), and a quiz holding one question of every type.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumFlags, findChromium } from './find-chromium.js';
import { startServer } from './serve-build.js';
import { simulateYear } from './storage-year';
import { questions, type Question } from '../src/lib/content/index';
import { questionTypes } from '../src/lib/content/fields';
import { startQuiz } from '../src/lib/quiz/index';
import { defaultSettings, emptyData, type AppData } from '../src/lib/model/schema';
import { toEnvelopeJson } from '../src/lib/storage/store';
import { snapshotPrefix, storageKey } from '../src/lib/storage/keys';

const outDir = 'screens';
const port = Number(process.env.SCREENS_PORT ?? 4190);
const base = `http://localhost:${port}`;

const sizes = [
	{ name: '390', viewport: { width: 390, height: 844 }, phone: true },
	{ name: '1280', viewport: { width: 1280, height: 800 }, phone: false }
] as const;
const schemes = ['light', 'dark'] as const;

/** the day the year of data ends, and the clock every screen is taken at */
const yearDays = 365;
const yearEnd = new Date(Date.UTC(2025, 0, 6, 8) + yearDays * 24 * 3600_000);

/** a year of daily reviews (8 a day over 60 cards) and a 10-question quiz a day */
function yearOfData(): string {
	return simulateYear({ cards: 60, reviewsPerDay: 8, quizAnswersPerDay: 10, days: yearDays }).json;
}

/** one question of every type, the single-choice one with an option that repeats a distortion */
function everyType(): Question[] {
	return questionTypes.map((type) => {
		const ofType = questions.filter((q) => q.type === type);
		const withClaim = ofType.find(
			(q) => q.type === 'single' && q.options.some((o) => o.misconception !== undefined)
		);
		const found = withClaim ?? ofType[0];
		if (!found) throw new Error(`the bank has no ${type} question`);
		return found;
	});
}

function quizState(): string {
	let n = 0;
	const quiz = startQuiz({
		id: 'screens-quiz',
		setId: 'mixed-all',
		questions: everyType(),
		now: new Date(yearEnd.getTime() - 60_000),
		// a fixed sequence: the same layouts every run
		random: () => ((n = (n * 9301 + 49297) % 233280) / 233280) % 1
	});
	const data: AppData = {
		...emptyData(),
		activeQuizzes: [quiz],
		settings: { ...defaultSettings }
	};
	return toEnvelopeJson(data, yearEnd);
}

/** the stored text for a scenario, and extra keys (snapshots) beside it */
interface Seed {
	main: string;
	extra?: Record<string, string>;
}

/**
 * takes the screen `name`: the whole page, or only what is in view (`fullPage: false`); with
 * `firstScreen`, on a phone also what is in view, as `name-first-screen`
 */
type Shot = (
	name: string,
	options?: { fullPage?: boolean; firstScreen?: boolean }
) => Promise<void>;

interface Scenario {
	name: string;
	seed?: () => Seed;
	run: (page: Page, shot: Shot) => Promise<void>;
}

async function open(page: Page, path: string) {
	await page.goto(base + path);
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
	await page.waitForLoadState('networkidle');
}

/** answers whatever the question asks, wrongly or rightly, as a hurried learner would */
async function answerSomehow(page: Page) {
	const form = page.getByRole('main').locator('form').first();
	// the first radio button of each group (a matching question has one group per prompt)
	const names = await form
		.locator('input[type=radio]:not(:disabled)')
		.evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as HTMLInputElement).name))]);
	for (const name of names) await form.locator(`input[type=radio][name="${name}"]`).first().check();
	const box = form.getByRole('checkbox').first();
	if (await box.isVisible().catch(() => false)) await box.check();
	for (const field of await form.getByRole('textbox').all()) await field.fill('a guess');
	for (const select of await form.getByRole('combobox').all())
		await select.selectOption({ index: 1 });
}

let year: string | undefined;
const yearSeed = (): Seed => ((year ??= yearOfData()), { main: year });

const scenarios: Scenario[] = [
	{
		name: 'home',
		run: async (page, shot) => {
			await open(page, '/');
			await shot('home-first-visit');
		}
	},
	{
		name: 'home-year',
		seed: yearSeed,
		run: async (page, shot) => {
			await open(page, '/');
			await shot('home-a-year-in');
		}
	},
	{
		name: 'quiz-menu',
		seed: yearSeed,
		run: async (page, shot) => {
			await open(page, '/quiz');
			await shot('quiz-menu');
		}
	},
	{
		name: 'quiz',
		seed: () => ({ main: quizState() }),
		run: async (page, shot) => {
			await open(page, '/quiz/mixed-all');
			const types = everyType().map((q) => q.type);
			for (const [i, type] of types.entries()) {
				const name = `quiz-${i + 1}-${type}`;
				await page.getByRole('button', { name: /^Check/ }).waitFor();
				await shot(name, { firstScreen: true });
				await answerSomehow(page);
				await page.getByRole('button', { name: /^Check/ }).click();
				await page.getByRole('button', { name: /Next question|See your results/ }).waitFor();
				await shot(`${name}-feedback`, { firstScreen: true });
				await page.getByRole('button', { name: /Next question|See your results/ }).click();
			}
			await page.waitForURL(/results/);
			await page.waitForLoadState('networkidle');
			await shot('quiz-results');
		}
	},
	{
		name: 'review',
		seed: yearSeed,
		run: async (page, shot) => {
			await open(page, '/review');
			await page.getByRole('button', { name: 'Show answer' }).waitFor();
			await shot('review-card-front', { fullPage: false });
			await page.getByRole('button', { name: 'Show answer' }).click();
			await page.getByRole('button', { name: /^Good/ }).waitFor();
			await shot('review-card-back', { fullPage: false });
			await shot('review-card-back-whole');
		}
	},
	{
		name: 'review-nothing-due',
		seed: () => ({
			main: toEnvelopeJson(
				{ ...emptyData(), settings: { ...defaultSettings, newCardsPerDay: 0 } },
				yearEnd
			)
		}),
		run: async (page, shot) => {
			await open(page, '/review');
			await shot('review-nothing-due');
		}
	},
	{
		name: 'cards',
		seed: yearSeed,
		run: async (page, shot) => {
			await open(page, '/cards');
			await shot('cards', { fullPage: false });
		}
	},
	{
		name: 'progress-empty',
		run: async (page, shot) => {
			await open(page, '/progress');
			await shot('progress-empty');
		}
	},
	{
		name: 'progress-year',
		seed: yearSeed,
		run: async (page, shot) => {
			await open(page, '/progress');
			await shot('progress-a-year');
		}
	},
	{
		name: 'transcript',
		seed: yearSeed,
		run: async (page, shot) => {
			await open(page, '/transcript');
			await shot('transcript', { fullPage: false });
			await page.mouse.wheel(0, 4000);
			await page.waitForTimeout(300);
			await shot('transcript-scrolled', { fullPage: false });
		}
	},
	{
		name: 'data',
		seed: () => {
			const main = yearSeed().main;
			const at = new Date(yearEnd.getTime() - 3 * 24 * 3600_000).toISOString();
			return { main, extra: { [`${snapshotPrefix}${at}:import`]: main } };
		},
		run: async (page, shot) => {
			await open(page, '/data');
			await shot('data-with-snapshots');
		}
	},
	{
		name: 'settings',
		run: async (page, shot) => {
			await open(page, '/settings');
			await shot('settings');
		}
	},
	{
		name: 'not-found',
		run: async (page, shot) => {
			await page.goto(`${base}/no-such-page`);
			await shot('not-found');
		}
	}
];

async function runScenario(browser: Browser, scenario: Scenario, shots: string[]) {
	const seed = scenario.seed?.();
	for (const size of sizes)
		for (const scheme of schemes) {
			const context = await browser.newContext({
				viewport: size.viewport,
				colorScheme: scheme,
				hasTouch: size.phone,
				isMobile: size.phone,
				deviceScaleFactor: 1,
				serviceWorkers: 'block',
				timezoneId: 'UTC',
				reducedMotion: 'reduce'
			});
			const page = await context.newPage();
			await page.clock.setFixedTime(yearEnd);
			if (seed)
				await page.addInitScript(
					({ key, seed }) => {
						if (sessionStorage.getItem('screens-seeded')) return;
						localStorage.setItem(key, seed.main);
						for (const [k, v] of Object.entries(seed.extra ?? {})) localStorage.setItem(k, v);
						sessionStorage.setItem('screens-seeded', 'yes');
					},
					{ key: storageKey, seed }
				);
			const dir = `${size.name}-${scheme}`;
			mkdirSync(join(outDir, dir), { recursive: true });
			const shot: Shot = async (name, options = {}) => {
				await page.screenshot({
					path: join(outDir, dir, `${name}.png`),
					fullPage: options.fullPage ?? true
				});
				if (!shots.includes(name)) shots.push(name);
				if (options.firstScreen && size.phone) {
					await page.screenshot({ path: join(outDir, dir, `${name}-first-screen.png`) });
					if (!shots.includes(`${name}-first-screen`)) shots.push(`${name}-first-screen`);
				}
			};
			try {
				await scenario.run(page, shot);
			} catch (error) {
				console.error(`${scenario.name} at ${dir}: ${String(error)}`);
				process.exitCode = 1;
			}
			await context.close();
		}
	console.log(`${scenario.name}: done`);
}

function writeIndex(shots: string[]) {
	const columns = sizes.flatMap((size) => schemes.map((scheme) => `${size.name}-${scheme}`));
	const rows = shots
		.map(
			(name) =>
				`<h2>${name}</h2><div class="row">${columns
					.filter((c) => existsSync(join(outDir, c, `${name}.png`)))
					.map(
						(c) =>
							`<figure><figcaption>${c}</figcaption><a href="${c}/${name}.png"><img src="${c}/${name}.png" alt="${name} at ${c}" loading="lazy"></a></figure>`
					)
					.join('')}</div>`
		)
		.join('\n');
	writeFileSync(
		join(outDir, 'index.html'),
		`<!doctype html><meta charset="utf-8"><title>Screens</title><style>
body{font-family:system-ui;margin:1rem}.row{display:flex;gap:1rem;align-items:flex-start;overflow-x:auto}
figure{margin:0}img{width:260px;border:1px solid #999}figcaption{font-size:.8rem}</style>
<h1>Every screen, ${new Date().toISOString().slice(0, 16)}</h1>\n${rows}\n`
	);
}

async function main() {
	const args = process.argv.slice(2);
	if (!args.includes('--no-build')) {
		const built = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
		if (built.status !== 0) process.exit(1);
	}
	const only = args.filter((a) => !a.startsWith('--'));
	const chosen = scenarios.filter(
		(s) => only.length === 0 || only.some((word) => s.name.startsWith(word))
	);
	if (only.length === 0) rmSync(outDir, { recursive: true, force: true });
	const server = await startServer({ port });
	// the scenarios' addresses are made from the port asked for; serve.js moves on if it is taken
	if (server.origin !== base) {
		await server.stop();
		throw new Error(`port ${port} is taken: choose another with SCREENS_PORT=…`);
	}
	const browser = await chromium.launch({
		executablePath: findChromium().executablePath,
		args: chromiumFlags
	});
	const shots: string[] = [];
	try {
		for (const scenario of chosen) await runScenario(browser, scenario, shots);
	} finally {
		await browser.close();
		await server.stop();
	}
	if (only.length === 0) writeIndex(shots);
	console.log(`${shots.length} screens × 4 in ${outDir}/ (open ${outDir}/index.html)`);
}

await main();
