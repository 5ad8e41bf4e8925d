// The one gate for everything that enters the store from outside: an imported backup and a
// restored snapshot (issue 17). It is the loader itself (readEnvelope: safe parsing, migration,
// unpacking, the AppData schema with its bounds on every number), then the loader again on the
// very text that would be stored, so nothing is accepted that the app could not read back once it
// has written it, then each record once (duplicates.ts), then, when the app's content is known,
// the references to it (references.ts).
import type { KnownIds } from '../model/known-ids';
import type { AppData } from '../model/schema';
import { withoutDuplicates } from './duplicates';
import { checkReferences } from './references';
import { readEnvelope, toEnvelopeJson } from './store';

export type Admission =
	| { ok: true; data: AppData; savedAt?: string; migratedFrom?: number }
	/** written by a newer version of the app: never read as this one */
	| { ok: false; newer: number }
	/** why it was refused, naming the field: "reviewLog[3].stability: must be at most 36,500 (it is 1e+308)" */
	| { ok: false; reason: string };

/** any fixed time: the round trip only checks that the data reads back, not when it was saved */
const roundTripTime = new Date(0);

/**
 * Reads a stored text (a backup, a snapshot) by the loader's rules, checks that what it holds
 * reads back once stored and holds each record once, and, given `known`, that it refers only to
 * what this app has. The data returned is the stored form read back, each record once: exactly
 * what the app will hold once it is stored.
 *
 * @example
 * admitStored(text, known) // { ok: true, data } or { ok: false, reason: 'attempts[0].questionId: no question “x” in this app' }
 */
export function admitStored(raw: string, known?: KnownIds): Admission {
	const read = readEnvelope(raw);
	if (read.status === 'newer') return { ok: false, newer: read.version };
	if (read.status === 'corrupt') return { ok: false, reason: read.reason };
	const again = readEnvelope(toEnvelopeJson(read.data, roundTripTime));
	if (again.status !== 'ok')
		return {
			ok: false,
			reason: `it would not read back once stored (${again.status === 'corrupt' ? again.reason : 'a newer format'})`
		};
	const unique = withoutDuplicates(again.data);
	if (!unique.ok) return unique;
	if (known) {
		const references = checkReferences(unique.data, known);
		if (!references.ok) return references;
	}
	return {
		ok: true,
		data: unique.data,
		...(read.savedAt === undefined ? {} : { savedAt: read.savedAt }),
		...(read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom })
	};
}
