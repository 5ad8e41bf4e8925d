// Reading and writing the stored text as the app does, for the browser tests. Format 2 packs the
// review log, the answers and the finished quizzes (src/lib/storage/packed.ts), so a test reads
// what is stored through the app's own read path (safe parse, migration, unpacking, validation),
// and never with JSON.parse alone. Seeds may still write format 1: the app migrates it on load.
import { packData } from '../../src/lib/storage/packed';
import { currentVersion, type AppData } from '../../src/lib/model/schema';
import { readEnvelope } from '../../src/lib/storage/store';

export { currentVersion };

/** the AppData a stored text (the main state, a snapshot, a backup file) holds; throws when the app could not read it */
export function decodeStored(raw: string): AppData {
	const result = readEnvelope(raw);
	if (result.status !== 'ok') {
		throw new Error(
			`the stored text reads as ${result.status}${result.status === 'corrupt' ? `: ${result.reason}` : ''}`
		);
	}
	return result.data;
}

/**
 * A stored text in the given format: packed as the app writes it from format 2 on, as plain
 * objects for format 1. `data` need not be valid, so a test can store a broken state too.
 */
export function envelopeText(
	data: unknown,
	version: number = currentVersion,
	savedAt = '2026-03-27T09:00:00.000Z'
): string {
	return JSON.stringify({ version, savedAt, data: version >= 2 ? packData(data) : data });
}
