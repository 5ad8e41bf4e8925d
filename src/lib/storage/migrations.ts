import { currentVersion } from './schema';

/** turns the data of version N into the data of version N + 1 */
export type Migration = (data: unknown) => unknown;

/**
 * migrations[N] upgrades version N to N + 1. Each needs a fixture of the old format
 * in fixtures/ and a test that it lands on the current schema.
 */
export const migrations: Record<number, Migration> = {};

/** Brings data stored at `version` up to the current version; throws when a step is missing. */
export function migrate(version: number, data: unknown): unknown {
	let result = data;
	for (let v = version; v < currentVersion; v += 1) {
		const step = migrations[v];
		if (!step) throw new Error(`no migration from version ${v}`);
		result = step(result);
	}
	return result;
}
