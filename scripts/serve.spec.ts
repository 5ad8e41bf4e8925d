// Issue 17: bad input never breaks `npm start`'s server. A path that does not decode (`/%`) used
// to throw an uncaught URIError and stop the server for every later request; a 20,000-character
// query string got Node's 431 and no page; `/_headers` was served to anyone. The server runs here
// on a free port, over a small build of its own, and every bad request is followed by a good one.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: ChildProcess;
let port = 0;
let dir = '';

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'serve-spec-'));
	writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>home page');
	writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>not found page');
	mkdirSync(join(dir, 'quiz'));
	writeFileSync(join(dir, 'quiz.html'), '<!doctype html><title>quiz</title>quiz page');
	copyFileSync('static/_headers', join(dir, '_headers'));
	server = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, BUILD_DIR: dir, PORT: '0', HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	port = await new Promise<number>((resolve, reject) => {
		let out = '';
		server.stdout?.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const found = out.match(/localhost:(\d+)\//);
			if (found) resolve(Number(found[1]));
		});
		server.once('exit', (code) => reject(new Error(`the server exited (${code}): ${out}`)));
	});
});

afterAll(() => {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
});

/** one request with the raw path as given (no URL normalising on the way), and its answer */
function get(
	path: string
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
		});
		req.on('error', reject);
		req.end();
	});
}

/** the server still answers: the home page comes back whole */
async function expectStillServing() {
	const next = await get('/');
	expect(next.status).toBe(200);
	expect(next.body).toContain('home page');
	expect(server.exitCode).toBeNull();
}

describe('scripts/serve.js under bad requests', () => {
	it('answers a path that does not decode with 400, and serves the next request', async () => {
		for (const path of ['/%', '/%E0%A4%A', '/quiz/%ZZ', '/%%%']) {
			const answer = await get(path);
			expect(answer.status, path).toBe(400);
			expect(answer.body).toBe('This address is not a valid path.\n');
			// the security headers of _headers come with it, as with every answer
			expect(answer.headers['x-content-type-options']).toBe('nosniff');
			await expectStillServing();
		}
	});

	it('serves the page for a 20,000-character query string (not 431), and the next request', async () => {
		const answer = await get(`/quiz?q=${'x'.repeat(20_000)}`);
		expect(answer.status).toBe(200);
		expect(answer.body).toContain('quiz page');
		await expectStillServing();
	});

	it('answers 414 past 32 KiB of address, and Node’s 431 past its 64 KiB head, and keeps serving', async () => {
		const long = await get(`/?q=${'x'.repeat(40_000)}`);
		expect(long.status).toBe(414);
		await expectStillServing();
		const huge = await get(`/?q=${'x'.repeat(100_000)}`);
		expect(huge.status).toBe(431);
		await expectStillServing();
	});

	it('never serves the host’s _headers file, however it is asked for', async () => {
		for (const path of ['/_headers', '/%5Fheaders', '/quiz/../_headers', '/_headers/']) {
			const answer = await get(path);
			expect(answer.status, path).toBe(404);
			expect(answer.body, path).toContain('not found page');
			expect(answer.body, path).not.toContain('Content-Security-Policy');
		}
		await expectStillServing();
	});

	it('still serves pages by clean URL and 404 for what is not there', async () => {
		expect((await get('/quiz')).body).toContain('quiz page');
		expect((await get('/nothing-here')).status).toBe(404);
		expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(404);
	});

	it('sends an address with a trailing slash to the page without it, keeping the query', async () => {
		const slashed = await get('/quiz/?depth=2');
		expect(slashed.status).toBe(308);
		expect(slashed.headers.location).toBe('/quiz?depth=2');
		// with the security headers every answer carries
		expect(slashed.headers['x-content-type-options']).toBe('nosniff');
		expect(slashed.headers['content-security-policy']).toContain("frame-ancestors 'none'");
		// never to another site: a path that starts with two slashes stays on this one
		const doubled = await get('/.//quiz/');
		expect(doubled.status).toBe(308);
		expect(doubled.headers.location).toBe('/quiz');
		expect((await get('/quiz//')).headers.location).toBe('/quiz');
		// nothing there without the slash either: not found, not sent on
		expect((await get('/nothing-here/')).status).toBe(404);
		expect((await get('/')).status).toBe(200);
	});
});
