// Issue 9: every response carries the security headers of static/_headers, as a static host
// would send them, and text is compressed for a browser that accepts it: brotli, else gzip.
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';

const twoYears = 2 * 365 * 24 * 60 * 60;

function expectSecurityHeaders(response: APIResponse, label: string) {
	const headers = response.headers();
	// the page's meta CSP carries the script and style hashes; this header adds what a meta tag cannot
	expect(headers['content-security-policy'], label).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy'], label).toContain("object-src 'none'");
	const maxAge = Number(headers['strict-transport-security']?.match(/max-age=(\d+)/)?.[1]);
	expect(maxAge, `${label}: HSTS max-age`).toBeGreaterThanOrEqual(twoYears);
	expect(headers['x-content-type-options'], label).toBe('nosniff');
	expect(headers['referrer-policy'], label).toMatch(
		/^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/
	);
	for (const feature of ['camera=()', 'microphone=()', 'geolocation=()'])
		expect(headers['permissions-policy'], label).toContain(feature);
	expect(headers['cross-origin-opener-policy'], label).toBe('same-origin');
}

const get = (request: APIRequestContext, path: string, encoding = 'gzip') =>
	request.get(path, { headers: { 'accept-encoding': encoding }, failOnStatusCode: false });

/** a script the home page's start script imports, so the test follows the build's hashed names */
async function firstScript(request: APIRequestContext) {
	const html = await (await get(request, '/')).text();
	const href = html.match(/import\("([^"]+\.js)"\)/)?.[1];
	expect(href, 'the home page imports a script').toBeTruthy();
	return new URL(href ?? '', 'http://host/').pathname;
}

for (const { path, status } of [
	{ path: '/', status: 200 },
	{ path: '/quiz', status: 200 },
	{ path: '/no-such-page', status: 404 }
]) {
	test(`${path} is sent with every security header, gzipped`, async ({ request }) => {
		const response = await get(request, path);
		expect(response.status()).toBe(status);
		expectSecurityHeaders(response, path);
		expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
		expect(response.headers()['content-encoding']).toBe('gzip');
		expect(await response.text()).toMatch(/^<!doctype html>/i);
	});
}

test('a script is sent with every security header, gzipped, and cached for good', async ({
	request
}) => {
	const path = await firstScript(request);
	const response = await get(request, path);
	expect(response.status()).toBe(200);
	expectSecurityHeaders(response, path);
	expect(response.headers()['content-type']).toBe('text/javascript; charset=utf-8');
	expect(response.headers()['content-encoding']).toBe('gzip');
	expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('a browser that accepts brotli gets brotli, the same file, with the same headers', async ({
	request
}) => {
	for (const path of ['/', await firstScript(request), '/cards-data/cards.json']) {
		const response = await get(request, path, 'gzip, deflate, br, zstd');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-encoding'], path).toBe('br');
		expect(response.headers()['vary'], path).toBe('Accept-Encoding');
		expectSecurityHeaders(response, path);
		expect(await response.text(), path).toBe(await (await get(request, path, 'identity')).text());
	}
});

test('a client that does not accept gzip gets the plain file, with the same headers', async ({
	request
}) => {
	for (const path of ['/', await firstScript(request)]) {
		const response = await get(request, path, 'identity');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-encoding'], path).toBeUndefined();
		expect(response.headers()['vary'], path).toBe('Accept-Encoding');
		expectSecurityHeaders(response, path);
	}
});

// issue 17: bad requests get an answer and the server goes on serving
test('a path that does not decode gets 400 and the next request is served; /_headers is not served', async ({
	request
}) => {
	const bad = await get(request, '/%');
	expect(bad.status()).toBe(400);
	expectSecurityHeaders(bad, '/% (400)');
	expect((await get(request, '/quiz')).status()).toBe(200);
	const long = await get(request, `/quiz?q=${'x'.repeat(20_000)}`);
	expect(long.status()).toBe(200);
	expect(await long.text()).toContain('<title>Quizzes');
	const headersFile = await get(request, '/_headers');
	expect(headersFile.status()).toBe(404);
	expect(await headersFile.text()).not.toContain('Strict-Transport-Security');
	expect((await get(request, '/')).status()).toBe(200);
});
