// /today-data/today.json: what the home page's Today needs of the bank besides the cards (each
// question's depth, topic and section; the claims the questions test), built once at build time and
// fetched after the page is interactive, so none of it weighs on the home page's HTML.
import { json } from '@sveltejs/kit';
import { claims, questions, sections, topics, transcript } from '$lib/content';
import { toQuizItem } from '$lib/content/quiz-items';
import { claimLinksOf } from '$lib/quiz/repair';
import type { TodayMeta } from '$lib/progress/today-meta';
import { cardsOf } from '../../question-cards.server';

export const prerender = true;

export function GET() {
	// the links the repair quiz works out in the browser from the same quiz items
	const items = questions.map((q) =>
		toQuizItem(q, {
			topics,
			sections,
			claims,
			transcript,
			cardsOf: (id: string) => cardsOf.get(id) ?? []
		})
	);
	const meta: TodayMeta = {
		sections: sections.map((s) => ({ id: s.id, title: s.title })),
		topics: topics.map((t) => ({ id: t.id, title: t.title })),
		questions: questions.map((q) => ({
			id: q.id,
			depth: q.depth,
			topic: q.topic,
			...(q.sources.transcript ? { section: q.sources.transcript.section } : {})
		})),
		claims: claimLinksOf(items).map(({ id, verdict, questionIds, factCheckIds }) => ({
			id,
			verdict,
			questionIds: [...questionIds],
			factCheckIds: [...factCheckIds]
		}))
	};
	return json(meta);
}
