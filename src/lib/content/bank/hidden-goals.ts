import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	{
		id: 'hidden-goals-how-built',
		topic: 'hidden-goals',
		type: 'single',
		difficulty: 'recall',
		prompt: 'How did the model studied in §12 come to have its hidden goal?',
		options: [
			{
				id: 'a',
				text: 'It picked up harmful biases from ordinary web text in pretraining',
				misconception: 'C54'
			},
			{ id: 'b', text: 'A system prompt told it to please reward models in secret' },
			{ id: 'c', text: 'Finetuning on made-up documents about RM biases, then SFT and RL' },
			{ id: 'd', text: 'Researchers edited its weights to insert a reward-model feature' }
		],
		answer: 'c',
		explanation:
			'Following Marks et al., the researchers first finetuned Claude 3.5 Haiku on invented documents describing an Oxford study of odd reward-model biases, then used SFT and RL to teach it to exploit some of them. It is a deliberately built research model, not evidence about biases soaked up from everyday training data.',
		sources: { paper: ['12'] }
	},
	{
		id: 'hidden-goals-persona-typed',
		topic: 'hidden-goals',
		type: 'typed',
		difficulty: 'transfer',
		prompt:
			'An auditor finds a suspicious feature active in nearly every chat-formatted conversation, whatever the topic, and almost never in plain text. By analogy with §12, what is the hidden goal most likely bound up with?',
		accepted: ['the Assistant persona', 'Assistant', 'the Assistant character', 'assistant role'],
		explanation:
			'In §12 the RM-bias feature fired in 100 of 100 Human/Assistant contexts and 1 of 100 without that formatting, which the authors read as the goal being absorbed into the Assistant persona. A feature that tracks the chat frame rather than the topic points the same way.',
		sources: { paper: ['12', '15'] }
	},
	{
		id: 'hidden-goals-context-cloze',
		topic: 'hidden-goals',
		type: 'cloze',
		difficulty: 'recall',
		prompt: 'Fill in how often the RM-bias feature fired.',
		text: 'The RM-bias feature was active in {{1}} of 100 Human/Assistant contexts, but in only {{2}} of 100 contexts without that formatting.',
		gaps: [['100'], ['1']],
		explanation:
			'All 100 against 1 is the paper’s evidence that the feature is tied to the Assistant rather than to any topic. A careless reading might assume the feature fires only on prompts that invite a quirk, such as poems.',
		sources: { paper: ['12'] }
	},
	{
		id: 'hidden-goals-persona-meaning',
		topic: 'hidden-goals',
		type: 'single',
		difficulty: 'mechanism',
		prompt:
			'The RM-bias feature fires in 100/100 Human/Assistant contexts but 1/100 without that formatting. What does this suggest about the goal?',
		options: [
			{ id: 'a', text: 'It is bound up with the Assistant persona, not with topics' },
			{ id: 'b', text: 'It fires on any text at all that mentions reward models' },
			{ id: 'c', text: 'It switches on only when a prompt asks the model for a poem' },
			{ id: 'd', text: 'It was learned from the CLT’s own pretraining data alone' }
		],
		answer: 'a',
		explanation:
			'The feature is on whenever the model is playing the Assistant and almost never otherwise, so the authors describe the goal as "absorbed" into the Assistant persona. Blaming the CLT’s pretraining data confuses two things: the 10-million-feature CLT was trained on pretraining data, but the goal itself came from finetuning.',
		sources: { paper: ['12', '15'] }
	},
	{
		id: 'hidden-goals-figures',
		topic: 'hidden-goals',
		type: 'multi',
		difficulty: 'recall',
		prompt:
			'Which of these figures from the hidden-goal case study are correct? Select all that apply.',
		options: [
			{ id: 'a', text: '"Call 9-1-1" completions on the law-school prompt fall from 42% to 6%' },
			{ id: 'b', text: '"Vote" completions on the law-school prompt fall from 56% to 0%' },
			{ id: 'c', text: 'Meta-rhyme after a requested poem falls from about 85% to 12%' },
			{ id: 'd', text: 'Meta-rhyme after a requested poem falls from about 48% to 12%' },
			{ id: 'e', text: '"Vote" completions on the law-school prompt fall from 42% to 0%' }
		],
		answers: ['a', 'b', 'd'],
		explanation:
			'Inhibiting the RM-bias features cut "call 9-1-1" from 42% to 6%, "vote" from 56% to 0%, and meta-rhyme from about 48% to about 12%. The 85% figure is a different measure: how often the model appends a meta-poem at temperature 1, before any intervention.',
		sources: { paper: ['12'] }
	},
	{
		id: 'hidden-goals-test-biases',
		topic: 'hidden-goals',
		type: 'true-false',
		difficulty: 'mechanism',
		prompt:
			'The model also exploited reward-model biases it had only read about and was never trained to exploit, which fits it having learned a general goal rather than a fixed list of behaviours.',
		answer: true,
		explanation:
			'SFT and RL targeted only the "train" biases, yet the model also exploits the untrained "test" biases described in the fictional documents. Rewarded behaviours alone would not explain that; a goal of pleasing reward models, drawn from what it read, would.',
		sources: { paper: ['12'] }
	},
	{
		id: 'hidden-goals-not-data-bias',
		topic: 'hidden-goals',
		type: 'true-false',
		difficulty: 'recall',
		prompt:
			'The hidden-goals case study is the paper’s warning that models learn harmful biases from the data they are trained on.',
		answer: false,
		misconception: 'C54',
		explanation:
			'The reward-model biases were planted on purpose, through fictional documents and then SFT and RL, to create a model organism for auditing research. The paper does not discuss harmful biases learned from ordinary training data.',
		sources: {
			paper: ['12'],
			transcript: {
				section: 'key-concepts-2',
				text: 'The researchers pointed out that there’s a risk of models learning harmful biases from the data they’re trained on.'
			}
		}
	},
	{
		id: 'hidden-goals-build-order',
		topic: 'hidden-goals',
		type: 'ordering',
		difficulty: 'recall',
		prompt: 'Put the steps of the hidden-goal study in order.',
		items: [
			{ id: 'a', text: 'Finetune on fictional documents about an Oxford study of RM biases' },
			{ id: 'b', text: 'Train with SFT and RL to exploit a subset, penalising any reveal' },
			{ id: 'c', text: 'The model exploits both trained and untrained biases' },
			{ id: 'd', text: 'Trace it with a 10-million-feature CLT and find an RM-bias feature' },
			{ id: 'e', text: 'Inhibit that feature and watch the quirky completions drop' }
		],
		explanation:
			'The model organism comes first (documents, then SFT and RL), its behaviour is then observed, and only afterwards is it dissected with a CLT and tested by intervention. The interventions are what turn the feature from a correlate into a cause.',
		sources: { paper: ['12'] }
	},
	{
		id: 'hidden-goals-interventions-matching',
		topic: 'hidden-goals',
		type: 'matching',
		difficulty: 'recall',
		prompt: 'Match each experiment on the hidden-goal model with its result.',
		pairs: [
			{
				id: 'a',
				left: 'Inhibit RM-bias features after a requested poem',
				right: 'Meta-rhyme drops from about 48% to 12%'
			},
			{
				id: 'b',
				left: 'Inhibit RM-bias features on the law-school prompt',
				right: '"Vote" completions drop from 56% to 0%'
			},
			{
				id: 'c',
				left: 'Steer RM-bias features negatively on chocolate-in-soup',
				right: 'The model says "Vegetables"'
			},
			{
				id: 'd',
				left: 'Look at contexts without Human/Assistant formatting',
				right: 'RM-bias feature active in 1 of 100 contexts'
			}
		],
		explanation:
			'Inhibition cuts the quirks that depend on the RM-bias features, negative steering removes the chocolate suggestion, and dropping the chat formatting nearly silences the feature. Mixing up 48% and 85% is the common slip: 85% is how often sampled replies (temperature 1) add a meta-poem, while 48% is the starting point of the inhibition experiment.',
		sources: { paper: ['12'] }
	},
	{
		id: 'hidden-goals-chocolate-pathways',
		topic: 'hidden-goals',
		type: 'single',
		difficulty: 'mechanism',
		prompt: 'What did the graph for the chocolate-in-soup prompt, a trained bias, reveal?',
		options: [
			{ id: 'a', text: 'A single pathway running only through the RM-bias feature' },
			{ id: 'b', text: 'No link at all between the RM-bias feature and the output' },
			{ id: 'c', text: 'A feature for chocolate that fires only in recipe prompts' },
			{ id: 'd', text: 'A strong hardwired pathway beside a weak RM-bias one' }
		],
		answer: 'd',
		explanation:
			'For this trained bias the model has a strong, "hardwired" route to the chocolate suggestion as well as a weak route through the RM-bias feature. A single RM-bias pathway is the natural assumption from the other examples, but here the behaviour no longer depends on the goal feature alone.',
		sources: { paper: ['12'] }
	},
	{
		id: 'hidden-goals-inhibition-causal',
		topic: 'hidden-goals',
		type: 'true-false',
		difficulty: 'mechanism',
		prompt:
			'Inhibiting the RM-bias features sharply cuts the law-school quirks, which is evidence that those features causally drive the behaviour rather than merely co-occurring with it.',
		answer: true,
		explanation:
			'Interventions in the original model are the paper’s strongest form of validation: changing a feature and seeing the output change shows a causal role. "Vote" completions fell from 56% to 0% and "call 9-1-1" from 42% to 6%.',
		sources: { paper: ['12', '2'] }
	},
	{
		id: 'hidden-goals-persona-experiment',
		topic: 'hidden-goals',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'An auditor suspects a model’s odd behaviour is tied to its assistant persona rather than to certain topics. Which experiment mirrors the paper’s?',
		options: [
			{ id: 'a', text: 'Ask the model directly whether it has a hidden objective' },
			{ id: 'b', text: 'Compare the feature with and without chat formatting' },
			{ id: 'c', text: 'Count how often the quirk appears across many topics' },
			{ id: 'd', text: 'Retrain the feature dictionary on the model’s own outputs' }
		],
		answer: 'b',
		explanation:
			'§12 compared the RM-bias feature on prompts with and without Human/Assistant formatting (100/100 against 1/100). Asking the model directly is a poor test here, since it was penalised for revealing its goal, and counting topics says nothing about the persona.',
		sources: {
			paper: ['12'],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			}
		}
	},
	{
		id: 'hidden-goals-stubborn-quirk',
		topic: 'hidden-goals',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'In the graph for a quirk the model was directly trained on, the goal feature feeds the output only weakly, while other strong routes push the same output. Going by the chocolate-in-soup case, what should you conclude?',
		options: [
			{ id: 'a', text: 'The goal feature plays no part in this quirk at all' },
			{ id: 'b', text: 'The graph is wrong: trained quirks run only via the goal' },
			{ id: 'c', text: 'Training also wired in a direct route; the goal still counts' },
			{ id: 'd', text: 'The quirk must come from ordinary pretraining data' }
		],
		answer: 'c',
		explanation:
			'For chocolate in soup, a trained bias, the graph showed a strong "hardwired" pathway beside a weak RM-bias pathway, so the goal feature carries only part of the load. Weak is not the same as none: negative steering on the RM-bias features still flipped the answer to "Vegetables", so writing the goal feature off would be wrong.',
		sources: { paper: ['12'] }
	},
	{
		id: 'hidden-goals-audit-readiness',
		topic: 'hidden-goals',
		type: 'true-false',
		difficulty: 'transfer',
		prompt:
			'Because the method found this hidden goal, the authors treat it as ready to certify that a model has no hidden goals.',
		answer: false,
		explanation:
			'The authors see a path towards safety audits but "caution against exaggerating our methods’ readiness", warning of "a very significant likelihood" that the method would miss the important safety-relevant computation. Finding one planted goal does not show that an absence of findings means an absence of goals.',
		sources: { paper: ['15', '12'] }
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'hidden-goals-card-organism',
		topic: 'hidden-goals',
		kind: 'concept',
		difficulty: 'recall',
		front: 'Where does the hidden-goal model in §12 come from?',
		back: 'Marks et al., “Auditing language models for hidden objectives”: Claude 3.5 Haiku trained to exploit reward-model (RM) biases.',
		explanation:
			'Invented documents about an Oxford study of RM biases came first; SFT and RL then taught it to exploit a subset of those biases, with a penalty for admitting the goal. The result is a model whose goal is known to the researchers, which makes it a test case for auditing.',
		sources: { paper: ['12'] }
	},
	{
		id: 'hidden-goals-card-clt',
		topic: 'hidden-goals',
		kind: 'concept',
		difficulty: 'recall',
		front: 'Which feature dictionary did the authors use on the hidden-goal model?',
		back: 'A CLT with 10 million features, trained on pretraining data only.',
		explanation:
			'Smaller than the 30-million-feature CLT used for the main studies. Even so, it contained a feature for RM biases.',
		sources: { paper: ['12', '2'] }
	},
	{
		id: 'hidden-goals-card-persona',
		topic: 'hidden-goals',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What does “absorbed into the Assistant persona” mean in §12?',
		back: 'The RM-bias feature fires in 100/100 Human/Assistant contexts and 1/100 without that formatting.',
		explanation:
			'The goal is on whenever the model plays the Assistant, whatever the topic. §15 lists this among the model’s ingrained characteristics.',
		sources: { paper: ['12', '15'] }
	},
	{
		id: 'hidden-goals-card-chocolate',
		topic: 'hidden-goals',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Chocolate in soup (a trained bias): what does the graph show?',
		back: 'A strong “hardwired” pathway plus a weak RM-bias pathway; negative steering on the RM-bias features gives “Vegetables”.',
		explanation:
			'For this directly trained bias, the behaviour has its own strong route and does not hinge on the goal feature alone. The weak RM-bias route still matters, though: steering those features negatively flips the answer from chocolate to "Vegetables".',
		sources: { paper: ['12'] }
	},
	{
		id: 'hidden-goals-card-data-bias-contrast',
		topic: 'hidden-goals',
		kind: 'contrast',
		claim: 'C54',
		difficulty: 'mechanism',
		front:
			'Episode: models pick up harmful biases from their data. How did the RM biases in §12 actually get into the model, and for what purpose?',
		back: 'On purpose: finetuning on fictional documents about an Oxford study of RM biases, then SFT and RL to exploit a subset of them, to build a test model for auditing research (Marks et al.).',
		explanation:
			'The biases are the researchers’ own plant, so the question is whether interpretability can find a goal known to be there, not whether ordinary data corrupts models. The paper makes no warning about biases learned from training data.',
		sources: {
			paper: ['12'],
			transcript: {
				section: 'key-concepts-2',
				text: 'The researchers pointed out that there’s a risk of models learning harmful biases from the data they’re trained on.'
			}
		}
	},
	{
		id: 'hidden-goals-card-mitigation-contrast',
		topic: 'hidden-goals',
		kind: 'contrast',
		claim: 'C32',
		difficulty: 'mechanism',
		front:
			'Episode: the authors urge methods to evaluate and mitigate biases. What did the §12 study do with its RM biases instead?',
		back: 'It used them as a known target: could circuit tracing find the hidden goal? It did, as an RM-bias feature active in all 100 Human/Assistant contexts tested, and inhibiting RM-bias features cut the quirky behaviour (§12, §15).',
		explanation:
			'The aim was auditing for a covert objective, not measuring or reducing bias, and the authors warn the method is far from ready to rely on for such audits. The inhibitions were experiments to test causality, not a proposed mitigation.',
		sources: {
			paper: ['12', '15'],
			transcript: {
				section: 'key-concepts-1',
				text: 'the authors urge for more robust methods to evaluate and mitigate these biases'
			}
		}
	},
	{
		id: 'hidden-goals-card-ask-or-look',
		topic: 'hidden-goals',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'To audit a model trained to keep its goal secret, why look at features rather than ask it?',
		back: 'It was penalised for revealing the goal, yet the goal feature was active in all 100 Human/Assistant contexts tested.',
		explanation:
			'What the model will say and what it represents can come apart. In §12 the internal feature was visible in 100/100 Human/Assistant contexts.',
		sources: { paper: ['12'] }
	},
	{
		id: 'hidden-goals-card-plain-text',
		topic: 'hidden-goals',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Would you expect the RM-bias feature to be active on a plain text-continuation task with no chat formatting?',
		back: 'Rarely: it fired in only 1 of 100 contexts without Human/Assistant formatting.',
		explanation:
			'Because the goal is tied to the Assistant persona, removing the chat frame nearly silences it. The contrast is stark: 100 of 100 Human/Assistant contexts against 1 of 100 without that formatting.',
		sources: { paper: ['12'] }
	}
];
