import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags } from './scripts/find-chromium.js';

const port = Number(process.env.E2E_PORT ?? 4319);
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	// half of it is the most a test may need on a quiet 2-core machine; the rest is room for a busy one
	timeout: 60_000,
	// a page that renders every card can take more than the default 5 s to appear on a busy 2-core
	// machine; a wait is not a test's time budget, so give it room without slowing a passing test
	expect: { timeout: 10_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		// recording a trace costs a fifth of the suite's time on 2 cores, and CI keeps no file of it:
		// E2E_TRACE=1 records one for each failing test, to open with `npx playwright show-trace`
		trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
		// a registered worker precaches the whole app (580 KB, every script and question file) on
		// each test's first page, about half of a test's time on 2 cores. Only the tests of the
		// worker itself (offline.e2e.ts) let it in; the app works the same without one
		serviceWorkers: 'block',
		launchOptions: {
			executablePath,
			args: chromiumFlags
		}
	},
	// most reviews happen on a phone (issue 14): every test runs at 390×844 unless it says otherwise,
	// so axe and the CSP check see each state as a phone shows it; a mouse and a keyboard, no touch
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 } }
		}
	],
	webServer: {
		command: 'node scripts/serve.js',
		env: { PORT: String(port) },
		url: `http://localhost:${port}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
