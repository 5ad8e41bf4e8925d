import { flashcards, questions, sections, topics } from '$lib/content';
import { repairSetId, retrySetId, setLinks } from '$lib/quiz/catalogue';
import { depths, depthTitles } from '$lib/quiz/depth';
import { withDepth } from '$lib/quiz/sets';
import { catalogue, setPage } from './quiz/catalogue.server';

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
		/** for the learner's scores, which are read from storage in the browser: each set at each depth */
		quizSets: setLinks(catalogue),
		/**
		 * set id → title, for Today's quizzes left unfinished: each set at each depth, the retry and
		 * repair quizzes too
		 */
		titles: Object.fromEntries(
			[
				...setLinks(catalogue),
				// the first visit's mixed quiz is kept to one depth
				...catalogue
					.filter((s) => s.group === 'mixed')
					.flatMap((s) =>
						depths.map((d) => ({ id: withDepth(s.id, d), title: `${s.title}: ${depthTitles[d]}` }))
					),
				...[setPage(retrySetId), setPage(repairSetId)].flatMap((s) => (s ? [s] : []))
			].map((s) => [s.id, s.title])
		)
	};
}
