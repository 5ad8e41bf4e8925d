// scripts/serve.js run as a child process on a port of its own, for the scripts and tests that
// need a server they can stop: the bench (ours and the no-script floor), the crash test, the
// screenshots and the offline browser tests.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** @returns {Promise<number>} a port nothing listens on right now */
export function freePort() {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address
					? resolvePort(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

/**
 * @typedef {object} AppServer
 * @property {string} origin http://localhost:PORT, no trailing slash
 * @property {() => Promise<void>} stop stops the server and waits until it has exited
 */

/**
 * Serves `root` (the build by default) with scripts/serve.js, the same headers and clean URLs as
 * `npm start`, on `port` (a free one by default), and resolves once it listens. The same port
 * again later is the same origin, so a service worker registered there is found again.
 * @param {{ root?: string, port?: number }} [options]
 * @returns {Promise<AppServer>}
 */
export async function startServer({ root = 'build', port } = {}) {
	const chosen = port ?? (await freePort());
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, BUILD_DIR: root, PORT: String(chosen), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	// serve.js moves on to the next port if this one was taken meanwhile: the origin is what it says
	/** @type {string} */
	const origin = await new Promise((ready, fail) => {
		let output = '';
		/** @param {Buffer} data */
		const onData = (data) => {
			output += data.toString();
			const running = /is running at (http:\/\/localhost:\d+)/.exec(output);
			if (running?.[1]) ready(running[1]);
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.once('exit', (code) => fail(new Error(`scripts/serve.js exited (${code}): ${output}`)));
	});
	return {
		origin,
		stop: () =>
			new Promise((stopped) => {
				if (child.exitCode !== null) return stopped();
				child.once('exit', () => stopped());
				child.kill();
			})
	};
}
