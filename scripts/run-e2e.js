// npm run test:e2e: finds a browser, builds the app, checks its performance budgets, and runs
// Playwright against the built files.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.js';

let browser;
try {
	browser = findChromium();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
console.log(`Browser tests run in: ${browser.source}${browser.executablePath ? ` (${browser.executablePath})` : ''}`);

const env = { ...process.env, CHROMIUM_PATH: browser.executablePath ?? '' };
const run = (command, args) => {
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.argv.includes('--no-build')) {
	run('npm', ['run', 'build', '--silent']);
	// the performance budgets of issue 9 are checked on the build the browser tests then use
	run('node', ['scripts/check-budgets.js']);
}
run('npx', ['playwright', 'test', ...process.argv.slice(2).filter((a) => a !== '--no-build')]);
