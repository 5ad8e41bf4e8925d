// What the home page's Today needs to know of the bank beyond the cards: each question's depth,
// topic and episode section (for the suggested next step) and the claims the questions test (for
// "Repair N misconceptions"). Built at build time into /today-data/today.json
// (src/routes/today-data/today.json/+server.ts), fetched after the page loads, checked against this.
import * as z from 'zod/mini';
import { ClaimId, Depth, SectionId, TopicId, Verdict } from '../content/fields';

const text = z.string().check(z.minLength(1));

export const TodayQuestion = z.object({
	id: text,
	depth: Depth,
	topic: TopicId,
	/** the episode section its quote is in; a question with no quote belongs to no section */
	section: z.optional(SectionId)
});

/** an episode claim some question tests (the same links as the progress page's claims) */
export const TodayClaim = z.object({
	id: ClaimId,
	verdict: Verdict,
	questionIds: z.array(text),
	factCheckIds: z.array(text)
});

export const TodayMeta = z.object({
	/** in episode order */
	sections: z.array(z.object({ id: SectionId, title: text })),
	/** in bank order */
	topics: z.array(z.object({ id: TopicId, title: text })),
	/** in bank order */
	questions: z.array(TodayQuestion),
	claims: z.array(TodayClaim)
});

export type TodayQuestion = z.infer<typeof TodayQuestion>;
export type TodayClaim = z.infer<typeof TodayClaim>;
export type TodayMeta = z.infer<typeof TodayMeta>;
