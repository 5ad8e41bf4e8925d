// A server of the built app that a test can stop, for the offline tests (issue 8). Playwright's
// context.setOffline() does not reach a service worker's own fetches (microsoft/playwright#2311),
// so a test that only set it could pass with a worker that still uses the network. Stopping the
// server as well leaves the cache as the only place the app can come from.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** a port nothing listens on right now */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

export interface AppServer {
	/** http://localhost:PORT, no trailing slash */
	origin: string;
	/** stops the server and waits until it has exited */
	stop: () => Promise<void>;
}

/**
 * Serves `buildDir` with scripts/serve.js (the same headers and clean URLs as `npm start`) on
 * `port`, and resolves once it listens. The same port again later is the same origin, so the
 * service worker registered there is found again.
 */
export async function startServer(buildDir: string, port: number): Promise<AppServer> {
	const child: ChildProcess = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, BUILD_DIR: buildDir, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	await new Promise<void>((resolve, reject) => {
		let output = '';
		const onData = (data: Buffer) => {
			output += data.toString();
			if (output.includes('is running at')) resolve();
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', onData);
		child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
	});
	return {
		origin: `http://localhost:${port}`,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill();
			})
	};
}
