// The whole validated bank, for build-time loads (+page.server.ts), tests and scripts.
// It reads the seeds from disk, so it must never be imported by client code.
import * as z from 'zod/mini';
import { bankFiles, claimNotes } from './bank';
import { bankProblems } from './checks';
import { buildClaims } from './claims';
import { ClaimNote, EpisodeSection, Flashcard, Question, Topic } from './schema';
import { readSeedClaims, readTranscript } from './seeds';
import { sectionList } from './sections';
import { topicList } from './topics';
import { parseTranscript } from './transcript';

function parseAll<T extends z.ZodMiniType>(
	schema: T,
	values: unknown[],
	what: string
): z.infer<T>[] {
	return values.map((value, i) => {
		const result = schema.safeParse(value);
		if (result.success) return result.data;
		const id = (value as { id?: unknown } | null)?.id ?? `#${i}`;
		throw new Error(`invalid ${what} ${String(id)}: ${z.prettifyError(result.error)}`);
	});
}

export const topics = parseAll(Topic, topicList, 'topic');
export const sections = parseAll(EpisodeSection, sectionList, 'section');
export const transcript = parseTranscript(readTranscript(), sections);
export const claims = buildClaims(
	readSeedClaims(),
	parseAll(ClaimNote, claimNotes, 'claim note'),
	sections
);
export const questions = parseAll(
	Question,
	bankFiles.flatMap((f) => f.questions),
	'question'
);
export const flashcards = parseAll(
	Flashcard,
	bankFiles.flatMap((f) => f.flashcards),
	'flashcard'
);

const problems = bankProblems({ questions, flashcards, claims, transcript });
if (problems.length > 0)
	throw new Error(`the content bank has ${problems.length} problem(s):\n${problems.join('\n')}`);

export * from './schema';
