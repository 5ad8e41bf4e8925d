// Quiz items for the component tests: the engine's fixture questions with the sources and claims
// the build would add, so the feedback has a passage, a paper link and a distortion to show.
import type { ClaimInfo, QuizItem } from './quiz-items';
import type { Question } from './schema';

const passage = {
	anchor: 'p-12',
	section: 'key-concepts-1' as const,
	sectionTitle: 'Key Concepts Part 1',
	quote: 'it adds numbers along two paths',
	wordOffset: 2400,
	sectionWordOffset: 40
};

const paper = [{ section: '6', title: 'Addition', href: 'https://example.org/paper#addition' }];

/** the distortion option b of the single-choice fixture repeats */
export const carryClaim: ClaimInfo = {
	id: 'C07',
	verdict: 'DISTORTED',
	quote: 'it carries the one, just like we do',
	lead: 'And when it adds 36 and 59, the way it gets the last digit is interesting.',
	paperSays: 'The paper finds parallel pathways, not a carry procedure.',
	paper
};

export function quizItem(question: Question): QuizItem {
	return {
		question,
		topicTitle: 'Addition',
		passage,
		paper,
		evidence: [],
		misconceptions: [carryClaim],
		cards: [{ id: `${question.topic}-card`, front: 'How does the model add two numbers?' }],
		...(question.type === 'fact-check' ? { claim: carryClaim } : {})
	};
}
