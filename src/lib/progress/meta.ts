// What the progress page needs to know of the content bank: built at build time into
// /progress/meta.json (src/routes/progress/meta.json/+server.ts), fetched after the page loads and
// checked against these schemas.
import * as z from 'zod/mini';
import { ClaimId, SectionId, TopicId, Verdict } from '../content/fields';

const text = z.string().check(z.minLength(1));

export const MetaTopic = z.object({
	id: TopicId,
	title: text,
	/** the topic's questions in the bank */
	questionIds: z.array(text),
	/** the topic's flashcards in the bank */
	cardIds: z.array(text)
});

export const MetaSection = z.object({ id: SectionId, title: text });

/** an episode claim that some question tests, as a distortion to fall for or see through */
export const MetaClaim = z.object({
	id: ClaimId,
	verdict: Verdict,
	/** what the episode said, verbatim */
	quote: text,
	/** what the episode asserts, in short */
	summary: text,
	/** what the paper actually says */
	paperSays: text,
	/** the transcript paragraph the quote is in, e.g. "p-12" */
	paragraphId: z.optional(text),
	/** questions with an option (or a false statement) that repeats the claim */
	questionIds: z.array(text),
	/** fact-check questions on the claim */
	factCheckIds: z.array(text)
});

export const ProgressMeta = z.object({
	topics: z.array(MetaTopic),
	sections: z.array(MetaSection),
	claims: z.array(MetaClaim)
});

export type MetaTopic = z.infer<typeof MetaTopic>;
export type MetaSection = z.infer<typeof MetaSection>;
export type MetaClaim = z.infer<typeof MetaClaim>;
export type ProgressMeta = z.infer<typeof ProgressMeta>;
