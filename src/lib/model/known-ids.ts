// What stored progress may refer to: every question (with its type, which its answers must
// have), flashcard and quiz set of this version of the app, by id only. Built at build time into
// /data/known-ids.json (src/routes/data/known-ids.json/+server.ts) and fetched by /data when a
// file is imported or a snapshot restored, so an import that answers a question the app does not
// have, or answers it with another type of response, is refused before anything is stored.
import * as z from 'zod/mini';
import { config } from 'zod/mini';
import { questionTypes } from '../content/fields';

// by its own name: the build drops unused z.* calls (vite.config.ts)
config({ jitless: true });

const id = z.string().check(z.minLength(1), z.maxLength(200));

export const KnownIds = z.object({
	/** question id → its type */
	questions: z.record(id, z.enum(questionTypes)),
	cards: z.array(id),
	/** every quiz set, "My mistakes" and the retry of missed questions included */
	sets: z.array(id)
});

export type KnownIds = z.infer<typeof KnownIds>;
