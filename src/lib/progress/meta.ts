// What the progress page needs to know of the content bank: built at build time into
// /progress/meta.json (src/routes/progress/meta.json/+server.ts), fetched after the page loads.
import type { Verdict } from '../content/schema';

export interface MetaTopic {
	id: string;
	title: string;
	/** the topic's questions in the bank */
	questionIds: string[];
	/** the topic's flashcards in the bank */
	cardIds: string[];
}

export interface MetaSection {
	id: string;
	title: string;
}

/** an episode claim that some question tests, as a distortion to fall for or see through */
export interface MetaClaim {
	id: string;
	verdict: Verdict;
	/** what the episode said, verbatim */
	quote: string;
	/** what the episode asserts, in short */
	summary: string;
	/** what the paper actually says */
	paperSays: string;
	/** the transcript paragraph the quote is in, e.g. "p-12" */
	paragraphId?: string;
	/** questions with an option (or a false statement) that repeats the claim */
	questionIds: string[];
	/** fact-check questions on the claim */
	factCheckIds: string[];
}

export interface ProgressMeta {
	topics: MetaTopic[];
	sections: MetaSection[];
	claims: MetaClaim[];
}
