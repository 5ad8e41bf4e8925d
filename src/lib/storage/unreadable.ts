// The file "Download the unreadable data" saves: the stored text exactly as it was, code unit for
// code unit. A download is UTF-8, which has no way to write a lone surrogate (half of a UTF-16
// pair, as a write cut short can leave): the browser wrote U+FFFD instead, so the file was not
// what was stored (issue 17). Here the text sits in a JSON string, where JSON.stringify writes a
// lone surrogate as the escape `\udXXX` and JSON.parse reads it back as that very code unit.
import { appName } from './keys';

/** what the file says it is, so that whoever opens it knows what they hold */
export const unreadableKind = 'unreadable-progress';

/**
 * The text of the file: a small JSON wrapper around the stored text, ASCII-safe and exact.
 *
 * @example
 * unreadableFile('{"version":2,"da\ud800', '2026-03-27T10:00:00.000Z')
 * // '{"app":"biology-of-an-llm-study","kind":"unreadable-progress",…,"text":"{\"version\":2,\"da\\ud800"}'
 */
export function unreadableFile(raw: string, keptAt: string): string {
	return JSON.stringify({
		app: appName,
		kind: unreadableKind,
		note: 'The progress this app could not read, exactly as it was stored: JSON.parse(file).text is the stored text, code unit for code unit.',
		keptAt,
		chars: raw.length,
		text: raw
	});
}

/**
 * The stored text back from such a file; undefined when the file is not one.
 *
 * @example
 * readUnreadableFile(unreadableFile(raw, keptAt)) === raw // true
 */
export function readUnreadableFile(file: string): string | undefined {
	try {
		const value: unknown = JSON.parse(file);
		if (value === null || typeof value !== 'object') return undefined;
		const { kind, text } = value as Record<string, unknown>;
		return kind === unreadableKind && typeof text === 'string' ? text : undefined;
	} catch {
		return undefined;
	}
}
