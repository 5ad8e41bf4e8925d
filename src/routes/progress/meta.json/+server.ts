// /progress/meta.json: what the progress page needs of the bank (topics with their question and
// card ids, sections, the claims questions test), built once at build time and fetched after load,
// so none of it weighs on the page's HTML.
import { json } from '@sveltejs/kit';
import { claims, flashcards, questions, sections, topics, transcript } from '$lib/content';
import { repeatedClaims } from '$lib/content/checks';
import { locateQuote } from '$lib/content/transcript';
import type { MetaClaim, ProgressMeta } from '$lib/progress/meta';

export const prerender = true;

export function GET() {
	const tested: MetaClaim[] = [];
	for (const claim of claims) {
		const questionIds = questions
			.filter((q) => repeatedClaims(q).includes(claim.id))
			.map((q) => q.id);
		const factCheckIds = questions
			.filter((q) => q.type === 'fact-check' && q.claim === claim.id)
			.map((q) => q.id);
		if (questionIds.length === 0 && factCheckIds.length === 0) continue;
		const where = locateQuote(transcript, claim.quote, claim.section);
		tested.push({
			id: claim.id,
			verdict: claim.verdict,
			quote: claim.quote,
			summary: claim.summary,
			paperSays: claim.paperSays,
			...(where ? { paragraphId: where.paragraphId } : {}),
			questionIds,
			factCheckIds
		});
	}
	const meta: ProgressMeta = {
		topics: topics.map((t) => ({
			id: t.id,
			title: t.title,
			questionIds: questions.filter((q) => q.topic === t.id).map((q) => q.id),
			cardIds: flashcards.filter((c) => c.topic === t.id).map((c) => c.id)
		})),
		sections: sections.map((s) => ({ id: s.id, title: s.title })),
		claims: tested
	};
	return json(meta);
}
