import { flashcards, questions, sections, topics } from '$lib/content';
import { setLinks } from '$lib/quiz/catalogue';
import { catalogue } from './quiz/catalogue.server';

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
		quizSets: setLinks(catalogue)
	};
}
