// Which file of the build each source module became, from the build's own manifest: tests that hold
// back or block one lazily loaded chunk find it by its source, not by a hash or its contents.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
) as Record<string, { file: string; name?: string; imports?: string[] }>;

/** the URL path of the chunk that `source` (a module a page imports lazily) was built into */
export function chunkOf(source: string): string {
	const entry = manifest[source];
	if (!entry) throw new Error(`${source} is not in the build's manifest: was it renamed?`);
	return `/${entry.file}`;
}

/** the chunk vite.config.ts groups modules into ('store', 'due', 'framework'…), by its name */
function namedChunk(name: string) {
	const entries = Object.values(manifest).filter((entry) => entry.name === name);
	if (entries.length !== 1) throw new Error(`the build has ${entries.length} chunks named ${name}`);
	return entries[0]!;
}

/** the URL path of a chunk vite.config.ts groups modules into, by its name */
export const chunkNamed = (name: string): string => `/${namedChunk(name).file}`;

/** the names of the chunks that the chunk named `name` imports, as vite.config.ts names them */
export const importsOfChunk = (name: string): string[] =>
	(namedChunk(name).imports ?? []).map((key) => manifest[key]?.name ?? key);
