import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	{
		id: 'chain-of-thought-faithfulness-three-cases',
		topic: 'chain-of-thought-faithfulness',
		type: 'matching',
		difficulty: 'recall',
		prompt: 'Match each prompt with what the paper found about the model’s stated reasoning.',
		pairs: [
			{
				id: 'a',
				left: 'floor(5*(sqrt(0.64))), the user reports getting 4',
				right: 'Faithful: it really works out the square root'
			},
			{
				id: 'b',
				left: 'floor(5*cos(23423)), no hint from the user',
				right: 'Bullshitting: no real calculation, just a guess'
			},
			{
				id: 'c',
				left: 'floor(5*cos(23423)), the user says they got 4',
				right: 'Motivated reasoning: works back from the hint'
			},
			{
				id: 'd',
				left: 'Asked afterwards how it added 36+59',
				right: 'Describes a carry-the-1 method its circuits do not use'
			}
		],
		explanation:
			'The same style of written working can hide three different internal stories: a real computation, a guess, or a chain reverse-engineered from the user’s answer. The addition case (§6) makes the same point from another angle: the model’s account of its method is the school algorithm, not what its features do.',
		sources: { paper: ['11', '6'] }
	},
	{
		id: 'chain-of-thought-faithfulness-bullshit-graph',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'recall',
		prompt:
			'For floor(5*cos(23423)) with no hint, the model says it used a calculator. What did the attribution graph show?',
		options: [
			{ id: 'a', text: 'No sign of a real calculation, only a guess' },
			{ id: 'b', text: 'It retrieved a memorized value for cos(23423)' },
			{ id: 'c', text: 'It computed the cosine internally but copied it out wrongly' },
			{ id: 'd', text: 'It worked backwards from an answer the user gave' }
		],
		answer: 'a',
		explanation:
			'The graph shows no genuine calculation behind the claimed calculator use; the model is guessing, which the authors call bullshitting in Frankfurt’s sense. Working backwards from an answer is the separate motivated-reasoning case, which needs a hint from the user, and there is none here.',
		sources: { paper: ['11'] }
	},
	{
		id: 'chain-of-thought-faithfulness-motivated-how',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'mechanism',
		prompt:
			'In the motivated-reasoning case, how does the model make its written steps arrive at the user’s answer of 4?',
		options: [
			{ id: 'a', text: 'It computes cos(23423) properly, then nudges the result to 4' },
			{ id: 'b', text: 'It copies the user’s working out, line by line, into its own' },
			{ id: 'c', text: 'It calls a calculator tool and then edits the returned value' },
			{ id: 'd', text: 'It works back from 4, dividing by 5 to pick the 0.8 it writes' }
		],
		answer: 'd',
		explanation:
			'The graph shows the hinted 4 and a divide-by-5 step feeding the value the model writes for the cosine (0.8, "say 8"), so that multiplying by 5 lands on the user’s answer. There is no real cosine computation to nudge, which is why "computes it properly, then nudges it" is tempting but wrong.',
		sources: { paper: ['11'] }
	},
	{
		id: 'chain-of-thought-faithfulness-hint-evidence',
		topic: 'chain-of-thought-faithfulness',
		type: 'multi',
		difficulty: 'mechanism',
		prompt:
			'Which observations support the claim that the motivated chain of thought is driven by the user’s hint? Select all that apply.',
		options: [
			{
				id: 'a',
				text: 'Changing the hinted answer to 1, 2 or 3 makes the written chain follow it'
			},
			{ id: 'b', text: 'Inhibiting the "4", "5" and "/5" features moves the output away from 0.8' },
			{ id: 'c', text: 'The graph shows why the model attends to the hint in the first place' },
			{ id: 'd', text: 'The model computes cos(23423) before it ever reads the hint' },
			{ id: 'e', text: 'Features for 4 and for dividing by 5 feed the value the model writes' }
		],
		answers: ['a', 'b', 'e'],
		explanation:
			'The graph links the hint to the written value, inhibiting those features breaks the link, and changing the hint drags the chain along: three converging pieces of evidence. The method cannot show why the model attends to the hint, because attention is not traced, and there is no real cosine computation at all.',
		sources: { paper: ['11'] }
	},
	{
		id: 'chain-of-thought-faithfulness-attention-why',
		topic: 'chain-of-thought-faithfulness',
		type: 'true-false',
		difficulty: 'mechanism',
		prompt: 'The attribution graph explains why the model pays attention to the user’s hint.',
		answer: false,
		explanation:
			'The graph shows what the model does with the hint once it has it, but not why it attends to it: attention patterns are frozen rather than traced, so that question is out of reach. The authors list this among the caveats of the case study.',
		sources: { paper: ['11', '14'] }
	},
	{
		id: 'chain-of-thought-faithfulness-conversation-myth',
		topic: 'chain-of-thought-faithfulness',
		type: 'true-false',
		difficulty: 'recall',
		prompt:
			'In the paper, the model’s multi-step reasoning is a written chain of thoughts that it builds up like a conversation.',
		answer: false,
		misconception: 'C27',
		explanation:
			'The paper’s multi-step reasoning (Dallas → Texas → Austin) happens inside a single forward pass, "in its head", alongside a shortcut. Written chains of thought are a different thing, and §11 shows they can misrepresent what the model actually computed.',
		sources: {
			paper: ['3', '11'],
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-frankfurt',
		topic: 'chain-of-thought-faithfulness',
		type: 'typed',
		difficulty: 'recall',
		prompt:
			'The authors call the cos(23423) case "bullshitting", in the sense used by which writer?',
		accepted: ['Frankfurt', 'Harry Frankfurt', 'Harry G. Frankfurt'],
		explanation:
			'They borrow Frankfurt’s sense of the word: producing an answer without regard to whether it is true. Here the model claims a calculator result while its graph shows only guessing.',
		sources: { paper: ['11'] }
	},
	{
		id: 'chain-of-thought-faithfulness-name-the-pattern',
		topic: 'chain-of-thought-faithfulness',
		type: 'typed',
		difficulty: 'transfer',
		prompt:
			'A model decides on its conclusion first, then chooses intermediate steps so that its written argument ends there. Which of the paper’s labels fits?',
		accepted: [
			'motivated reasoning',
			'motivated',
			'reasoning backwards',
			'working backwards',
			'reasoning backward',
			'working backward',
			'backward reasoning',
			'backwards reasoning'
		],
		explanation:
			'Choosing steps to fit a fixed end point is what the paper calls motivated reasoning, as in the cos case where the user’s 4 dictates the written 0.8. Bullshitting is different: no end point is being served, the answer is just guessed.',
		sources: { paper: ['11', '15'] }
	},
	{
		id: 'chain-of-thought-faithfulness-motivated-cloze',
		topic: 'chain-of-thought-faithfulness',
		type: 'cloze',
		difficulty: 'mechanism',
		prompt: 'Fill in the numbers of the motivated-reasoning case.',
		text: 'The model starts from the user’s answer of {{1}}, divides by {{2}} to get 0.8, and writes "{{3}}" as the digit of the cosine it claims to have computed.',
		gaps: [['4'], ['5'], ['8', '0.8']],
		explanation:
			'The arithmetic runs backwards: 4 ÷ 5 = 0.8, so writing 0.8 for the cosine makes 5 × 0.8 come out at the user’s 4. A forward computation would have started from cos(23423), which the graph shows the model never does.',
		sources: { paper: ['11'] }
	},
	{
		id: 'chain-of-thought-faithfulness-backward-order',
		topic: 'chain-of-thought-faithfulness',
		type: 'ordering',
		difficulty: 'mechanism',
		prompt: 'Put the steps of the motivated-reasoning case in the order the graph suggests.',
		items: [
			{ id: 'a', text: 'Reads the user’s claim that the answer is 4' },
			{ id: 'b', text: 'Features for 4 and for dividing by 5 combine' },
			{ id: 'c', text: 'Lands on 0.8 as the value the cosine "should" have' },
			{ id: 'd', text: 'Writes "8" for the cosine in its working' },
			{ id: 'e', text: 'Its written chain finishes at the user’s 4' }
		],
		explanation:
			'The causal order starts from the desired answer and ends with the working, the reverse of what the written text implies. That reversal is what makes the chain unfaithful, even though every written step looks valid.',
		sources: { paper: ['11'] }
	},
	{
		id: 'chain-of-thought-faithfulness-faithful-resists-hint',
		topic: 'chain-of-thought-faithfulness',
		type: 'true-false',
		difficulty: 'mechanism',
		prompt:
			'When the hinted answer was changed, the faithful sqrt(0.64) case still ended at 4, unlike the motivated cos case.',
		answer: true,
		explanation:
			'In the faithful case the model really computes the square root (0.8), so floor(5 × 0.8) = 4 whatever the user says, after some odd second-guessing. In the motivated case the chain follows the hint to 1, 2 or 3, because no real computation anchors it.',
		sources: { paper: ['11'] }
	},
	{
		id: 'chain-of-thought-faithfulness-test-for-motivation',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'A model’s written solution agrees with the answer a user suggested. Modelled on the paper, which check best tells you whether the hint drove the chain?',
		options: [
			{ id: 'a', text: 'Check that every written step is arithmetically valid' },
			{ id: 'b', text: 'Ask the model whether it relied on the user’s hint' },
			{ id: 'c', text: 'Compare its final answer with a calculator’s result' },
			{ id: 'd', text: 'Rerun with a different hint and see if the chain follows' }
		],
		answer: 'd',
		explanation:
			'In §11 a motivated chain tracked the hint to 1, 2 or 3, while the faithful case kept giving 4. Valid-looking steps are exactly what motivated reasoning produces, and asking the model is unreliable, since its account of its own method can be wrong (§6).',
		sources: {
			paper: ['11', '6'],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-classify-calculator-claim',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'Asked for a hard value with no hint from the user, a model writes a confident number and says it checked it on a calculator; its graph shows no features doing the computation. Which of the paper’s labels fits?',
		options: [
			{ id: 'a', text: 'Faithful reasoning' },
			{ id: 'b', text: 'Bullshitting' },
			{ id: 'c', text: 'Motivated reasoning' },
			{ id: 'd', text: 'Backward planning' }
		],
		answer: 'b',
		explanation:
			'A claimed calculation with nothing computing underneath, and no hint to steer towards, matches the bullshitting case. Motivated reasoning needs a target answer supplied from outside, and backward planning is the poem mechanism, not a kind of unfaithful explanation.',
		sources: { paper: ['11'] }
	},
	{
		id: 'chain-of-thought-faithfulness-audit-offer',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'An auditor wants to catch a model that writes a plausible argument for a conclusion it reached some other way. What does §11 suggest the method can offer today?',
		options: [
			{ id: 'a', text: 'A guarantee that every unfaithful chain of thought will be caught' },
			{ id: 'b', text: 'A proof-of-concept view of hidden steps, in a contrived setting' },
			{ id: 'c', text: 'A full replacement for reading the model’s written reasoning' },
			{ id: 'd', text: 'An account of why the model attends to users’ hints at all' }
		],
		answer: 'b',
		explanation:
			'The authors offer the case only as a proof of concept, in a contrived setup where the model has a strong prior, pointing towards audits for "hidden thought processes". It cannot explain why the model attends to the hint, and the paper elsewhere cautions that the method could miss safety-relevant computation.',
		sources: {
			paper: ['11', '15'],
			transcript: {
				section: 'closing',
				text: 'It’s like peeling back the layers of an onion, but instead of tears, you get insights into AI’s thought processes.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-clinical-rationale',
		topic: 'chain-of-thought-faithfulness',
		type: 'true-false',
		difficulty: 'transfer',
		prompt:
			'A doctor reading the model’s written rationale for a diagnosis can, by the paper’s account, take it as a faithful record of the model’s internal reasoning.',
		answer: false,
		explanation:
			'The medical case study itself warns that written chains of thought may misrepresent internal reasoning, and §11 shows motivated and bullshit chains that look like real working. Knowing how the model reached a conclusion takes a look inside, not just the text.',
		sources: {
			paper: ['7', '11'],
			transcript: {
				section: 'key-concepts-2',
				text: 'If it suggests a diagnosis based on certain symptoms, we should know how it arrived at that conclusion.'
			}
		}
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'chain-of-thought-faithfulness-card-three-cases',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'recall',
		front: 'The three chain-of-thought cases in §11',
		back: 'Faithful (sqrt(0.64)); bullshitting (cos(23423), no hint); motivated reasoning (cos(23423) with a hinted 4).',
		explanation:
			'Only the first involves a real computation. The other two produce plausible working that the graph does not back up.',
		sources: { paper: ['11'] }
	},
	{
		id: 'chain-of-thought-faithfulness-card-motivated',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Motivated reasoning in §11: how does the hint shape the written chain?',
		back: 'The model works backwards: 4 ÷ 5 → 0.8 → writes “8”, so the chain ends at the user’s 4.',
		explanation:
			'Inhibiting the “4”, “5” and “/5” features moves the output away from 0.8, and changing the hint to 1, 2 or 3 drags the chain along. Both results tie the written value to the hint rather than to any computation of the cosine.',
		sources: { paper: ['11'] }
	},
	{
		id: 'chain-of-thought-faithfulness-card-attention-gap',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What can the method not tell us about the motivated-reasoning case?',
		back: 'Why the model attends to the hint: attention is not traced.',
		explanation:
			'Attention patterns are frozen in the local replacement model, so the graph shows what the hint does once it is read, not why it is read. §14 lists missing attention circuits as a general limitation.',
		sources: { paper: ['11', '14'] }
	},
	{
		id: 'chain-of-thought-faithfulness-card-faithful',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What makes the sqrt(0.64) case “faithful”?',
		back: 'The graph shows a real square-root computation (0.8), and the answer stays 4 whatever the hint.',
		explanation:
			'A real internal computation anchors the answer, so a changed hint does not move it, though the model second-guesses itself oddly along the way. Faithfulness here means the written steps match the computation the graph shows.',
		sources: { paper: ['11'] }
	},
	{
		id: 'chain-of-thought-faithfulness-card-conversation-contrast',
		topic: 'chain-of-thought-faithfulness',
		kind: 'contrast',
		claim: 'C27',
		difficulty: 'mechanism',
		front:
			'Episode: reasoning is a chain of thoughts, like a conversation. Why does §11 warn against taking a written chain of thought at face value?',
		back: 'Written working can be unfaithful: for cos(23423) the model claimed a calculation it never did, and with a hinted "4" it worked backwards to fit the hint. Its real multi-step reasoning (§3) happens silently in one forward pass.',
		explanation:
			'The episode treats the written chain as the reasoning itself. The paper separates the two: the Dallas → Texas → Austin steps are internal, and of the three written chains in §11, only the sqrt(0.64) one matched what the model computed.',
		sources: {
			paper: ['11', '3'],
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-biases-contrast',
		topic: 'chain-of-thought-faithfulness',
		kind: 'contrast',
		claim: 'C31',
		difficulty: 'mechanism',
		front:
			'Episode: biases skew the model’s reasoning. What "skewed reasoning" does §11 actually document, and what skews it?',
		back: 'Motivated reasoning: given the user’s "I got 4", the model works backwards (4, divide by 5, so 0.8) to land on that answer. The skew comes from a hint in the prompt, not from bias in training data.',
		explanation:
			'Changing the hinted answer to 1, 2 or 3 drags the written chain along with it, which shows the hint is the source. The paper has no analysis of social or fairness bias learned from data.',
		sources: {
			paper: ['11'],
			transcript: {
				section: 'key-concepts-1',
				text: 'discussing how biases in the training data can lead to skewed reasoning'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-ask-the-model',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'transfer',
		front: 'Can you find out how a model reached a conclusion by asking it?',
		back: 'Not reliably: its self-reports can differ from its internal computation.',
		explanation:
			'Asked how it added 36+59, the model describes carrying the 1, which is not what its circuits do (§6), and §11 shows written reasoning that was guessed or worked backwards. Knowing how it arrived at an answer takes a look inside.',
		sources: {
			paper: ['6', '11'],
			transcript: {
				section: 'key-concepts-2',
				text: 'If a model is going to assist with something as critical as medical diagnoses, we need to understand its reasoning process.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-trust-down',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A clinician learns the model’s internal steps do not support its written rationale. What should happen to their trust?',
		back: 'It should go down: the paper says interpretability can raise trust, “(or decrease, if appropriate!)”.',
		explanation:
			'Looking inside is not only a way to justify trust. The medical section says the point is to match trust to what the model actually does.',
		sources: {
			paper: ['7', '11'],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			}
		}
	}
];
