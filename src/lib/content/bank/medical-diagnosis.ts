import type { Flashcard, Question } from '../schema';

const topic = 'medical-diagnosis' as const;

export const questions: Question[] = [
	// ───────────── single choice ─────────────
	{
		id: 'medical-diagnosis-follow-up-answer',
		topic,
		type: 'single',
		difficulty: 'recall',
		prompt:
			"In the paper's pregnancy case (30 weeks, right upper quadrant pain, BP 162/98), which symptom did the model say to ask about?",
		options: [
			{ id: 'a', text: 'proteinuria' },
			{ id: 'b', text: 'visual disturbances' },
			{ id: 'c', text: 'decreased appetite' },
			{ id: 'd', text: 'neck stiffness' }
		],
		answer: 'b',
		explanation:
			'The model completed the prompt with "visual disturbances", a classic confirmatory sign of preeclampsia. Proteinuria was its next most likely answer, decreased appetite is what it said only after the preeclampsia features were inhibited, and neck stiffness belongs to a different example (subarachnoid haemorrhage).',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can suggest follow-up questions based on symptoms'
			}
		}
	},
	{
		id: 'medical-diagnosis-inhibit-preeclampsia',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		prompt: 'What happened when the researchers inhibited the preeclampsia features (at −2×)?',
		options: [
			{ id: 'a', text: 'It switched to "proteinuria", another sign of preeclampsia' },
			{ id: 'b', text: 'It declined to answer and advised seeing a doctor' },
			{ id: 'c', text: 'It asked about "decreased appetite", citing biliary disease' },
			{ id: 'd', text: 'It kept asking about "visual disturbances", exactly as before' }
		],
		answer: 'c',
		explanation:
			'With preeclampsia suppressed, the model turned to an alternative it had also represented and asked about "decreased appetite", explaining its choice in terms of cholecystitis or biliary disease. That the answer changed at all shows the preeclampsia features were causally driving the original question; "proteinuria" would still point to preeclampsia, so it is the tempting wrong pick.',
		sources: { paper: ['7'] }
	},
	{
		id: 'medical-diagnosis-unsupervised-deployment',
		topic,
		type: 'single',
		difficulty: 'transfer',
		prompt:
			"A clinic wants to cite the paper's medical section as grounds for letting the model triage patients with no clinician checking its answers. What does the paper say that bears on this?",
		options: [
			{
				id: 'a',
				text: 'It showed the model can assist with diagnoses, so supervision is optional',
				misconception: 'C50'
			},
			{
				id: 'b',
				text: 'It approves deployment once preeclampsia-like features are seen in the graph'
			},
			{ id: 'c', text: 'It makes no comment on how far its medical findings should be trusted' },
			{ id: 'd', text: 'It warns its tools are not ready to trust medical answers without experts' }
		],
		answer: 'd',
		explanation:
			'The paper calls its medical example a proof of concept on textbook cases and says it should not be read as showing that interpretability tools can justify trusting a model\'s medical answers "without human expert involvement". The episode\'s line that the model "was shown to assist in medical diagnoses" overstates what a single internal-reasoning demonstration established.',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'where the model was shown to assist in medical diagnoses'
			}
		}
	},
	{
		id: 'medical-diagnosis-strongest-input-removal',
		topic,
		type: 'single',
		difficulty: 'transfer',
		prompt:
			"According to the graph's ranking of inputs, deleting which detail from the prompt would you expect to weaken the preeclampsia features the most?",
		options: [
			{ id: 'a', text: 'That she is 30 weeks pregnant' },
			{ id: 'b', text: 'That she has a mild headache' },
			{ id: 'c', text: 'That her liver enzymes are raised' },
			{ id: 'd', text: 'That her blood pressure is 162/98' }
		],
		answer: 'a',
		explanation:
			'The paper reports pregnancy as the strongest input to the preeclampsia features, with blood pressure next. Blood pressure is the tempting choice, but in this graph it ranks second; the headache and liver findings are not singled out as strongest.',
		sources: { paper: ['7'] }
	},

	// ───────────── multi-select ─────────────
	{
		id: 'medical-diagnosis-preeclampsia-inputs',
		topic,
		type: 'multi',
		difficulty: 'mechanism',
		prompt:
			"Which details of the prompt fed the model's internal preeclampsia features? Select all that apply.",
		options: [
			{ id: 'a', text: 'The pregnancy (30 weeks gestation)' },
			{ id: 'b', text: 'A fever reported on admission' },
			{ id: 'c', text: 'The right upper quadrant pain' },
			{ id: 'd', text: 'The high blood pressure reading' },
			{ id: 'e', text: 'Chest pain on exertion' }
		],
		answers: ['a', 'c', 'd'],
		explanation:
			"Features for the pregnancy, the right-upper-quadrant pain, the headache, the high blood pressure and the liver findings all feed the preeclampsia features, although the prompt never names the condition. Fever and chest pain are not in this prompt at all; chest pain belongs to the paper's separate heart-failure / acute-coronary-syndrome example.",
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'If it suggests a diagnosis based on certain symptoms, we should know how it arrived at that conclusion.'
			}
		}
	},
	{
		id: 'medical-diagnosis-paper-caveats',
		topic,
		type: 'multi',
		difficulty: 'recall',
		prompt:
			'Which of these are caveats the paper itself attaches to its medical case study? Select all that apply.',
		options: [
			{ id: 'a', text: 'It is a proof of concept on textbook-style cases' },
			{
				id: 'b',
				text: 'The model was shown to help clinicians diagnose real patients',
				misconception: 'C50'
			},
			{ id: 'c', text: 'Interpretability might rightly lower trust as well as raise it' },
			{ id: 'd', text: 'The model is less accurate than trained doctors' },
			{ id: 'e', text: 'The reasoning a model writes out may not match its inner reasoning' }
		],
		answers: ['a', 'c', 'e'],
		explanation:
			'The paper frames the work as a textbook proof of concept, says interpretability could increase "(or decrease, if appropriate!)" trust, and notes that a model\'s written reasoning can differ from its internal reasoning. It never compares the model with doctors, and it did not test the model with clinicians: "shown to assist" is the episode\'s overstatement.',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'where the model was shown to assist in medical diagnoses'
			}
		}
	},
	{
		id: 'medical-diagnosis-clinician-uses',
		topic,
		type: 'multi',
		difficulty: 'transfer',
		prompt:
			"A clinician can inspect the model's internal features for a case. Which uses of that view fit what the paper envisages? Select all that apply.",
		options: [
			{ id: 'a', text: "Weighing the model's reasoning against their own judgement" },
			{
				id: 'b',
				text: 'Skipping their own review once the graph looks sensible',
				misconception: 'C50'
			},
			{ id: 'c', text: 'Trusting the answer less if its reasoning looks off' },
			{ id: 'd', text: 'Treating any active diagnosis feature as a confirmed diagnosis' }
		],
		answers: ['a', 'c'],
		explanation:
			'The paper hopes interpretability will help medical professionals "synthesize the model\'s reasoning with their own", and that it could raise or, where appropriate, lower trust. It explicitly says the tools are not yet good enough to trust medical answers without human experts, and an active feature is a hypothesis about the model\'s reasoning, not a diagnosis of the patient.',
		sources: {
			paper: ['7', '2'],
			transcript: {
				section: 'key-concepts-2',
				text: 'essentially blending human expertise with AI capabilities'
			}
		}
	},

	// ───────────── true / false ─────────────
	{
		id: 'medical-diagnosis-unstated-diagnosis',
		topic,
		type: 'true-false',
		difficulty: 'mechanism',
		prompt:
			'The model\'s preeclampsia features became active even though the word "preeclampsia" appears nowhere in the prompt.',
		answer: true,
		explanation:
			'The diagnosis is an internal intermediate step: symptom and status features converge on a preeclampsia representation, which then drives the choice of follow-up question. This is the same pattern as the Dallas → Texas → Austin example, where an unstated fact is worked out inside a single forward pass.',
		sources: { paper: ['7', '3'] }
	},
	{
		id: 'medical-diagnosis-shown-to-assist',
		topic,
		type: 'true-false',
		difficulty: 'recall',
		prompt:
			'The paper showed that Claude 3.5 Haiku can assist doctors in making medical diagnoses.',
		answer: false,
		misconception: 'C50',
		explanation:
			'The paper shows something narrower: on textbook-style prompts, the model settles internally on a likely diagnosis, which then steers the question it asks next. It calls this a proof of concept and warns against trusting medical answers without human experts, so "shown to assist" overstates it.',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'where the model was shown to assist in medical diagnoses'
			}
		}
	},
	{
		id: 'medical-diagnosis-lower-trust-good',
		topic,
		type: 'true-false',
		difficulty: 'transfer',
		prompt:
			"If inspecting a model's internals revealed flawed reasoning behind a medical answer, the paper would count a resulting drop in trust as a good outcome.",
		answer: true,
		explanation:
			'The paper says interpretability could increase "(or decrease, if appropriate!)" trust in a model\'s outputs: the goal is calibrated trust, not more trust. The episode\'s closing line about trusting models "or not" reflects this correctly.',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			}
		}
	},
	{
		id: 'medical-diagnosis-alternatives-not-error',
		topic,
		type: 'true-false',
		difficulty: 'transfer',
		prompt:
			'Seeing biliary-disease features active alongside the preeclampsia features in this graph would mean the model made a mistake.',
		answer: false,
		explanation:
			'The paper reports that alternative diagnoses such as cholecystitis and cholestasis are represented too, which it likens to a clinician\'s differential diagnosis. Holding rivals in mind is expected; the inhibition experiment shows the biliary alternative takes over (asking about "decreased appetite") when preeclampsia is suppressed.',
		sources: { paper: ['7'] }
	},

	// ───────────── typed ─────────────
	{
		id: 'medical-diagnosis-internal-diagnosis',
		topic,
		type: 'typed',
		difficulty: 'recall',
		prompt:
			'Which condition did the model represent internally for the pregnant 32-year-old (30 weeks) with high blood pressure and right upper quadrant pain?',
		accepted: ['preeclampsia', 'pre-eclampsia', 'pre eclampsia'],
		explanation:
			'The paper found preeclampsia features active in the middle of the computation, although the prompt never names the condition. Those features then promoted its confirmatory symptoms, which is how the model chose "visual disturbances".',
		sources: { paper: ['7'] }
	},
	{
		id: 'medical-diagnosis-alternative-after-inhibition',
		topic,
		type: 'typed',
		difficulty: 'mechanism',
		prompt:
			'After the preeclampsia features were inhibited, the model asked about decreased appetite. Which kind of disease did its rationale point to instead (one or two words)?',
		accepted: [
			'biliary disease',
			'biliary',
			'cholecystitis',
			'acute cholecystitis',
			'gallbladder disease',
			'gallbladder',
			'biliary system disorder'
		],
		explanation:
			'The rationale turned to cholecystitis, a biliary disease, one of the alternatives the model had represented alongside preeclampsia. Removing the leading hypothesis let the runner-up decide the follow-up question, which is what makes the intervention causal evidence.',
		sources: { paper: ['7'] }
	},

	// ───────────── cloze ─────────────
	{
		id: 'medical-diagnosis-prompt-details-cloze',
		topic,
		type: 'cloze',
		difficulty: 'recall',
		prompt: "Complete the patient details from the paper's prompt.",
		text: 'A {{1}}-year-old woman at {{2}} weeks gestation has severe right upper quadrant pain, a mild headache and nausea; her blood pressure is {{3}} mmHg.',
		gaps: [['32'], ['30'], ['162/98', '162/98 mmHg', '162 over 98']],
		explanation:
			'These figures make the case a textbook preeclampsia picture: late pregnancy, high blood pressure and upper abdominal pain, with mildly raised liver enzymes as well. The paper stresses that such textbook cases are exactly why the study is only a proof of concept.',
		sources: { paper: ['7'] }
	},
	{
		id: 'medical-diagnosis-confirmatory-cloze',
		topic,
		type: 'cloze',
		difficulty: 'mechanism',
		text: 'Once active, the preeclampsia features promote features for confirmatory symptoms such as {{1}} deficits and {{2}}, and the model asks about the first.',
		gaps: [
			['visual', 'vision'],
			['proteinuria', 'protein in the urine', 'protein in urine']
		],
		explanation:
			'The model works from a suspected diagnosis to the symptom that would best confirm it, much like a clinician testing a hypothesis. That is why its top answer was "visual disturbances" and its runner-up "proteinuria".',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'we need to understand its reasoning process'
			}
		}
	},

	// ───────────── ordering ─────────────
	{
		id: 'medical-diagnosis-reasoning-order',
		topic,
		type: 'ordering',
		difficulty: 'mechanism',
		prompt: "Put the steps of the model's internal route to its follow-up question in order.",
		items: [
			{
				id: 'a',
				text: 'Features for pregnancy, upper-right pain and high blood pressure activate'
			},
			{ id: 'b', text: 'These converge on preeclampsia features' },
			{ id: 'c', text: 'Preeclampsia features activate features for confirming symptoms' },
			{ id: 'd', text: 'The model writes "visual disturbances"' }
		],
		explanation:
			'The route runs from the stated findings to an unstated diagnosis, and from the diagnosis to the symptom that would confirm it. Inhibiting the diagnosis step changes the final answer, which shows the middle of the chain is doing real work rather than being a label added after the fact.',
		sources: { paper: ['7'] }
	},

	// ───────────── matching ─────────────
	{
		id: 'medical-diagnosis-other-examples',
		topic,
		type: 'matching',
		difficulty: 'recall',
		prompt:
			"Match each condition from the paper's medical examples with the follow-up symptom the model asked about.",
		pairs: [
			{ id: 'a', left: 'Preeclampsia', right: 'Visual disturbances' },
			{ id: 'b', left: 'Subarachnoid haemorrhage', right: 'Neck stiffness' },
			{ id: 'c', left: 'Meningitis', right: 'Rash' },
			{ id: 'd', left: 'Heart failure / acute coronary syndrome', right: 'Chest pain' }
		],
		explanation:
			'In each, the condition is paired with a follow-up symptom that fits it, as in the preeclampsia case. The paper notes that the heart-failure / acute-coronary-syndrome graph was murkier than the others, so that pairing is the least clean of the four.',
		sources: { paper: ['7'] }
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'medical-diagnosis-card-prompt-and-answer',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front:
			'32-year-old, 30 weeks pregnant, right upper quadrant pain, BP 162/98, raised liver enzymes: which single symptom did the model say to ask about?',
		back: '"Visual disturbances"; runner-up "proteinuria".',
		explanation:
			'Both are confirmatory signs of preeclampsia, the diagnosis the model represented internally. The prompt limits the model to one further question, which makes the choice a window into its reasoning.',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can suggest follow-up questions based on symptoms'
			}
		}
	},
	{
		id: 'medical-diagnosis-card-hidden-diagnosis',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'How does the model get from the symptoms to its follow-up question?',
		back: 'Symptom features activate preeclampsia features (never named in the prompt), which activate features for confirming symptoms.',
		explanation:
			'The diagnosis is an unstated intermediate step computed inside the model. The paper describes this as something that "mirrors clinical diagnostic thinking".',
		sources: { paper: ['7'] }
	},
	{
		id: 'medical-diagnosis-card-strongest-inputs',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Which prompt details were the strongest inputs to the preeclampsia features?',
		back: 'Pregnancy first, then blood pressure.',
		explanation:
			'Right-upper-quadrant pain, headache and the liver findings contribute as well, but less. Knowing the ranking helps predict which edit to the prompt would most weaken the diagnosis.',
		sources: { paper: ['7'] }
	},
	{
		id: 'medical-diagnosis-card-inhibition',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Inhibit the preeclampsia features at −2×: what does the model ask about instead?',
		back: '"Decreased appetite", justified by pointing to cholecystitis / biliary disease.',
		explanation:
			'The switch shows the preeclampsia features causally drove the original question. It also shows the model had a rival diagnosis ready, which took over once the leading one was suppressed.',
		sources: { paper: ['7'] }
	},
	{
		id: 'medical-diagnosis-card-other-examples',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front:
			'Other medical examples in the paper: which follow-ups for subarachnoid haemorrhage, meningitis, and heart failure / ACS?',
		back: 'Neck stiffness; rash; chest pain (the last with a murkier graph).',
		explanation:
			'These extra cases pair a condition with a fitting follow-up question, as the preeclampsia case does. The paper flags the heart-failure / acute-coronary-syndrome graph as less clear-cut.',
		sources: { paper: ['7'] }
	},
	{
		id: 'medical-diagnosis-card-differential',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front:
			'Besides preeclampsia, which alternative diagnoses did the model represent, and what does the paper compare this to?',
		back: 'Biliary conditions (cholecystitis, cholestasis); the paper likens it to clinical differential diagnosis.',
		explanation:
			'Keeping rival diagnoses active fits the paper\'s remark that the computation "mirrors clinical diagnostic thinking". The biliary alternative is what surfaces when preeclampsia is inhibited.',
		sources: { paper: ['7'] }
	},
	{
		id: 'medical-diagnosis-card-contrast-assist',
		topic,
		kind: 'contrast',
		claim: 'C50',
		difficulty: 'mechanism',
		front:
			'Episode: the model "was shown to assist in medical diagnoses". What did §7 actually observe and test?',
		back: 'Which single follow-up symptom the model picks for a textbook-style vignette ("visual disturbances"), and that unnamed preeclampsia features inside it drive that pick; inhibiting them switches the pick to "decreased appetite".',
		explanation:
			"The evidence is about the model's internal reasoning on a constructed prompt, not about diagnosing real patients or helping clinicians in practice. The paper calls it a proof of concept and says it does not justify trusting medical answers without human experts.",
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'where the model was shown to assist in medical diagnoses'
			}
		}
	},
	{
		id: 'medical-diagnosis-card-trust-both-ways',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A graph shows the model reached a sound answer by a flawed route. Going by the paper, what should seeing that do to trust?',
		back: 'Lower it, appropriately: the paper says interpretability could increase "(or decrease, if appropriate!)" trust.',
		explanation:
			"The paper frames interpretability as a way to calibrate trust, helping clinicians combine the model's reasoning with their own. A right answer reached for the wrong reasons is exactly where lower trust is appropriate.",
		sources: {
			paper: ['7'],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			}
		}
	},
	{
		id: 'medical-diagnosis-card-written-vs-internal',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			"A model's written explanation names one diagnosis, but its internal features point to another. Why does the paper say the written account alone is not enough?",
		back: 'What a model writes as its reasoning need not match what it computes inside.',
		explanation:
			'The paper raises this in the medical section and studies it in the chain-of-thought case, where a written chain worked backwards from a hinted answer. Inspecting internal features is the check that a written explanation cannot provide on its own.',
		sources: {
			paper: ['7', '11'],
			transcript: {
				section: 'key-concepts-2',
				text: 'The paper touches on this idea of transparency in AI decision-making.'
			}
		}
	},
	{
		id: 'medical-diagnosis-card-inhibit-prediction',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			"In a new case, the model's top two follow-up questions both confirm its leading diagnosis. By analogy with the preeclampsia result, what would you expect inhibiting that diagnosis to do?",
		back: 'Most likely shift the question to one fitting a rival diagnosis, not to the runner-up sign of the suppressed one.',
		explanation:
			'In the paper, suppressing preeclampsia did not move the model to proteinuria (another preeclampsia sign) but to "decreased appetite", which fits biliary disease. The runner-up answer under normal conditions is not the same as the answer once the diagnosis itself is removed, though one case study makes this a prediction to test, not a rule.',
		sources: { paper: ['7'] }
	},
	{
		id: 'medical-diagnosis-card-not-proof-of-safety',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Why can the preeclampsia example not serve as proof that the model is safe to use on real patients?',
		back: 'It is a proof of concept on textbook cases, and the paper says its tools are not ready to replace expert involvement.',
		explanation:
			'The paper chose simple textbook presentations and does not claim the same clean picture holds for harder cases. It also warns against trusting medical answers without human experts, whatever the graph looks like.',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'The potential for errors could have real-world consequences'
			}
		}
	}
];
