import type { Flashcard, Question } from '../schema';

const topic = 'shared-addition' as const;

// passages of §6 several items rest on, verbatim from the paper
const pathwaysPassage = {
	section: '6',
	text: 'We found that it split the problem into multiple pathways, computing the result at a rough precision in parallel with computing the ones digit of the answer'
};
const lowPrecisionChain = {
	section: '6',
	text: 'feed into a lookup table feature for “add something near 36 to something near 60”, which in turn feeds into a “the sum is near 92” feature'
};
const selfReport = {
	section: '6',
	text: 'I added the ones (6+9=15), carried the 1, then added the tens (3+5+1=9), resulting in 95.'
};
const noInsight = {
	section: '6',
	text: 'This is a simple instance of the model having a capability which it does not have “metacognitive” insight into.'
};
const learnedApart = {
	section: '6',
	text: 'the process by which it learns to directly do something (the more mysterious result of backpropagation giving rise to these circuits) are different'
};
const memorizedTable = {
	section: '6',
	text: 'Like many people do, the model has memorized the addition table for one-digit numbers.'
};
const otherParts = {
	section: '6',
	text: 'The other parts of its strategy, however, are a bit different than standard algorithms for addition used by humans, as we will show.'
};
const polymerRelation = {
	section: '6.1.1',
	text: 'the _6 + _9 feature activates when the journal volume number (36 here) ends in 6 and the year before the founding of the journal ends in 9'
};
const journalFeatures = {
	section: '6.1.1',
	text: 'one for journals founded around 1960, and another for journals founded in years ending in 0'
};
const swap1998 = {
	section: '6.1.1',
	text: 'replacing the lookup table features (_6 + _9) with a different one (_9 + _9) changes the ones digit of the prediction in the expected way (from 1995 to 1998)'
};
const suppressionIndirect = {
	section: '6.1.1',
	text: 'Suppressing the lookup table feature has a weak direct effect on the output prediction, but its indirect effect on the sum and output features is strong enough'
};
const intermediateNine = {
	section: '6.1.2',
	text: 'a feature that appears to represent “9, when computed as an intermediate step”, which flags that the result of 4+5=9 is not meant to be output as the final answer'
};
const expressionType = {
	section: '6.1.2',
	text: 'A group of “expression type” features is active, which represent mathematical expressions in which a sum will be multiplied by another quantity.'
};
const sameFeatures = {
	section: '6',
	text: 'found the same set of input, add, lookup table and sum features as in the shorter prompt above'
};
const equalsToken = { section: '6', text: 'Most computation takes place on the “=” token' };
const threeRoles = {
	section: '6',
	text: 'We identify features with three roles: “add X”, “lookup table”, and “sum”, operating at a variety of scales and with respect to different moduli.'
};

export const questions: Question[] = [
	// ---------------------------------------------------------------- single choice
	{
		id: 'shared-addition-episode-combination',
		topic,
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'What does the episode say Claude does when it adds two-digit numbers?',
		options: [
			{ id: 'a', text: 'It recalls every two-digit sum from one big memorized table' },
			{ id: 'b', text: 'It carries the 1 from column to column, as pupils are taught' },
			{ id: 'c', text: 'It hands the numbers to a calculator tool it was given' },
			{ id: 'd', text: 'It uses a combination of pathways' }
		],
		answer: 'd',
		explanation:
			'The hosts say Claude "uses a combination of pathways", and the paper agrees: a rough-magnitude pathway and a ones-digit pathway run in parallel and are recombined. The carry method is what the model claims when asked, not what its circuits do, and neither source mentions a calculator or a table of whole two-digit sums.',
		sources: {
			paper: ['6'],
			transcript: {
				section: 'key-concepts-2',
				text: 'when it comes to simple arithmetic, like adding two-digit numbers, Claude uses a combination of pathways'
			},
			evidence: [pathwaysPassage]
		}
	},
	{
		id: 'shared-addition-two-pathways',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The attribution graph for “calc: 36+59=” (answer 95) shows Claude 3.5 Haiku doing what?',
		options: [
			{
				id: 'a',
				text: 'Adding the ones, carrying the 1, then adding the tens, as taught at school'
			},
			{ id: 'b', text: 'Recalling 95 as one stored fact about the particular pair 36 and 59' },
			{
				id: 'c',
				text: 'Running a rough-size pathway and an exact last-digit pathway side by side'
			},
			{
				id: 'd',
				text: 'Estimating roughly first, then fixing the tens digit in a second serial pass'
			}
		],
		answer: 'c',
		explanation:
			"Two pathways work in parallel: a low-precision one that lands near 92 and a high-precision one that settles the last digit ('_6 + _9' → 'sum ends in 5'); combined, they give 95. The column-and-carry method is what the model says it did when asked, not what the graph shows. Nor is the whole sum one stored fact: the memorized part the paper points to is the one-digit addition table.",
		sources: {
			paper: ['6'],
			transcript: { section: 'key-concepts-2', text: 'Claude uses a combination of pathways' },
			evidence: [pathwaysPassage]
		}
	},
	{
		id: 'shared-addition-self-report-content',
		topic,
		type: 'single',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Asked how it worked out 36+59, what did the model say it had done?',
		options: [
			{ id: 'a', text: 'Estimated a total near 90 from the tens, then used 6+9=15 to fix the 5' },
			{ id: 'b', text: 'Added the ones (6+9=15), carried the 1, then added the tens (3+5+1=9)' },
			{ id: 'c', text: 'Added the tens (30+50=80), then the ones (6+9=15), and joined 80 and 15' },
			{ id: 'd', text: 'Rounded 59 up to 60, added 36 to get 96, then took the extra 1 away' }
		],
		answer: 'b',
		explanation:
			"The model gave the textbook account: ones first (6+9=15), carry the 1, then the tens (3+5+1=9), hence 95. The rough-size-plus-last-digit answer is close to what the attribution graph actually shows, which is exactly why it is tempting, but it is not what the model reported; tens-first and rounding are methods people use too, but the model named neither. The gap between the two accounts is the paper's point about missing self-insight.",
		sources: { paper: ['6'], evidence: [selfReport] }
	},
	{
		id: 'shared-addition-no-self-insight-conclusion',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			"What does the paper conclude from the mismatch between the model's explanation of 36+59 and its attribution graph?",
		options: [
			{
				id: 'a',
				text: 'Its explanations imitate ones in its training data, not its own circuits'
			},
			{
				id: 'b',
				text: 'Being asked to explain made it compute that sum by carrying, unlike usual'
			},
			{
				id: 'c',
				text: 'It can put its rough-size pathway into words but not its last-digit lookup'
			},
			{
				id: 'd',
				text: 'Its explanations read its own circuits, but too coarsely to show pathways'
			}
		],
		answer: 'a',
		explanation:
			'The paper asked Claude how it got 95 because it wanted to know whether Claude could articulate the heuristics it uses; after the carry-the-1 reply, its verdict is “Apparently not!”. The model can add without metacognitive insight into how, because learning to explain a skill (imitating explanations in training data) and learning to perform it are different processes. Asking did not bring a carry circuit into play: the graph the paper computed for the conversation in which the model explains itself, attributing from 95, shows the same input, add, lookup-table and sum features as the plain sum, so the carry story describes a computation the model did not run. Nor is the report a partial or coarse readout of the circuits: it names neither pathway, because it reflects how the model learned to give explanations, not the circuits that did the sum.',
		sources: { paper: ['6'], evidence: [noInsight, learnedApart] }
	},
	{
		id: 'shared-addition-rote-memorization-episode',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			"The episode says of Claude's addition, “It’s not just about rote memorization.” What does the paper actually say about memorization here?",
		options: [
			{
				id: 'a',
				text: 'Nothing is memorized at all: every digit is derived from a general sense of number'
			},
			{ id: 'b', text: 'The whole two-digit sum is memorized, so 36+59 is one recalled fact' },
			{ id: 'c', text: 'The carry rule is memorized and then applied column by column' },
			{
				id: 'd',
				text: 'One-digit sums are memorized, as by many people; the rest differs from school'
			}
		],
		answer: 'd',
		explanation:
			'The paper says the model knows its one-digit sums by heart, “like many people do”; it is the other parts of the strategy that differ from standard human algorithms. The episode\'s "not just" leaves room for that, but by moving straight on to "understanding of numbers" it never says which part is memorized. "Nothing is memorized" goes further than either source, and memorizing whole two-digit sums or a carry rule is not what the graph shows.',
		sources: {
			paper: ['6'],
			transcript: { section: 'key-concepts-2', text: 'It’s not just about rote memorization' },
			evidence: [memorizedTable, otherParts]
		}
	},
	{
		id: 'shared-addition-analogy-47-28',
		topic,
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'By analogy with the graph for “calc: 36+59=”, where and by what kind of feature would you expect the last digit of “calc: 47+28=” to be worked out?',
		options: [
			{ id: 'a', text: "On the '28' token, by a '_7 + _8' lookup as the number is read" },
			{ id: 'b', text: "On the '=' token, by a '_7 + _8' lookup-table feature" },
			{ id: 'c', text: "On the '=' token, by a carry feature passing 1 to the tens" },
			{ id: 'd', text: "On the '+' token, by an 'add _7' feature for the first number" }
		],
		answer: 'b',
		explanation:
			"In the 36+59 graph most of the computation sits on the final '=' token, where lookup-table features take the operands in through attention; the last digit comes from a lookup on the two ones digits ('_6 + _9' there, so '_7 + _8' here). The operand tokens themselves mainly carry input features, such as 'ends in 6' or '~30', and no carry feature appears: the tens come from a separate rough-size pathway. This applies the paper's 36+59 scheme by analogy; the paper itself traced 36+59.",
		sources: { paper: ['6'], evidence: [equalsToken, pathwaysPassage] }
	},
	{
		id: 'shared-addition-assert-intermediate',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			"What does the paper find the '4 + 5' lookup feature doing in the graph for “assert (4 + 5) * 3 ==”?",
		options: [
			{ id: 'a', text: "It is held back by 'expression type' features until the '*' is read" },
			{ id: 'b', text: "It feeds the '3 × 9' lookup; no feature marks 9 as a mere step" },
			{ id: 'c', text: 'It still pushes toward saying 9, but context also routes 9 onward' },
			{ id: 'd', text: "A code-only copy of it, not the one seen in 'calc:' sums, fires" }
		],
		answer: 'c',
		explanation:
			"The same '4 + 5' lookup feature is reused inside a larger expression: 'expression type' features help activate it and the '3 × 9' multiplication lookup, and they also activate a feature that tags 9 as computed as an intermediate step, so the output is 27. That is the sense in which addition features take different roles in different contexts. By default the '4 + 5' features still drive an impulse to say 9; the expression-type features help activate them rather than hold them back, a separate feature flags 9 as an intermediate, and the feature is the same one used outside code.",
		sources: {
			paper: ['6.1.2'],
			transcript: {
				section: 'key-concepts-2',
				text: "It's like it knows when to adapt its reasoning based on the situation at hand."
			},
			evidence: [
				intermediateNine,
				{
					section: '6.1.2',
					text: 'by default they drive an impulse to say “9,” but, in the presence of appropriate contextual cues indicating that there are more steps to the problem'
				}
			]
		}
	},
	{
		id: 'shared-addition-nine-suppression-caveat',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'In “assert (4 + 5) * 3 ==”, the feature that marks 9 as an intermediate step has its strongest negative output effects on "9". How firmly does the paper conclude that this suppression stops the model from blurting out 9?',
		options: [
			{
				id: 'a',
				text: 'Firmly: an intervention showed that without it the model answers 9'
			},
			{
				id: 'b',
				text: 'Tentatively: the effect is weak, and error nodes are the strongest inhibitors of "9"'
			},
			{
				id: 'c',
				text: 'Not at all: the paper found the feature raises the probability of "9"'
			},
			{
				id: 'd',
				text: 'Firmly: the feature is the only input that suppresses the "9" output'
			}
		],
		answer: 'b',
		explanation:
			'The paper only says the feature "might" counteract the impulse to say 9: its negative influence is rather weak in the graph, the strongest inhibitory inputs to the "9" output are error nodes (the part the replacement model fails to explain), and so it is unclear whether the mechanism matters in the real model. No intervention on it is reported, and it is far from the only inhibitor.',
		sources: {
			paper: ['6.1.2'],
			evidence: [
				{
					section: '6.1.2',
					text: 'the strongest inhibitory inputs to the "9" output are error nodes'
				},
				{
					section: '6.1.2',
					text: 'so it is unclear if this suppressive mechanism is significant in the underlying model'
				}
			]
		}
	},
	{
		id: 'shared-addition-tutor-self-explanations',
		topic,
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A tutoring app asks Claude 3.5 Haiku to explain each sum it does and shows pupils those explanations as “how the AI really calculates”. In the light of §6, what is wrong with that?',
		options: [
			{
				id: 'a',
				text: 'Asked to explain, it switches to carrying, so the lesson fits only that chat'
			},
			{ id: 'b', text: 'Its explanations read out its real pathways, but too tersely for pupils' },
			{ id: 'c', text: 'Its explanations are faithful for memorized sums, invented for the rest' },
			{ id: 'd', text: 'Its explanations imitate human ones and need not match how it computed' }
		],
		answer: 'd',
		explanation:
			'In §6 the model explains 36+59 with the school carry method, yet its attribution graph shows parallel rough-size and last-digit pathways instead. Its explanations are fine as arithmetic lessons, but they are not evidence of how the model itself computed. Nor does asking switch it to carrying: in that very chat, the answer 95, traced before the user asked how it was found, used the same input, add, lookup-table and sum features as the plain sum, and the carry story came only afterwards. The report is no terse readout of the pathways: the paper traces explanations to imitating explanations in training data, a different process from the one that built the circuits.',
		sources: {
			paper: ['6'],
			transcript: {
				section: 'key-concepts-2',
				text: 'Imagine an AI tutor that can adapt its teaching style'
			},
			evidence: [noInsight, selfReport]
		}
	},
	{
		id: 'shared-addition-polymer-journal-features',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Besides five features familiar from the arithmetic graphs, what does the attribution graph for the citation “Polymer, 36, 837, 1” use to pin down the year?',
		options: [
			{
				id: 'a',
				text: 'A memorized fact that Polymer volume 36 came out in 1995'
			},
			{
				id: 'b',
				text: 'Features for the founding year: founded around 1960, and in a year ending in 0'
			},
			{ id: 'c', text: 'Features reading the page number 837 as a second operand' },
			{ id: 'd', text: 'Features for the subject of the journal, polymer chemistry' }
		],
		answer: 'b',
		explanation:
			'Two journal-related sets of features represent properties of the founding year: "journals founded in ~1960" and "journals founded in years __0". Together with the volume number they set up the hidden sum (1959 + 36), which the arithmetic features, including the \'_6 + _9\' lookup, then compute. The page number is not an operand, and the graph shows no stored fact about this one volume.',
		sources: {
			paper: ['6.1.1'],
			evidence: [
				journalFeatures,
				{
					section: '6.1.1',
					text: 'two journal-related sets of features that represent properties of the founding year of the journal'
				}
			]
		}
	},
	{
		id: 'shared-addition-no-carry-needed',
		topic,
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A sceptic says: “Without carrying the 1 from 6+9, the model could not know the answer is 95 rather than 85.” How does the mechanism in §6 get the tens right without a carry step?',
		options: [
			{ id: 'a', text: 'It cannot: the graph shows a hidden carry passed from ones to tens' },
			{ id: 'b', text: 'It has 36+59 stored whole, so no tens digit is ever computed' },
			{ id: 'c', text: 'It writes the carried 1 into its output and then reads it back' },
			{ id: 'd', text: 'A rough estimate near 92 and an “ends in 5” signal, combined, give 95' }
		],
		answer: 'd',
		explanation:
			"The low-precision pathway puts the total near 92 and the last-digit pathway says it ends in 5; 95 is the number ending in 5 closest to 92, and the paper reports that the two combine to give the correct sum (it does not say how precise the rough estimate is, only that the combination lands on 95). No carry is needed, which is why the model's carry-based self-explanation does not describe what it computes. The graph shows no carry signal and no stored two-digit fact, and nothing is written out mid-computation.",
		sources: { paper: ['6'], evidence: [pathwaysPassage, lowPrecisionChain] }
	},
	// ---------------------------------------------------------------- multi-select
	{
		id: 'shared-addition-lookup-contexts',
		topic,
		type: 'multi',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			"Apart from arithmetic prompts, where did the paper find the same '_6 + _9' lookup feature active?",
		options: [
			{ id: 'a', text: 'Tables of astronomical measurements' },
			{ id: 'b', text: 'Antonym prompts in French and Chinese' },
			{ id: 'c', text: 'Financial tables' },
			{ id: 'd', text: 'Journal citations (volume and year)' },
			{ id: 'e', text: 'Blood-pressure readings in medical prompts' }
		],
		answers: ['a', 'c', 'd'],
		explanation:
			"The '_6 + _9' feature fires in astronomical measurement tables, a financial table and journal citations, wherever the next number can be worked out by a hidden addition whose digits end in 6 and 9. The antonym prompts belong to the multilingual study (§5) and the blood-pressure reading to the medical case (§7); neither is reported as using this feature.",
		sources: {
			paper: ['6.1.1'],
			transcript: {
				section: 'key-concepts-2',
				text: 'it generalizes features from arithmetic to other tasks'
			},
			evidence: [
				{
					section: '6.1.1',
					text: 'was also active on a host of diverse contexts beyond arithmetic'
				},
				{
					section: '6.1.1',
					text: 'The above sample consists of astronomical measurements; the most active token is where the model predicts the minute at the end of a measurement period.'
				}
			]
		}
	},
	{
		id: 'shared-addition-pathway-facts',
		topic,
		type: 'multi',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Which statements describe the pathways for “calc: 36+59=” correctly?',
		options: [
			{ id: 'a', text: 'One works at low precision and arrives at roughly 92' },
			{ id: 'b', text: 'One looks up the last digits and decides the sum ends in 5' },
			{ id: 'c', text: 'They run in parallel and their results combine into 95' },
			{ id: 'd', text: 'The tens pathway waits for a carry signal from the ones' },
			{ id: 'e', text: 'Each writes a partial result into the visible output first' }
		],
		answers: ['a', 'b', 'c'],
		explanation:
			"The low-precision pathway ('~36 + ~60' → 'sum ~92') and the high-precision one ('_6 + _9' → 'ends in 5') run side by side, and their combination pins down 95. No carry signal passes from a ones step to a tens step: that sequential picture is the model's own account, not its circuit. Everything happens inside one forward pass, mostly on the \"=\" token, with no partial results written out.",
		sources: { paper: ['6'], evidence: [pathwaysPassage, lowPrecisionChain] }
	},
	{
		id: 'shared-addition-self-insight-facts',
		topic,
		type: 'multi',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: "Which of these does §6 support about the model's account of its own addition?",
		options: [
			{ id: 'a', text: 'Its account describes carrying the 1 into the tens column' },
			{
				id: 'b',
				text: 'In the explaining chat, the graph traced from 95 has the plain sum’s features'
			},
			{ id: 'c', text: 'The graph of the explaining chat adds a carry feature from ones to tens' },
			{
				id: 'd',
				text: 'It learns to explain by imitating explanations found in its training data'
			},
			{ id: 'e', text: 'Its account matches its rough-size pathway but leaves out the lookup' }
		],
		answers: ['a', 'b', 'd'],
		explanation:
			'The model describes the carry method, yet the graph computed for that very conversation, attributing from 95, shows the same input, add, lookup-table and sum features as the plain sum: its 95 was not reached by carrying. The paper explains the gap by two learning processes: explanations come from imitating explanations in training data, the circuits from backpropagation. So the account is not a partial readout that catches one pathway; it names neither.',
		sources: { paper: ['6'], evidence: [sameFeatures, learnedApart] }
	},
	{
		id: 'shared-addition-episode-lines-backed',
		topic,
		type: 'multi',
		difficulty: 'transfer',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'Which of these lines from the episode, about generalization and addition, does the paper back up with at least one case it studies?',
		options: [
			{ id: 'a', text: '“the same addition circuitry is applicable across different contexts”' },
			{ id: 'b', text: '“Claude uses a combination of pathways”' },
			{
				id: 'c',
				text: '“Imagine an AI tutor that can adapt its teaching style based on how a student learns best”',
				misconception: 'C49'
			},
			{
				id: 'd',
				text: '“even if you change the prompt slightly, it can still apply the same underlying logic”'
			},
			{ id: 'e', text: '“it generalizes features from arithmetic to other tasks”' }
		],
		answers: ['a', 'b', 'd', 'e'],
		explanation:
			"Reuse across contexts, the combination of pathways (a rough-magnitude path beside an exact last-digit path) and the spread of arithmetic features to citations and tables are all in §6. The AI-tutor line is the hosts' own speculation about education: the paper studies no tutoring or teaching, so no case backs it. The slight-change line holds too (§3.2: with “Oakland” for “Dallas” the graph is analogous), though the paper's stronger evidence is reuse of the same features in very different settings.",
		sources: {
			paper: ['6', '6.1', '1', '3.2'],
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s not just about rote memorization; it’s applying its understanding of numbers in various scenarios.'
			},
			evidence: [
				{
					section: '1',
					text: 'We highlight cases where the same addition circuitry generalizes between very different contexts.'
				},
				{
					section: '6.1',
					text: 'we show how one of the addition features from the graph above is used in a remarkably diverse set of contexts that require addition'
				}
			]
		}
	},
	{
		id: 'shared-addition-polymer-interventions',
		topic,
		type: 'multi',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'What did the paper show with the journal citation “Polymer, 36, 837, 1”?',
		options: [
			{ id: 'a', text: "Suppressing the '_6 + _9' feature changed the predicted year" },
			{ id: 'b', text: "Swapping in a '_9 + _9' feature moved the year to 1998" },
			{ id: 'c', text: "Swapping in '_9 + _9' left the year at 1995, so the feature was idle" },
			{ id: 'd', text: 'Suppressing the feature made the model refuse to give any year' },
			{ id: 'e', text: 'The addition feature fired although the prompt had no plus sign' }
		],
		answers: ['a', 'b', 'e'],
		explanation:
			"The citation contains no arithmetic symbols, yet the '_6 + _9' feature is active, because the year is the volume (36) added to the year before the journal's founding (1959; the journal was founded around 1960). Suppressing the feature changed the predicted year, mostly through its effect on the sum and output features, and swapping in '_9 + _9' changed it from 1995 to 1998, which shows the feature is doing real work there. No refusal is reported.",
		sources: { paper: ['6.1.1'], evidence: [suppressionIndirect, swap1998] }
	},

	// ---------------------------------------------------------------- true / false
	{
		id: 'shared-addition-tf-self-report-matches',
		topic,
		type: 'true-false',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The graph computed for the conversation in which the model explains how it got 95 contains a carry feature, passing 1 from the ones to the tens, that the plain “calc: 36+59=” graph lacks.',
		answer: false,
		explanation:
			"Attributing from 95 in the explaining conversation, the researchers found the same input, add, lookup-table and sum features as in the plain prompt, and no carry step. The model's carry story is therefore not a description of a different computation it ran when asked; it is an explanation that does not match the computation at all, the paper's example of a capability without insight into it.",
		sources: { paper: ['6'], evidence: [sameFeatures, selfReport] }
	},
	{
		id: 'shared-addition-tf-one-digit-table',
		topic,
		type: 'true-false',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'According to the paper, the model knows the sums of single digits by heart, much as many people do.',
		answer: true,
		explanation:
			"The paper says the model has memorized the one-digit addition table, comparing this to what many people do; the '_6 + _9' lookup is an example. What differs from human schooling is how the rest of the computation is put together, with parallel rough and exact pathways.",
		sources: { paper: ['6'], evidence: [memorizedTable] }
	},
	{
		id: 'shared-addition-tf-no-memorized-facts',
		topic,
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			"The paper's account of 36+59 involves no memorized facts, only a general understanding of numbers applied to the case.",
		answer: false,
		explanation:
			'The paper names a memorized component: a lookup table of one-digit sums, such as \'_6 + _9\', which feeds the exact last-digit pathway. The episode\'s own words are milder (addition is "not just" rote memorization), but its talk of "understanding of numbers" is its gloss, not the paper\'s description.',
		sources: {
			paper: ['6'],
			transcript: {
				section: 'key-concepts-2',
				text: 'it’s applying its understanding of numbers in various scenarios'
			},
			evidence: [memorizedTable]
		}
	},
	{
		id: 'shared-addition-tf-slight-rewording',
		topic,
		type: 'true-false',
		difficulty: 'transfer',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			"The paper's evidence that the addition features generalize comes mainly from slightly reworded arithmetic prompts like 'calc: 36+59=', rather than from texts that are not arithmetic problems at all.",
		answer: false,
		explanation:
			"It is the other way round. The case for generalization is reuse far from arithmetic prompts: the '_6 + _9' lookup feature from 36+59 also fires in journal citations, in astronomical measurements and in a revenue table, and a lookup feature supplies an intermediate step in 'assert (4 + 5) * 3'. The paper does trace 36+59 once more inside a chat and finds the same features, but it uses that to examine the model's account of its own sum, not as its case for generalization. Rewording is simply not the paper's argument: where it does compare near-identical prompts (Oakland in place of Dallas, §3.2), it traces each one and finds an analogous graph, and it presents its results as claims about specific examples (§14).",
		sources: {
			paper: ['15.1', '6.1', '3.2', '14'],
			transcript: { section: 'introduction', text: 'even if you change the prompt slightly' },
			evidence: [
				{
					section: '15.1',
					text: 'In our study of addition, we saw that the same addition-related features involved in computing arithmetic problems are also used in very different contexts that nevertheless require an additive calculation.'
				},
				{
					section: '6.1',
					text: 'one of the addition features from the graph above is used in a remarkably diverse set of contexts that require addition'
				}
			]
		}
	},
	{
		id: 'shared-addition-tf-citation-same-feature',
		topic,
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The lookup-table feature that helps predict the year after “Polymer, 36, 837, 1” is a separate, citation-specific feature, distinct from the one that helps compute “calc: 36+59=”.',
		answer: false,
		explanation:
			"It is the same feature: the '_6 + _9' lookup from the addition prompt also fires on “Polymer, 36, 837, 1”, where predicting the year amounts to adding 36 to 1959, the year before the journal's founding. Interventions on it change the predicted year, so one shared feature is doing the same kind of work in both places, not a citation-specific copy. Other features in that graph are about journals (founded around 1960, or in a year ending in 0), but they are not the lookup.",
		sources: {
			paper: ['6.1.1'],
			evidence: [
				{
					section: '6.1.1',
					text: 'the lookup table feature from the 36+59 prompt that responds to adding numbers ending in 6 and 9'
				},
				polymerRelation
			]
		}
	},
	{
		id: 'shared-addition-tf-suppression-indirect',
		topic,
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			"In the Polymer citation, suppressing the '_6 + _9' feature changed the predicted year mainly through the feature's own direct effect on the output.",
		answer: false,
		explanation:
			"The feature's direct effect on the output is weak; its indirect effect, through the sum and output features it feeds, is what is strong enough to change the prediction. That is why the intervention is read as evidence for a chain of addition features rather than for one feature writing the year.",
		sources: { paper: ['6.1.1'], evidence: [suppressionIndirect] }
	},
	{
		id: 'shared-addition-tf-equals-token',
		topic,
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the graph for “calc: 36+59=”, most of the addition is computed on the final "=" token, with the operands\' information brought there by attention.',
		answer: true,
		explanation:
			'The add, lookup-table and sum features sit on the "=" token; lookup-table features take their input from the original addends via attention and from the add-function features. The number tokens carry only input features, such as \'ends in 6\' or \'near 30\', which pick out properties of one operand; the adding itself happens on "=". The operand plots likewise record each feature\'s activity on the "=" token.',
		sources: {
			paper: ['6'],
			evidence: [
				equalsToken,
				{
					section: '6',
					text: 'They take input from the original addends (via attention) and the Add Function features.'
				}
			]
		}
	},
	{
		id: 'shared-addition-tf-cot-link',
		topic,
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			"The paper treats the 36+59 self-report as a quirk of arithmetic and does not connect it to its findings on the model's written chain of thought.",
		answer: false,
		explanation:
			'Right after the 36+59 exchange, the paper points to its chain-of-thought section for related cases in which explicit reasoning does not match the internal algorithm. The self-report is one instance of a wider point: what a model writes about its method, whether after the fact or as reasoning steps, can differ from what its circuits do.',
		sources: {
			paper: ['6', '11'],
			evidence: [
				{
					section: '6',
					text: 'We give related examples of explicit reasoning not matching internal algorithms in § 11 Chain-of-thought Faithfulness.'
				}
			]
		}
	},
	// ---------------------------------------------------------------- typed
	{
		id: 'shared-addition-typed-rough-sum',
		topic,
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			"The low-precision pathway for 36+59 ends in a rough 'sum ~?' feature. Which number does that feature name?",
		accepted: ['92', 'about 92', 'around 92', 'roughly 92', 'approximately 92', 'sum ~92'],
		explanation:
			"The rough pathway works with approximate operands ('~36 + ~60') and lands on 'sum ~92': the right size, but not exact. The exact last digit comes from the other pathway ('ends in 5'), and together they give 95.",
		sources: { paper: ['6'], evidence: [lowPrecisionChain] }
	},
	{
		id: 'shared-addition-typed-lookup-role',
		topic,
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			"The paper sorts the features on addition prompts into three roles: 'add X', 'sum', and a third for features such as '_6 + _9' that respond to a particular combination of the two operands. What is that third role called?",
		accepted: [
			'lookup table',
			'lookup-table',
			'lookup table features',
			'lookup table feature',
			'lookup'
		],
		explanation:
			"Lookup-table features map a combination of input properties (such as ending in 6 and ending in 9) to a property of the output (ends in 5). Some, like '_6 + _9', are the memorized one-digit table at work; others, like '~36 + ~60', work at low precision on rough sizes. 'Add X' features respond to one operand, 'sum' features to the result.",
		sources: {
			paper: ['6'],
			evidence: [
				threeRoles,
				{
					section: '6',
					text: 'Isolated points represent “lookup table” features sensitive to combinations of inputs.'
				}
			]
		}
	},
	{
		id: 'shared-addition-typed-swap-year',
		topic,
		type: 'typed',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			"In the Polymer citation, which year did the model predict after the '_6 + _9' feature was swapped for '_9 + _9'?",
		accepted: ['1998', 'the year 1998', '98', '998'],
		explanation:
			"Unaltered, the model completes the citation with 1995: volume 36, counted on from 1959, the year before the journal's founding. With '_9 + _9' swapped in, the last digit follows the new lookup (9 + 9 ends in 8), giving 1998 (the token it outputs is '998', at 66.6%, after the '1' already in the prompt).",
		sources: { paper: ['6.1.1'], evidence: [swap1998] }
	},
	// ---------------------------------------------------------------- cloze
	{
		id: 'shared-addition-cloze-pathways',
		topic,
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Fill in the two pathways for “calc: 36+59=”.',
		text: "A low-precision pathway estimates the sum at about {{1}}, while a high-precision pathway looks up the operands' {{2}} digits and decides that the sum ends in 5.",
		gaps: [['92'], ['last', 'ones', 'final', 'units', 'one']],
		explanation:
			'The rough pathway gets the size right (about 92) and the exact pathway gets the last digit right (5); of the numbers ending in 5, the one closest to 92 is 95, the sum the paper says the two combine to give. Neither pathway alone is enough, which is why the paper describes two parallel pathways whose results are combined.',
		sources: { paper: ['6'], evidence: [lowPrecisionChain, pathwaysPassage] }
	},
	{
		id: 'shared-addition-cloze-polymer',
		topic,
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Fill in why the addition feature fires on the citation “Polymer, 36, 837, 1”.',
		text: "The '_6 + _9' feature is active because the {{1}} number ends in 6 and the year {{2}} the journal's founding ends in 9; the journal features in the graph put the founding itself around {{3}}.",
		gaps: [
			['volume', 'volume number'],
			['before', 'preceding', 'prior to'],
			['1960', 'the 1960s']
		],
		explanation:
			"The year of volume N is the year before the founding plus N: here 1959 + 36 = 1995, for a journal founded around 1960, which is where the graph's journal features place it. So 1959 is the year before the founding, the number added to the volume, not the founding itself. Predicting the year is therefore a hidden addition whose last digits are 6 and 9, exactly what the '_6 + _9' lookup handles. That is why a feature first seen in arithmetic turns up in a bibliography.",
		sources: { paper: ['6.1.1'], evidence: [polymerRelation, journalFeatures] }
	},
	{
		id: 'shared-addition-cloze-self-report',
		topic,
		type: 'cloze',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		text: "Asked how it reached 95, the model said it added the ones (6+9=15), {{1}} the 1, then added the tens. The paper's reply to whether that is really what it did: “Apparently {{2}}!”",
		gaps: [['carried', 'carrying', 'carry'], ['not']],
		explanation:
			"The model describes the standard school algorithm, but its circuits combine a rough-size pathway with a last-digit lookup instead. The paper's dry “Apparently not!” marks a capability without metacognitive insight into it.",
		sources: { paper: ['6'], evidence: [selfReport, noInsight] }
	},
	{
		id: 'shared-addition-cloze-assert',
		topic,
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		text: "In “assert (4 + 5) * 3 ==”, a group of {{1}}-type features, active because a sum is to be multiplied, helps activate both lookups and a feature for 9 as an intermediate step. That feature's push against saying 9 is weak: the strongest inhibitors of the '9' output are {{2}} nodes.",
		gaps: [
			['expression', 'expression type', 'expression-type'],
			['error', 'error node']
		],
		explanation:
			"Here the sum 9 is only a step: 'expression type' features, which represent a sum that will then be multiplied, activate the lookup features and a feature that tags 9 as an intermediate result, letting the model go on to 27. Whether that tag really stops the model saying 9 is left open: the graph's strongest brakes on '9' are error nodes, the part the replacement model does not explain.",
		sources: {
			paper: ['6.1.2'],
			evidence: [
				expressionType,
				{
					section: '6.1.2',
					text: 'the strongest inhibitory inputs to the "9" output are error nodes'
				}
			]
		}
	},

	// ---------------------------------------------------------------- ordering
	{
		id: 'shared-addition-order-feature-roles',
		topic,
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Put the kinds of feature in the “calc: 36+59=” graph in the order information flows through them.',
		items: [
			{ id: 'a', text: "Input features for each number's ones digit and rough size" },
			{ id: 'b', text: "'Add X' features, such as 'add ~57' and 'add _9'" },
			{ id: 'c', text: "Lookup-table features, such as '~36 + ~60' and '_6 + _9'" },
			{ id: 'd', text: "Sum features, such as 'sum ~92' and 'sum ends in 5'" },
			{ id: 'e', text: 'The output 95' }
		],
		explanation:
			"The model first registers properties of each operand, turns the second into an 'add X' feature, combines both in lookup-table features that take the first operand in through attention, and only then has features about the sum itself, which together produce 95. Sum features cannot come first: they need both operands to have been combined.",
		sources: {
			paper: ['6'],
			evidence: [
				lowPrecisionChain,
				{
					section: '6',
					text: 'They take input from the original addends (via attention) and the Add Function features.'
				}
			]
		}
	},
	{
		id: 'shared-addition-order-ones-pathway',
		topic,
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Put the steps of the high-precision (last-digit) pathway for “calc: 36+59=” in order.',
		items: [
			{ id: 'a', text: 'A feature registers that an operand ends in 9' },
			{ id: 'b', text: "An 'add _9' feature (add something ending exactly in 9) becomes active" },
			{ id: 'c', text: "The '_6 + _9' lookup-table feature becomes active" },
			{ id: 'd', text: "A 'sum ends in 5' feature becomes active" },
			{ id: 'e', text: 'Joined with the rough estimate (about 92), the output is 95' }
		],
		explanation:
			"The operand's last digit becomes an 'add _9' feature, which with the other operand's 6 triggers the memorized one-digit lookup; that yields the fact that the sum ends in 5. The exact digit is then combined with the low-precision pathway's rough size to produce 95, which is why the combination comes last.",
		sources: {
			paper: ['6'],
			evidence: [
				{
					section: '6',
					text: 'This low-precision pathway complements the high precision modular features on the right'
				},
				{ section: '6', text: 'These combine to give the correct sum of 95.' }
			]
		}
	},

	// ---------------------------------------------------------------- matching
	{
		id: 'shared-addition-match-features',
		topic,
		type: 'matching',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Match each feature named in §6 with the job it does.',
		pairs: [
			{ id: 'a', left: "'~36 + ~60'", right: 'Rough lookup on the approximate operands' },
			{ id: 'b', left: "'sum ~92'", right: 'Rough estimate of the size of the total' },
			{ id: 'c', left: "'_6 + _9'", right: 'Exact lookup on the last digits' },
			{ id: 'd', left: "'sum ends in 5'", right: "Exact claim about the answer's final digit" },
			{
				id: 'e',
				left: "'expression type'",
				right: 'Marks a sum to be multiplied, so 9 is kept as a step'
			}
		],
		explanation:
			"The first two belong to the low-precision pathway, the next two to the high-precision one, and the pair of pathways combine into 95. The 'expression type' features come from the “assert (4 + 5) * 3 ==” example, where the addition result is an intermediate rather than the answer.",
		sources: { paper: ['6', '6.1.2'], evidence: [lowPrecisionChain, expressionType] }
	},
	{
		id: 'shared-addition-match-operand-geometry',
		topic,
		type: 'matching',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'An operand plot shows a feature\'s activity on the "=" token of “calc: a+b=” for every a and b from 0 to 99. Match each pattern with what it says about the feature.',
		pairs: [
			{ id: 'a', left: 'Diagonal lines', right: 'Sensitive to the sum' },
			{ id: 'b', left: 'Horizontal or vertical lines', right: 'Sensitive to one of the operands' },
			{
				id: 'c',
				left: 'Isolated points',
				right: 'A lookup table for particular combinations of operands'
			},
			{ id: 'd', left: 'Repeating patterns', right: 'Modular information, such as the last digit' },
			{ id: 'e', left: 'Smeared patterns', right: 'A lower-precision version of one of these' }
		],
		explanation:
			'Along a diagonal a + b is constant, so a feature lit along diagonals tracks the sum; a stripe fixes one operand; a point picks out one pair; a pattern repeating every 10 tracks the last digit; and a blur is the same idea at low precision. Reading these shapes is how the paper sorts features into add, lookup-table and sum roles before tracing 36+59.',
		sources: {
			paper: ['6'],
			evidence: [
				{
					section: '6',
					text: 'Diagonal lines represent features sensitive to the sum in the problem.'
				},
				{
					section: '6',
					text: 'Isolated points represent “lookup table” features sensitive to combinations of inputs.'
				}
			]
		}
	},
	{
		id: 'shared-addition-match-contexts',
		topic,
		type: 'matching',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Match each §6 prompt, or the feature swap, with the number the model then gave.',
		pairs: [
			{ id: 'a', left: '“calc: 36+59=”', right: '95' },
			{
				id: 'b',
				left: '“Polymer, 36, 837, 1” (journal founded around 1960)',
				right: '1995'
			},
			{ id: 'c', left: "The same citation with '_9 + _9' swapped in", right: '1998' },
			{ id: 'd', left: '“assert (4 + 5) * 3 ==”', right: '27' }
		],
		explanation:
			'All four draw on the same kind of addition features: a plain sum, a citation year that is hidden addition (1959, the year before the founding, plus volume 36), the citation again after a feature swap, and code where 4 + 5 is only an intermediate step. The 1998 result is the one produced by intervention rather than by the unaltered model.',
		sources: { paper: ['6', '6.1.1'], evidence: [polymerRelation, swap1998] }
	},
	{
		id: 'shared-addition-match-episode-lines',
		topic,
		type: 'matching',
		difficulty: 'transfer',
		depth: 1,
		answerableFrom: 'paper',
		prompt: 'Match each line from the episode with what the paper says about it.',
		pairs: [
			{
				id: 'a',
				left: '“the same addition circuitry is applicable across different contexts”',
				right: 'Backed: one lookup feature serves sums, tables and citations'
			},
			{
				id: 'b',
				left: '“It’s not just about rote memorization”',
				right: 'Leaves out what is memorized: the one-digit addition table'
			},
			{
				id: 'c',
				left: '“a level of abstraction we typically associate with human-like reasoning”',
				right:
					'Half backed: the reuse is an abstraction, but the method differs a bit from human ones'
			},
			{
				id: 'd',
				left: "“It's like it knows when to adapt its reasoning”",
				right: "Loosely backed: 'expression type' features make 9 an intermediate step"
			}
		],
		explanation:
			"The reuse claim matches §6 (and the introduction's remark that computations generalize across contexts). The memorization line is not false as worded, but it skips the paper's point that the one-digit table is memorized. The human-likeness line is half backed: the paper itself calls this reuse a generalizable abstraction (§15.1), but “human-like” is the hosts' gloss, and the paper notes that, apart from the memorized table, the strategy is “a bit different” from standard human algorithms. “Adapt its reasoning” is a loose gloss on the “assert (4 + 5) * 3” example.",
		sources: {
			paper: ['6', '1', '15.1'],
			transcript: {
				section: 'key-concepts-2',
				text: "That's a level of abstraction we typically associate with human-like reasoning."
			},
			evidence: [memorizedTable, otherParts]
		}
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'shared-addition-card-prompt',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front: 'Which prompt does §6 use to study addition, and where is the detailed study?',
		back: '“calc: 36+59=” → 95; the full analysis is in the companion methods paper.',
		explanation:
			'The biology paper summarizes the addition case and refers to the companion paper, “Circuit Tracing”, for the details. The same sum serves for the self-insight test, when the model is asked how it got 95.',
		sources: {
			paper: ['6'],
			evidence: [
				{
					section: '6',
					text: 'In the companion paper, we investigated how Claude 3.5 Haiku adds two-digit numbers, like 36+59.'
				}
			]
		}
	},
	{
		id: 'shared-addition-card-two-pathways',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'Which two pathways does Claude 3.5 Haiku run in parallel to add 36+59, and how do they give 95?',
		back: "Low precision: '~36 + ~60' → 'sum ~92'. High precision: '_6 + _9' → 'ends in 5'. Combined: 95.",
		explanation:
			"One pathway gets the size roughly right, the other gets the last digit exactly right, and together they fix the answer. Parallel mechanisms like this are, in the paper's words, “the rule, not the exception”.",
		sources: {
			paper: ['6', '15'],
			transcript: { section: 'key-concepts-2', text: 'Claude uses a combination of pathways' },
			evidence: [pathwaysPassage, lowPrecisionChain]
		}
	},
	{
		id: 'shared-addition-card-three-roles',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: "What three roles do the features active on the paper's addition prompts play?",
		back: "'Add X' (one operand), 'lookup table' (a combination of both operands), 'sum' (a property of the result), each at various scales and moduli.",
		explanation:
			"In 36+59: 'add _9' and 'add ~57' are add features, '_6 + _9' and '~36 + ~60' are lookup tables, 'sum ends in 5' and 'sum ~92' are sum features. Information flows in that order, mostly on the \"=\" token.",
		sources: { paper: ['6'], evidence: [threeRoles] }
	},
	{
		id: 'shared-addition-card-operand-geometry',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'Operand plots (a feature\'s activity on "=" for every “calc: a+b=”, a and b from 0 to 99): what do the shapes mean?',
		back: 'Diagonal lines: the sum. Horizontal or vertical lines: one operand. Isolated points: a lookup table. Repeating patterns: modular (e.g. last digit). Smears: lower precision.',
		explanation:
			'A diagonal is where a + b stays constant, a stripe fixes one operand, a point picks one pair. The shapes are how the paper tells add, lookup-table and sum features apart.',
		sources: {
			paper: ['6'],
			evidence: [
				{
					section: '6',
					text: 'Diagonal lines represent features sensitive to the sum in the problem.'
				},
				{
					section: '6',
					text: 'Isolated points represent “lookup table” features sensitive to combinations of inputs.'
				}
			]
		}
	},
	{
		id: 'shared-addition-card-equals-token',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'On which token does most of the addition in “calc: 36+59=” happen?',
		back: 'On the "=" token; the operands are brought there via attention.',
		explanation:
			'Most of the computation, the add, lookup-table and sum features, sits on the final "=" token, which is also where the operand plots measure each feature; in the simplified graph the number tokens show input features, such as \'ends in 6\'. Attention carries the information about 36 and 59 to the "=" position.',
		sources: {
			paper: ['6'],
			evidence: [
				equalsToken,
				{
					section: '6',
					text: 'They take input from the original addends (via attention) and the Add Function features.'
				}
			]
		}
	},
	{
		id: 'shared-addition-card-low-precision-features',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front:
			'According to the text of §6, which three features form the low-precision (approximate) pathway for 36+59, in order?',
		back: "'add ~57' → the '~36 + ~60' lookup → 'sum ~92'.",
		explanation:
			"These features deal in approximate quantities, so they can say the answer is in the low nineties but not which number exactly. The exact last digit comes from the '_6 + _9' lookup on the other pathway.",
		sources: {
			paper: ['6'],
			evidence: [
				{
					section: '6',
					text: 'Low-precision features for “add something near 57” feed into a lookup table feature'
				},
				lowPrecisionChain
			]
		}
	},
	{
		id: 'shared-addition-card-memorized-table',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front: 'What has the model memorized for addition, according to §6?',
		back: 'The one-digit addition table, as many people have; the rest of its strategy differs from standard human algorithms.',
		explanation:
			"Last-digit lookup-table features such as '_6 + _9' are that memorized table at work; the low-precision '~36 + ~60' lookup is not a one-digit fact. The overall strategy of parallel rough and exact pathways is what makes the model's method unlike the school algorithm.",
		sources: { paper: ['6'], evidence: [memorizedTable, otherParts] }
	},
	{
		id: 'shared-addition-card-self-report',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front: 'How did the model explain its own answer to 36+59?',
		back: 'The school method: 6+9=15, carry the 1, 3+5+1=9, so 95.',
		explanation:
			"That is a correct way to add, but it is not what the attribution graph shows the model doing. The paper's verdict on the explanation is “Apparently not!”",
		sources: { paper: ['6'], evidence: [selfReport] }
	},
	{
		id: 'shared-addition-card-no-self-insight',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: "What does the gap between the model's explanation and its graph show?",
		back: 'A capability without metacognitive insight: learning to explain and learning to do are separate processes.',
		explanation:
			'The model learns to explain by imitating explanations in its training data, and learns to add through whatever circuits training produced; nothing ties the one to the other. Its description is therefore not a readout of its own circuits.',
		sources: { paper: ['6'], evidence: [noInsight, learnedApart] }
	},
	{
		id: 'shared-addition-card-reuse-contexts',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front: "Where else does the '_6 + _9' lookup feature fire?",
		back: 'Astronomical measurement tables, financial tables and journal citations.',
		explanation:
			"Where it fires there is often a reason to predict a number ending in 5 from adding 6 and 9, as with a measurement that starts at minute 6 and lasts about 39 minutes (ending at 45), or volume 36 of a journal founded around 1960 (1959 + 36 = 1995). This is the paper's evidence that the same addition circuitry generalizes across very different contexts.",
		sources: {
			paper: ['6.1.1'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the same addition circuitry is applicable across different contexts'
			},
			evidence: [
				{
					section: '6.1.1',
					text: 'was also active on a host of diverse contexts beyond arithmetic'
				}
			]
		}
	},
	{
		id: 'shared-addition-card-polymer',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Why does “Polymer, 36, 837, 1” involve addition?',
		back: 'Polymer was founded around 1960, so volume 36 dates from 1959 (the year before founding) + 36 = 1995: the last digits to add are 6 and 9.',
		explanation:
			"The year of volume N is the founding year − 1 + N. Journal-related features in the graph, which describe the founding year, set up that sum for the '_6 + _9' lookup. Interventions confirm it: suppressing the feature changes the year, and swapping in '_9 + _9' gives 1998.",
		sources: { paper: ['6.1.1'], evidence: [polymerRelation, journalFeatures] }
	},
	{
		id: 'shared-addition-card-journal-features',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Which journal-related features appear in the Polymer citation graph?',
		back: '"Journals founded in ~1960" and "journals founded in years ending in 0": two properties of the founding year.',
		explanation:
			"They combine with five features known from the arithmetic graphs, including '_6 + _9', to produce the year 1995. They also show the founding year is about 1960, not 1959: 1959 is the year before the founding, which is why it is the number added to the volume.",
		sources: {
			paper: ['6.1.1'],
			evidence: [
				journalFeatures,
				{
					section: '6.1.1',
					text: 'two journal-related sets of features that represent properties of the founding year of the journal'
				}
			]
		}
	},
	{
		id: 'shared-addition-card-swap-1998',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front: "Polymer citation: swap '_6 + _9' for '_9 + _9'. Result?",
		back: 'The predicted year changes from 1995 to 1998.',
		explanation:
			"9 + 9 ends in 8, and the year's last digit follows it. Because the change is the one the swapped feature predicts, it shows the addition feature really drives the citation year.",
		sources: { paper: ['6.1.1'], evidence: [swap1998] }
	},
	{
		id: 'shared-addition-card-assert',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'How does Claude 3.5 Haiku get 27 for “assert (4 + 5) * 3 ==”?',
		back: "A '4 + 5' addition lookup gives 9 as an intermediate; a '3 × 9' multiplication lookup (helped by 'multiply by 3' and 'multiple of 9' paths) gives 27. 'Expression type' features activate both lookups and a feature marking 9 as an intermediate step.",
		explanation:
			"The addition lookup that would normally push the model to say its result plays a different role here: 9 is a stepping stone toward the product, and the expression-type features steer the model to use it that way. The paper reads this as a general way of repurposing circuits, which fits the episode's remark that the model adapts its reasoning to the situation (the episode makes it about addition reused across contexts, not this example).",
		sources: {
			paper: ['6.1.2'],
			transcript: {
				section: 'key-concepts-2',
				text: "It's like it knows when to adapt its reasoning based on the situation at hand."
			},
			evidence: [
				{
					section: '6.1.2',
					text: 'The model computes the addition portion using an addition lookup table feature (“4 + 5”), and the multiplication portion using a multiplication lookup table feature (“3 × 9”)'
				},
				{
					section: '6.1.2',
					text: 'The expression-type features also activate a feature that appears to represent “9, when computed as an intermediate step”'
				}
			]
		}
	},
	{
		id: 'shared-addition-card-nine-suppression',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Does the "9 as an intermediate step" feature stop the model from saying 9 in “assert (4 + 5) * 3 ==”?',
		back: 'Unclear: its strongest negative effects are on "9", but they are weak, and the strongest inhibitors of "9" are error nodes.',
		explanation:
			'Error nodes stand for what the replacement model fails to explain, so the real suppression of "9" may lie outside the features shown. The paper flags the mechanism as uncertain rather than established.',
		sources: {
			paper: ['6.1.2'],
			evidence: [
				{
					section: '6.1.2',
					text: 'the strongest inhibitory inputs to the "9" output are error nodes'
				},
				{
					section: '6.1.2',
					text: 'so it is unclear if this suppressive mechanism is significant in the underlying model'
				}
			]
		}
	},
	{
		id: 'shared-addition-card-contrast-rote',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'Episode: “It’s not just about rote memorization.” Which feature in the 36+59 graph is memorization at work?',
		back: "Paper (§6): the '_6 + _9' lookup-table feature, a piece of the one-digit addition table the model has memorized “like many people do”; it yields 'sum ends in 5'.",
		explanation:
			'The memorized table is not a side detail: it supplies the exact last digit that the rough pathway cannot. What differs from school arithmetic is how that lookup is combined with a low-precision estimate, not the absence of memorized facts.',
		sources: {
			paper: ['6'],
			transcript: { section: 'key-concepts-2', text: 'It’s not just about rote memorization' },
			evidence: [memorizedTable]
		}
	},
	{
		id: 'shared-addition-card-contrast-slight-change',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Beyond the episode’s “change the prompt slightly”: where does §6 find the same addition feature at work?',
		back: 'In inputs that look nothing like a sum: journal citations (Polymer, 36 → 1995), astronomical measurement tables and financial tables. Reuse across such contexts is what the paper means by generalizing (§1, §6).',
		explanation:
			"A reworded arithmetic prompt would still be arithmetic; a bibliography entry is not, yet the '_6 + _9' feature fires there and steers the year. The paper also warns that its results are claims about specific examples only.",
		sources: {
			paper: ['1', '6.1.1', '14'],
			transcript: {
				section: 'introduction',
				text: 'it can still apply the same underlying logic to come up with a relevant response'
			},
			evidence: [
				{
					section: '6.1.1',
					text: 'was also active on a host of diverse contexts beyond arithmetic'
				}
			]
		}
	},
	{
		id: 'shared-addition-card-self-report-transfer',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front: 'A model gives a tidy step-by-step account of how it did a sum. What does §6 warn?',
		back: 'The account may not describe the computation it actually ran; check the internals, not the self-report.',
		explanation:
			"In §6 the model's tidy carry-the-1 account coexists with a quite different internal method. A self-description is a separately learned skill, so it cannot be taken as a trace of the model's own processing.",
		sources: { paper: ['6'], evidence: [noInsight, learnedApart] }
	},
	{
		id: 'shared-addition-card-analogy-47-28',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front: "By analogy with '_6 + _9', what would the last-digit pathway look up for 47+28?",
		back: "'_7 + _8', so the sum ends in 5 (75).",
		explanation:
			"The high-precision pathway uses only the operands' last digits; the size comes from the rough pathway. The paper traced 36+59, so this applies its scheme by analogy.",
		sources: { paper: ['6'], evidence: [pathwaysPassage] }
	},
	{
		id: 'shared-addition-card-citation-1956',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Volume 39 of a journal founded in 1957: what year, and which §6 lookup fits its last digit?',
		back: "1995 (1956, the year before founding, + 39); the last digits are 6 and 9, so the '_6 + _9' lookup, as in the Polymer example.",
		explanation:
			"Citation years are hidden addition: the year before the founding plus the volume number, since volume 1 appears in the founding year. The paper showed the '_6 + _9' feature at work in the Polymer citation (1959 + 36, for a journal founded around 1960); this card applies the same reasoning to a new case.",
		sources: { paper: ['6.1.1'], evidence: [polymerRelation] }
	},
	{
		id: 'shared-addition-card-discussion-themes',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front: 'Which two general themes of the discussion (§15.1) does the addition case illustrate?',
		back: 'Parallel mechanisms (separate circuits for the ones digit and the magnitude) and abstraction (the same addition features reused elsewhere).',
		explanation:
			"Addition shows two routes to one answer running side by side, and the same lookup feature turning up in citations and tables. It also bears on the paper's interest in meta-cognition, since the model cannot describe its own method.",
		sources: {
			paper: ['15.1', '6'],
			transcript: {
				section: 'key-concepts-2',
				text: 'It can take what it learns from one context and apply it to another'
			},
			evidence: [
				{
					section: '15.1',
					text: 'separate circuits are responsible for computing the ones digit and the magnitude of the response, respectively'
				},
				{
					section: '15.1',
					text: 'In our study of addition, we saw that the same addition-related features involved in computing arithmetic problems are also used in very different contexts that nevertheless require an additive calculation.'
				}
			]
		}
	}
];
