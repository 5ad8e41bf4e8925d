import type { Flashcard, Question } from '../schema';
import * as attributionGraphs from './attribution-graphs';
import * as chainOfThoughtFaithfulness from './chain-of-thought-faithfulness';
import * as entitiesAndHallucination from './entities-and-hallucination';
import * as factChecks from './fact-checks';
import * as hiddenGoals from './hidden-goals';
import * as jailbreak from './jailbreak';
import * as limitations from './limitations';
import * as medicalDiagnosis from './medical-diagnosis';
import * as multiStepReasoning from './multi-step-reasoning';
import * as multilingualCircuits from './multilingual-circuits';
import * as podcastVsPaper from './podcast-vs-paper';
import * as refusals from './refusals';
import * as rhymePlanning from './rhyme-planning';
import * as sharedAddition from './shared-addition';

export { claimNotes } from './claim-notes';

interface BankFile {
	questions: Question[];
	flashcards: Flashcard[];
}

/** one file a topic, in the order the bank presents topics; the fact-checks have a file of their own */
export const bankFiles: BankFile[] = [
	attributionGraphs,
	rhymePlanning,
	multilingualCircuits,
	sharedAddition,
	multiStepReasoning,
	medicalDiagnosis,
	entitiesAndHallucination,
	refusals,
	jailbreak,
	chainOfThoughtFaithfulness,
	hiddenGoals,
	limitations,
	podcastVsPaper,
	factChecks
];
