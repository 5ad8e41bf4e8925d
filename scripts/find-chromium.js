// Finds a Chromium for the browser tests: Playwright's own, else the system's, else (as root on
// Debian) installs Debian's chromium package. Returns its path, or undefined for Playwright's own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const findSystem = () => systemPaths.find((path) => existsSync(path));

function playwrightOwn() {
	try {
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

function installDebianChromium() {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
	console.log(
		"No Chromium found: installing Debian's chromium package with apt-get (about a minute)…"
	);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
		stdio: 'inherit',
		env
	});
	return true;
}

/** @returns {{ executablePath?: string, source: string }} */
export function findChromium() {
	if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH))
		return { executablePath: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
	if (playwrightOwn()) return { source: "Playwright's own Chromium" };
	const system = findSystem();
	if (system) return { executablePath: system, source: 'system Chromium' };
	if (installDebianChromium()) {
		const installed = findSystem();
		if (installed) return { executablePath: installed, source: 'Debian chromium, just installed' };
	}
	throw new Error(
		'No Chromium to run the browser tests in. Install one: `npx playwright install chromium`, ' +
			'or on Debian/Ubuntu `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.'
	);
}

/**
 * The flags every Chromium of this project runs with (the browser tests, the component tests,
 * the bench, the crash test, the screenshots): no sandbox (it needs privileges this machine's
 * containers lack), no GPU, and none of the background traffic that would reach for the internet.
 */
export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
