import * as z from 'zod/mini';
import { EpisodeClaim, SeedClaim, type ClaimNote, type EpisodeSection } from './schema';

/** Joins each seed claim (quote, verdict, severity: facts about the episode) with our notes on it. */
export function buildClaims(seed: unknown, notes: ClaimNote[], sections: EpisodeSection[]) {
	const seedClaims = z.array(SeedClaim).parse(seed);
	const notesById = new Map(notes.map((n) => [n.id, n]));
	return seedClaims.map((c) => {
		const section = sections.find((s) => s.title === c.section);
		if (!section) throw new Error(`claim ${c.id}: unknown episode section "${c.section}"`);
		const note = notesById.get(c.id);
		if (!note) throw new Error(`claim ${c.id} has no note in bank/claim-notes.ts`);
		return EpisodeClaim.parse({
			id: c.id,
			section: section.id,
			quote: c.quote,
			verdict: c.verdict,
			severity: c.severity,
			summary: note.summary,
			paperSays: note.paperSays,
			paperSections: note.paperSections
		});
	});
}
