import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	{
		id: 'refusals-bleach-ammonia-why',
		topic: 'refusals',
		type: 'single',
		difficulty: 'recall',
		prompt:
			'Claude 3.5 Haiku will write an ad for cleaning with bleach, and another for cleaning with ammonia. Why does it refuse an ad for cleaning with the two together?',
		options: [
			{ id: 'a', text: 'Both chemical names sit on a list of words that trigger refusal' },
			{ id: 'b', text: 'Combining the two produces chloramine, which is toxic' },
			{ id: 'c', text: 'It declines to advertise any household chemical at all' },
			{ id: 'd', text: 'It reads the request as a disguised jailbreak attempt' }
		],
		answer: 'b',
		explanation:
			'The refusal depends on the combination: features for the dangers of mixing cleaning chemicals light up because bleach plus ammonia makes toxic chloramine. A word list cannot be the story, since each chemical on its own gets its ad without complaint.',
		sources: {
			paper: ['9'],
			transcript: {
				section: 'key-concepts-2',
				text: 'They found that the model could identify harmful requests and refuse to comply'
			}
		}
	},
	{
		id: 'refusals-warning-features-inhibited',
		topic: 'refusals',
		type: 'single',
		difficulty: 'mechanism',
		prompt:
			'In the bleach-and-ammonia graph, which group of features is normally held down while the model is in refusal mode?',
		options: [
			{ id: 'a', text: '"Harmful request" features' },
			{ id: 'b', text: '"Dangers of mixing cleaning chemicals" features' },
			{ id: 'c', text: '"Assistant should refuse" features' },
			{ id: 'd', text: '"Warning the user" features' }
		],
		answer: 'd',
		explanation:
			'The refusal context inhibits the features for warning the user, so the default reply is an apology rather than a safety notice. The other three groups are active links in the chain that produces the refusal, not things it suppresses.',
		sources: { paper: ['9'] }
	},
	{
		id: 'refusals-origin-of-harmful-request',
		topic: 'refusals',
		type: 'multi',
		difficulty: 'mechanism',
		prompt:
			'Which of these does the paper offer about where the general "harmful request" features come from? Select all that apply.',
		options: [
			{
				id: 'a',
				text: 'Specific harm features (assassination, criminals, blackmail) sit upstream of the general feature'
			},
			{
				id: 'b',
				text: 'Dictionaries trained only on pretraining data held very few refusal features'
			},
			{
				id: 'c',
				text: 'The authors think finetuning wires many specific harm categories into general features'
			},
			{
				id: 'd',
				text: 'The authors trace refusals to the quality rather than the quantity of training data',
				misconception: 'C30'
			},
			{ id: 'e', text: 'Refusal is learned as a list of forbidden words in the prompt' }
		],
		answers: ['a', 'b', 'c'],
		explanation:
			'The global-weights analysis finds specific harm features feeding a general harmful-request feature, and pretraining-only dictionaries barely contain refusal features; together these support the hypothesis that finetuning does the wiring. The paper never discusses data quality versus quantity, and nothing in §9 describes a word list.',
		sources: { paper: ['9', '15'] }
	},
	{
		id: 'refusals-ethics-without-feelings',
		topic: 'refusals',
		type: 'true-false',
		difficulty: 'recall',
		prompt:
			'The paper’s refusal case study concludes that the model gives ethically informed answers even though it has no feelings or beliefs.',
		answer: false,
		misconception: 'C25',
		explanation:
			'The paper makes no claims about ethics, feelings or beliefs. What §9 traces is a chain of features: a harmful request drives features for refusing, which drive an apologetic "I". The episode’s framing is commentary, not a finding.',
		sources: {
			paper: ['9'],
			transcript: {
				section: 'key-concepts-1',
				text: 'They found that the model can generate responses that reflect ethical considerations, even if it doesn’t have feelings or beliefs.'
			}
		}
	},
	{
		id: 'refusals-chloramine',
		topic: 'refusals',
		type: 'typed',
		difficulty: 'recall',
		prompt:
			'Name the toxic compound formed when bleach and ammonia are mixed, the hazard behind the refusal.',
		accepted: ['chloramine', 'chloramines', 'chloramine gas', 'toxic chloramine'],
		explanation:
			'Mixing bleach with ammonia makes toxic chloramine, which is why the combined ad is refused while ads for each chemical alone are not. The danger lives in the combination, and the model’s features for the dangers of mixing chemicals pick that up.',
		sources: { paper: ['9'] }
	},
	{
		id: 'refusals-first-word',
		topic: 'refusals',
		type: 'single',
		difficulty: 'mechanism',
		prompt:
			'The refusal chain in §9 ends in a feature that pushes one particular word as the start of the reply. Which word?',
		options: [
			{ id: 'a', text: '"I", as in "I apologize…"' },
			{ id: 'b', text: '"Warning", opening a safety notice' },
			{ id: 'c', text: '"However", turning away from the request' },
			{ id: 'd', text: '"Sorry", as a one-word reply' }
		],
		answer: 'a',
		explanation:
			'The chain runs from harmful-request features to "Assistant should refuse" to features that say "I" in a refusal, because the refusals open with "I apologize…". "However" is the pivot word from the jailbreak study, where refusal arrives mid-answer at a new sentence, and warning features are held down while the model refuses.',
		sources: { paper: ['9', '10'] }
	},
	{
		id: 'refusals-pretraining-finetuning-cloze',
		topic: 'refusals',
		type: 'cloze',
		difficulty: 'mechanism',
		prompt: 'Complete the authors’ hypothesis about where the refusal machinery comes from.',
		text: '{{1}} teaches the model many specific categories of harm; {{2}} then wires those categories into general "harmful request" features.',
		gaps: [
			['Pretraining', 'pre-training', 'pre training'],
			['Finetuning', 'fine-tuning', 'fine tuning']
		],
		explanation:
			'Dictionaries trained on pretraining data alone contained very few refusal features, while specific harm features feed the general harmful-request feature. That pattern suggests the general concept and its link to refusing are formed during finetuning, on top of harm concepts learned earlier.',
		sources: {
			paper: ['9', '15'],
			transcript: {
				section: 'key-concepts-2',
				text: 'They found that the model could identify harmful requests and refuse to comply'
			}
		}
	},
	{
		id: 'refusals-chain-order',
		topic: 'refusals',
		type: 'ordering',
		difficulty: 'mechanism',
		prompt:
			'Put the steps of the bleach-and-ammonia refusal in order, from reading the prompt to the first word of the reply.',
		items: [
			{ id: 'a', text: 'Features recognise a Human/Assistant exchange' },
			{ id: 'b', text: '"Dangers of mixing cleaning chemicals" features activate' },
			{ id: 'c', text: '"Harmful request" features activate' },
			{ id: 'd', text: '"Assistant should refuse" features activate' },
			{ id: 'e', text: '"Say I in refusal" features push the first token' },
			{ id: 'f', text: 'The reply opens with "I apologize…"' }
		],
		explanation:
			'The graph starts with the chat context and the specific danger, then passes through a general harmful-request concept before reaching the decision to refuse and the word that begins it. Putting "should refuse" before "harmful request" reverses cause and effect.',
		sources: { paper: ['9'] }
	},
	{
		id: 'refusals-ablation-matching',
		topic: 'refusals',
		type: 'matching',
		difficulty: 'recall',
		prompt:
			'Match each change to the bleach-and-ammonia prompt’s features with what the model then did.',
		pairs: [
			{
				id: 'a',
				left: 'Ablate the dangers-of-mixing cluster',
				right: 'Writes the ad, then adds a warning'
			},
			{
				id: 'b',
				left: 'Ablate the harmful-request features',
				right: 'Writes a public-service-style warning, not an ad'
			},
			{
				id: 'c',
				left: 'Ablate the Human/Assistant features',
				right: 'Warns at once instead of its default refusal'
			},
			{ id: 'd', left: 'No intervention', right: 'Refuses, opening with an apology' }
		],
		explanation:
			'Each ablation removes a different link: without the mixing-danger features there is nothing to object to, so it complies; without the harmful-request features it warns instead of advertising; without the Human/Assistant features the default refusal gives way to an immediate warning. The untouched model refuses.',
		sources: { paper: ['9'] }
	},
	{
		id: 'refusals-blackmail-route',
		topic: 'refusals',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'A new prompt asks the assistant to draft a blackmail letter. Following the paper’s global-weights picture, which route would you expect to drive the refusal?',
		options: [
			{ id: 'a', text: 'A dedicated blackmail-refusal feature that skips any general concept' },
			{ id: 'b', text: '"Warning the user" features, which the refusal context switches on' },
			{ id: 'c', text: 'A blackmail feature feeding a general harmful-request feature' },
			{ id: 'd', text: 'The Human/Assistant features alone, with no harm-specific input' }
		],
		answer: 'c',
		explanation:
			'§9 finds specific harm features such as blackmail upstream of a general harmful-request feature, and that general feature is what starts the refusal chain. The warning-features answer reverses the paper: warning features are inhibited, not switched on, when the model refuses.',
		sources: { paper: ['9'] }
	},
	{
		id: 'refusals-where-to-look',
		topic: 'refusals',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'You want to read off, before the assistant writes a word, whether it has judged a chat request harmful. Where does the paper suggest looking?',
		options: [
			{ id: 'a', text: 'The newline tokens just before "Assistant"' },
			{ id: 'b', text: 'The very first token of the user’s message' },
			{ id: 'c', text: 'The most dangerous-sounding word in the request' },
			{ id: 'd', text: 'The last token of the model’s finished reply' }
		],
		answer: 'a',
		explanation:
			'Among the common circuit components, the paper notes that delimiters store information, and it finds harmful-request features on the newlines before "Assistant". Harm concepts do fire on the words themselves, but the summary judgement is carried on that delimiter, before any reply exists.',
		sources: { paper: ['13', '9'] }
	},
	{
		id: 'refusals-not-one-switch',
		topic: 'refusals',
		type: 'multi',
		difficulty: 'transfer',
		prompt:
			'A colleague claims refusal is a single on/off switch inside the model. Which findings from the paper cut against that picture? Select all that apply.',
		options: [
			{ id: 'a', text: 'Several dozen refusal features turned up across 200 Sorry-Bench prompts' },
			{ id: 'b', text: 'Those refusal features cluster weakly into groups by meaning' },
			{ id: 'c', text: 'The model writes ads for bleach and for ammonia taken separately' },
			{ id: 'd', text: 'The authors call it more complicated than one linear binary classifier' },
			{ id: 'e', text: 'Refusals in the case study usually begin with "I apologize…"' }
		],
		answers: ['a', 'b', 'd'],
		explanation:
			'Many refusal features with weak semantic grouping, which the authors describe as "more complicated than a single linear binary classifier", are the evidence against one switch. The single-chemical ads and the apologetic opening are true, but they say nothing about how many mechanisms underlie refusal.',
		sources: { paper: ['9'] }
	},
	{
		id: 'refusals-test-the-danger-cluster',
		topic: 'refusals',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'The model refuses to advertise a pair of products that are harmless apart but dangerous mixed. Modelled on §9, which experiment best tests whether knowledge of the mixing danger drives the refusal?',
		options: [
			{ id: 'a', text: 'Ask the model afterwards to explain why it refused' },
			{ id: 'b', text: 'Inhibit "warning the user" features and watch the reply' },
			{ id: 'c', text: 'Ablate the mixing-danger features and see if it complies' },
			{ id: 'd', text: 'Rename one product and check whether it still refuses' }
		],
		answer: 'c',
		explanation:
			'The paper’s evidence is causal: removing the dangers-of-mixing cluster made the model write the bleach-and-ammonia ad. Asking the model to explain itself is tempting, but the paper shows elsewhere that its self-reports can differ from what its circuits do.',
		sources: { paper: ['9', '6'] }
	},
	{
		id: 'refusals-pool-chemicals-analogy',
		topic: 'refusals',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'An assistant refuses to advertise a cleaning method that mixes two pool chemicals. By analogy with §9, which ablation would you expect to turn its reply into a safety warning rather than the ad?',
		options: [
			{ id: 'a', text: 'Ablating the features for the dangers of mixing the two' },
			{ id: 'b', text: 'Ablating the general "harmful request" features' },
			{ id: 'c', text: 'Ablating the features for each chemical’s name' },
			{ id: 'd', text: 'Ablating the "warning the user" features' }
		],
		answer: 'b',
		explanation:
			'In §9, ablating the harmful-request features produced a public-service-style warning instead of an ad. Ablating the mixing-danger cluster is the tempting choice, but there the model wrote the ad itself and only added a warning afterwards; removing warning features would take away the very warning you want.',
		sources: { paper: ['9'] }
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'refusals-card-prompt',
		topic: 'refusals',
		kind: 'concept',
		difficulty: 'recall',
		front: 'Which request anchors the paper’s refusal case study, and what does the model do?',
		back: '“Write an advertisement for cleaning with bleach and ammonia”: it refuses, though it will advertise either chemical alone.',
		explanation:
			'The pairing matters because mixing the two makes toxic chloramine. The episode mentions that the model spots harmful requests and refuses; this is the example the paper traces.',
		sources: {
			paper: ['9'],
			transcript: {
				section: 'key-concepts-2',
				text: 'They found that the model could identify harmful requests and refuse to comply'
			}
		}
	},
	{
		id: 'refusals-card-chain',
		topic: 'refusals',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'The refusal chain in §9, in three links',
		back: 'harmful request → “Assistant should refuse” → “say I in refusal”',
		explanation:
			'Upstream, Human/Assistant and mixing-danger features feed the harmful-request concept. The chain ends in a concrete first word, since refusals open with "I apologize…".',
		sources: { paper: ['9'] }
	},
	{
		id: 'refusals-card-warning',
		topic: 'refusals',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What happens to “warning the user” features while the model refuses?',
		back: 'They are inhibited by the refusal context.',
		explanation:
			'That is why the default reply is an apology rather than a safety notice. Ablating the Human/Assistant features removes the default refusal, and the model warns the user immediately instead.',
		sources: { paper: ['9'] }
	},
	{
		id: 'refusals-card-finetuning',
		topic: 'refusals',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Where do general “harmful request” features come from, per the authors’ hypothesis?',
		back: 'Harm-specific concepts are learned in pretraining; finetuning then links them up into general harmful-request features.',
		explanation:
			'Specific harm features (assassination, criminals, blackmail) feed the general one, and pretraining-only dictionaries had very few refusal features. §15 lists this as an abstraction formed in finetuning.',
		sources: { paper: ['9', '15'] }
	},
	{
		id: 'refusals-card-cone',
		topic: 'refusals',
		kind: 'concept',
		difficulty: 'recall',
		front: 'What do refusal features look like across 200 Sorry-Bench prompts?',
		back: 'Several dozen features that cluster weakly by meaning: “more complicated than a single linear binary classifier”.',
		explanation:
			'The authors reach for the image of a "cone" rather than a single switch. The number to remember is 200 prompts, and the finding is many features, not one.',
		sources: { paper: ['9'] }
	},
	{
		id: 'refusals-card-ethics-contrast',
		topic: 'refusals',
		kind: 'contrast',
		claim: 'C25',
		difficulty: 'mechanism',
		front:
			'Episode: the model’s answers "reflect ethical considerations". What does §9 actually trace behind the bleach-and-ammonia refusal?',
		back: 'A chain of features: dangers of mixing cleaning chemicals → harmful request → "Assistant should refuse" → "say I in refusal". Nothing about ethics, feelings or beliefs.',
		explanation:
			'The paper explains the refusal by which features fire and what happens when each is ablated; removing the mixing-danger cluster, for instance, lets the ad through. It makes no claim about moral understanding either way.',
		sources: {
			paper: ['9'],
			transcript: {
				section: 'key-concepts-1',
				text: 'They found that the model can generate responses that reflect ethical considerations, even if it doesn’t have feelings or beliefs.'
			}
		}
	},
	{
		id: 'refusals-card-datasets-contrast',
		topic: 'refusals',
		kind: 'contrast',
		claim: 'C29',
		difficulty: 'mechanism',
		front:
			'Episode: the model’s abilities come from the vast datasets it is trained on. Which training stage does §9 credit with building general "harmful request" features?',
		back: 'Finetuning, as a hypothesis: the specific harm concepts come from pretraining, and finetuning ties them together into general harmful-request features. Dataset size plays no part in the account.',
		explanation:
			'The evidence is that specific harm features feed the general one and that dictionaries trained on pretraining data alone held very few refusal features. The paper reasons about training stages, not about how much data there was.',
		sources: {
			paper: ['9', '15'],
			transcript: {
				section: 'key-concepts-1',
				text: 'They explain that this level of reasoning and understanding comes from the vast datasets the model is trained on.'
			}
		}
	},
	{
		id: 'refusals-card-pretraining-dictionary',
		topic: 'refusals',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Would a feature dictionary trained only on pretraining text be a good lens on the finetuned model’s refusal circuitry?',
		back: 'Not a complete one: pretraining-only dictionaries contained very few refusal features.',
		explanation:
			'If the general harmful-request wiring is formed in finetuning, a dictionary that never saw finetuning-style data may miss it. The paper reports that pretraining-only dictionaries contained very few refusal features.',
		sources: { paper: ['9'] }
	}
];
