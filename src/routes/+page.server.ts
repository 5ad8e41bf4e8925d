import { flashcards, questions, sections, topics } from '$lib/content';
import { catalogue, setPage } from './quiz/catalogue.server';
import { repairSetId, retrySetId } from '$lib/quiz/catalogue';

export function load() {
	const count = (topic: string) => ({
		questions: questions.filter((q) => q.topic === topic).length,
		flashcards: flashcards.filter((c) => c.topic === topic).length
	});
	return {
		topics: topics.map((t) => ({
			id: t.id,
			title: t.title,
			summary: t.summary,
			core: t.core,
			...count(t.id)
		})),
		sections: sections.map((s) => ({
			id: s.id,
			title: s.title,
			summary: s.summary,
			questions: questions.filter((q) => q.sources.transcript?.section === s.id).length
		})),
		/** for the learner's scores, which are read from storage in the browser */
		quizSets: catalogue.map((s) => ({ id: s.id, title: s.title })),
		/** set id → title, for Today's quizzes left unfinished (the retry and repair quizzes too) */
		titles: Object.fromEntries(
			[...catalogue, setPage(retrySetId), setPage(repairSetId)].flatMap((s) =>
				s ? [[s.id, s.title]] : []
			)
		)
	};
}
